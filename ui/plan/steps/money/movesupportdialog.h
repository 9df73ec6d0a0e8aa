// MoveSupportDialog: the decision asked when the person chooses one way of
// managing the money while some of their support is paid another way:
// pay for all of it the new way, keep each piece as it is, or change
// nothing ("Don't change anything", or Escape, leaves the choice as it was). It is a real decision
// with three answers, so a dialog (UI-GUIDE: dialogs only for decisions).
// The buttons say what they do; Enter takes the first, "pay for all of it
// this way", which is what choosing one way usually means.
#pragma once

#include <QDialog>

class QPushButton;

namespace pb::ui {

class MoveSupportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Decision { MoveAll, KeepItems, Cancel };

    // `way` is the plain name of the chosen way; `others` lists the support
    // paid another way, one line each ("Short breaks: the council arranges it").
    MoveSupportDialog(const QString& way, const QStringList& others, QWidget* parent = nullptr);

    Decision decision() const { return m_decision; }
    // Shows the dialog and waits for the answer.
    Decision ask();

    QPushButton* moveAllButton() const { return m_moveAll; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    Decision m_decision = Decision::Cancel;
    QPushButton* m_moveAll;
    QPushButton* m_keep;
    QPushButton* m_cancel;
};

} // namespace pb::ui
