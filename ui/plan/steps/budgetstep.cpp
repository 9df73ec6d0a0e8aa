#include "plan/steps/budgetstep.h"

#include "plan/plansession.h"

namespace pb::ui {

BudgetStep::BudgetStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("My budget"),
        tr("Type in the amount the council gave you, or work it out by answering the council's "
           "questions."),
        parent)
{
    refresh();
}

QString BudgetStep::stepTitle() const
{
    return tr("My budget");
}

void BudgetStep::refresh() { }

void BudgetStep::setEditable(bool) { }

bool BudgetStep::handles(FindingTarget) const
{
    return false;
}

} // namespace pb::ui
