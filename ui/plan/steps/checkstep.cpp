#include "plan/steps/checkstep.h"

#include "plan/plansession.h"

namespace pb::ui {

CheckStep::CheckStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("Check my plan"),
        tr("Look through your plan before you agree it. Choose a point to go straight to it."),
        parent)
{
    refresh();
}

QString CheckStep::stepTitle() const
{
    return tr("Check my plan");
}

void CheckStep::refresh() { }

void CheckStep::setEditable(bool) { }

bool CheckStep::handles(FindingTarget) const
{
    return false;
}

} // namespace pb::ui
