#include "plan/steps/supportstep.h"

#include "plan/plansession.h"

namespace pb::ui {

SupportStep::SupportStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("My support"),
        tr("List the support you will use, who gives it and what it costs. Include help that costs "
           "nothing."),
        parent)
{
    refresh();
}

QString SupportStep::stepTitle() const
{
    return tr("My support");
}

void SupportStep::refresh() { }

void SupportStep::setEditable(bool) { }

bool SupportStep::handles(FindingTarget) const
{
    return false;
}

} // namespace pb::ui
