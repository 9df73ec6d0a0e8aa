// AboutMeStep (step 1): the person's name, who helps with the plan, how to
// get in touch, their language, and whether they would like easy-read.
#pragma once

#include "model/person.h"
#include "plan/steppage.h"

#include <functional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace pb::ui {

class AboutMeStep : public StepPage {
    Q_OBJECT
public:
    explicit AboutMeStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/about-me.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget) const override { return false; }

    QLineEdit* nameEdit() const { return m_name; }

private:
    enum Field { Name, Helper, Phone, Email, Address, Language, EasyRead };
    // Wires a text field to one Person member, one undo step per field.
    QLineEdit* addLine(
        const QString& label, const QString& hint, Field field, QString Person::*member);
    void edit(Field field, const std::function<void(Person&)>& change);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_helper = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_language = nullptr;
    QCheckBox* m_easyRead = nullptr;
    QList<std::pair<QLineEdit*, QString Person::*>> m_lines;
};

} // namespace pb::ui
