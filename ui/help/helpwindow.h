// HelpWindow: the program's help, beside the main window (not modal, so the
// person can read and do at the same time). A search field, the list of
// topics (narrowed to those holding every word searched for), and the page.
// Links between pages and to glossary entries ("glossary.md#ras") open in
// the same window; links out of the program open in the desktop's browser.
#pragma once

#include <QHash>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;
class QUrl;

namespace pb::ui {

class HelpWindow : public QWidget {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows `topic` (HelpTopics), scrolled to `anchor` (a glossary entry's
    // id) when given, and brings the window to the front.
    void showTopic(const QString& topic, const QString& anchor = {});
    QString currentTopic() const { return m_topic; }

    QLineEdit* searchField() const { return m_search; }
    QListWidget* topicList() const { return m_topics; }
    QTextBrowser* page() const { return m_page; }

private:
    void fillTopics();
    void search(const QString& query);
    void openLink(const QUrl& url);
    void loadPage(const QString& topic);

    QLineEdit* m_search;
    QListWidget* m_topics;
    QTextBrowser* m_page;
    QString m_topic;
};

} // namespace pb::ui
