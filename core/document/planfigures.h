// PlanFigures: every figure and finding a printed plan shows, worked out once
// per document by the classes that own them (PlanTotals, PlanChecker,
// BudgetExplanation), so both forms of the plan and the CSV show the same
// numbers the window does and the document code never does a sum of its own.
//
// Personal assistants are costed as the window and the command line cost them
// (PersonalAssistantCost::Options defaults: no Employment Allowance claimed),
// with the rate table the caller passes.
#pragma once

#include "checks/finding.h"
#include "costing/plantotals.h"
#include "costing/ratetable.h"
#include "document/budgetexplanation.h"
#include "model/plan.h"

#include <QList>
#include <QLocale>

namespace pb {

class PlanFigures {
public:
    static PlanFigures of(const Plan& plan, const RateTable& rates, const QLocale& locale);

    RateTable rates;
    PlanTotals totals;
    QList<Finding> findings;
    BudgetExplanation explanation;
};

} // namespace pb
