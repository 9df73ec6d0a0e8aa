// AddPersonDialog: the one thing needed to start a plan: the person's name.
// The rest is asked on the plan's own steps.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pb::ui {

class AddPersonDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddPersonDialog(QWidget* parent = nullptr);
    QString name() const;
    QLineEdit* nameField() const { return m_name; }

    void accept() override;

private:
    QLineEdit* m_name;
    QLabel* m_error;
};

} // namespace pb::ui
