#include "document/planfigures.h"

#include "checks/planchecker.h"

namespace pb {

PlanFigures PlanFigures::of(const Plan& plan, const RateTable& rates, const QLocale& locale)
{
    PlanFigures figures;
    figures.rates = rates;
    figures.totals = PlanTotals::calculate(plan, rates);
    figures.findings = PlanChecker(rates).check(plan, figures.totals);
    figures.explanation = BudgetExplanation::of(plan.budget, locale);
    return figures;
}

} // namespace pb
