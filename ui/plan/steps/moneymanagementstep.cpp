#include "plan/steps/moneymanagementstep.h"

#include "plan/plansession.h"

namespace pb::ui {

MoneyManagementStep::MoneyManagementStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("How my money is managed"),
        tr("Choose who looks after the money and arranges your support. You can use more than one "
           "way."),
        parent)
{
    refresh();
}

QString MoneyManagementStep::stepTitle() const
{
    return tr("How my money is managed");
}

void MoneyManagementStep::refresh() { }

void MoneyManagementStep::setEditable(bool) { }

bool MoneyManagementStep::handles(FindingTarget) const
{
    return false;
}

} // namespace pb::ui
