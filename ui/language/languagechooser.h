// LanguageChooser: the language row in Preferences: a list of the languages,
// each under its own name ("Cymraeg", "Polski", "اردو"), with the
// computer's own language first, and a button to use the one picked. The
// button, not the list, makes the change: moving through the list with the
// arrow keys must not make the windows again at every step. It says what
// was chosen; the main window does the changing (MainWindow::switchLanguage).
#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

namespace pb::ui {

class LanguageChooser : public QWidget {
    Q_OBJECT
public:
    // Shows `current` (a code from Languages; empty: the computer's language).
    explicit LanguageChooser(const QString& current, QWidget* parent = nullptr);

    QComboBox* list() const { return m_list; }
    QPushButton* useButton() const { return m_use; }

signals:
    // "Use this language": its code, or empty for the computer's language.
    void chosen(const QString& code);

private:
    QComboBox* m_list;
    QPushButton* m_use;
    QString m_current;
};

} // namespace pb::ui
