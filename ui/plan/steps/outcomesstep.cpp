#include "plan/steps/outcomesstep.h"

#include "plan/plansession.h"

namespace pb::ui {

OutcomesStep::OutcomesStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("What matters to me"),
        tr("Write what you want your support to help with, in your own words. Then pick the three "
           "that matter most."),
        parent)
{
    refresh();
}

QString OutcomesStep::stepTitle() const
{
    return tr("What matters to me");
}

void OutcomesStep::refresh() { }

void OutcomesStep::setEditable(bool) { }

bool OutcomesStep::handles(FindingTarget) const
{
    return false;
}

} // namespace pb::ui
