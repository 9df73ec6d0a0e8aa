#include "help/helpwindow.h"

#include "help/helptopics.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

constexpr int kTopicRole = Qt::UserRole + 1;

// A glossary heading is written "## Direct payment {#direct-payment}". Qt's
// Markdown reader has no heading ids, so they are taken off before reading
// and put back as anchors on the heading text afterwards.
const QRegularExpression& headingId()
{
    static const QRegularExpression re(QStringLiteral("^(#+ .*?)\\s*\\{#([a-z0-9-]+)\\}\\s*$"),
        QRegularExpression::MultilineOption);
    return re;
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit(this))
    , m_topics(new QListWidget(this))
    , m_page(new QTextBrowser(this))
{
    setWindowTitle(tr("Help - Personal Budget Planner"));
    setAccessibleName(tr("Help"));

    auto* searchLabel = new QLabel(tr("&Search help"), this);
    searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("For example: direct payment"));
    m_search->setAccessibleName(tr("Search help"));
    m_topics->setAccessibleName(tr("Help topics"));
    m_page->setAccessibleName(tr("Help page"));
    m_page->setOpenLinks(false);
    m_page->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);

    auto* side = new QVBoxLayout;
    side->addWidget(searchLabel);
    side->addWidget(m_search);
    side->addWidget(m_topics, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(side, 1);
    layout->addWidget(m_page, 3);

    fillTopics();
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_topics, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr && item->data(kTopicRole).toString() != m_topic) {
            loadPage(item->data(kTopicRole).toString());
        }
    });
    connect(m_page, &QTextBrowser::anchorClicked, this, &HelpWindow::openLink);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 32);
    loadPage(HelpTopics::index());
}

void HelpWindow::fillTopics()
{
    for (const QString& topic : HelpTopics::all()) {
        auto* item = new QListWidgetItem(HelpTopics::title(topic), m_topics);
        item->setData(kTopicRole, topic);
    }
}

void HelpWindow::search(const QString& query)
{
    const bool searching = !query.trimmed().isEmpty();
    for (int row = 0; row < m_topics->count(); ++row) {
        QListWidgetItem* item = m_topics->item(row);
        item->setHidden(
            searching && !HelpTopics::matches(item->data(kTopicRole).toString(), query));
    }
    if (searching) {
        m_page->find(query.simplified()); // show where the words are on this page
    }
}

void HelpWindow::showTopic(const QString& topic, const QString& anchor)
{
    loadPage(topic);
    if (!anchor.isEmpty()) {
        m_page->scrollToAnchor(anchor);
    }
    show();
    raise();
    activateWindow();
}

void HelpWindow::openLink(const QUrl& url)
{
    if (!url.scheme().isEmpty()) {
        QDesktopServices::openUrl(url); // a web address: the desktop's browser
        return;
    }
    const QString file = url.path();
    const QString topic =
        file.isEmpty() ? m_topic : file.chopped(file.endsWith(QLatin1String(".md")) ? 3 : 0);
    loadPage(topic);
    if (url.hasFragment()) {
        m_page->scrollToAnchor(url.fragment());
    }
}

void HelpWindow::loadPage(const QString& topic)
{
    QString markdown = HelpTopics::text(topic);
    if (markdown.isEmpty()) {
        return;
    }
    m_topic = topic;
    QHash<QString, QString> anchors; // heading text -> id
    auto it = headingId().globalMatch(markdown);
    while (it.hasNext()) {
        const auto match = it.next();
        anchors.insert(match.captured(1).section(QLatin1Char(' '), 1).trimmed(), match.captured(2));
    }
    markdown.replace(headingId(), QStringLiteral("\\1"));
    m_page->setMarkdown(markdown);
    for (QTextBlock block = m_page->document()->begin(); block.isValid(); block = block.next()) {
        const QString id = anchors.value(block.text().trimmed());
        if (block.blockFormat().headingLevel() > 0 && !id.isEmpty()) {
            QTextCursor cursor(block);
            cursor.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat anchor;
            anchor.setAnchor(true);
            anchor.setAnchorNames({id});
            cursor.mergeCharFormat(anchor);
        }
    }
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->data(kTopicRole).toString() == topic) {
            const QSignalBlocker quiet(m_topics);
            m_topics->setCurrentRow(row);
        }
    }
    setWindowTitle(tr("%1 - Help").arg(HelpTopics::title(topic)));
}

} // namespace pb::ui
