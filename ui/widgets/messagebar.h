// MessageBar: a calm strip at the top of the window that says what happened
// ("The plan file is damaged, so nothing was imported…") without a dialog
// in the way (UI-GUIDE: dialogs only for decisions). An icon and a word say
// what kind of message it is, never colour alone; Close or Escape hides it.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pb::ui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Problem };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_close;
};

} // namespace pb::ui
