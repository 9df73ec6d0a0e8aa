// WelcomeDialog: the first start. Two plain choices: look around an example
// caseload, or start your own plan straight away (then: your name).
#pragma once

#include <QDialog>

namespace pb::ui {

class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Example, OwnPlan };
    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::None;
};

} // namespace pb::ui
