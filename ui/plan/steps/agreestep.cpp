#include "plan/steps/agreestep.h"

#include "plan/plansession.h"

namespace pb::ui {

AgreeStep::AgreeStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("Agree my plan"),
        tr("When everyone is happy with the plan, agree it. The agreed plan is kept as it is; you "
           "can make a new version later."),
        parent)
{
    refresh();
}

QString AgreeStep::stepTitle() const
{
    return tr("Agree");
}

void AgreeStep::refresh() { }

void AgreeStep::setEditable(bool) { }

bool AgreeStep::handles(FindingTarget) const
{
    return false;
}

} // namespace pb::ui
