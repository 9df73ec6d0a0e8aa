// PlanChecker: looks over a plan the way a careful support planner would and
// lists what to look at: Findings with a severity, a stable code, kind advice
// in plain words and the part of the plan they point at. It never changes the
// plan. Errors are things the plan can't be agreed with; warnings are worth
// putting right first; hints are suggestions.
//
// The checks (code, severity: when):
//   no-budget (Hint): the budget has no amount yet.
//   over-budget (Error): the plan costs more than the budget, in the budget's period.
//   large-amount-unplanned (Warning): more than kUnplannedShareBasisPoints
//       (10%) of the budget AND more than kUnplannedYearlyPence (£500) a year
//       is not planned: small amounts left for the unexpected are fine.
//   streams-dont-match-budget (Warning): the funding streams (when any are
//       listed) add up to something other than the budget amount.
//   funding-stream-overspent (Warning): items paid from a funding source cost
//       more than the budget's streams of that source (points at its first
//       stream); only when streams of 2 or more sources are listed, since with
//       one source it is the same thing as over-budget.
//   paid-from-missing-stream (Warning): streams are listed but none is of the
//       source a paid item is paid from.
//   access-to-work-not-for-work (Error): a paid item paid from Access to Work
//       serves no Work and learning outcome (Access to Work pays only for work).
//   disabled-facilities-grant-not-for-support (Error): a Disabled Facilities
//       Grant pays for adapting the home, so not for care, activities,
//       transport or short breaks (equipment, one-off purchases and "other" pass).
//   no-outcomes (Warning): the plan has no outcomes.
//   outcome-without-support (Warning): no item, paid or unpaid, serves the outcome.
//   top-three-none (Warning): there are outcomes and none is marked top three.
//   top-three-fewer (Hint): 3 or more outcomes, only 1 or 2 marked.
//   top-three-too-many (Warning): more than 3 marked (the point is to choose).
//   item-serves-no-outcome (Hint): a paid item linked to no outcome of the plan.
//   item-without-cost (Hint): a paid item that costs nothing yet (no price or
//       no quantity): probably not filled in.
//   residential-care-direct-payment (Error): long-term residential care paid
//       by direct payment, or by a direct payment a third party manages.
//   pa-below-minimum-wage (Error): a personal assistant's hourly wage (when one
//       is entered) is below the National Living Wage in the rate table.
//   close-relative-without-agreement (Warning): a close relative living with
//       the person paid by (a managed) direct payment without the council's
//       agreement that it is necessary.
//   isf-without-provider (Warning): a paid item on an Individual Service Fund
//       with no provider named, on the item or for the plan's fund.
//   no-emergency-plan (Warning): no back-up plan for when support can't come.
//   rates-not-for-plan-date (Hint): the plan has personal assistants and the
//       rate table's dates don't cover PlanTotals::costingDate (the caller
//       should pass the table for that date: RateTableLoader::builtInFor).
// Findings come errors first, then warnings, then hints; within each, in the
// order above and then in plan order. Unpaid support is never "paid from"
// anything, so the money checks skip it.
#pragma once

#include "checks/finding.h"
#include "costing/personalassistantcost.h"
#include "costing/plantotals.h"
#include "costing/ratetable.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace pb {

class PlanChecker {
    Q_DECLARE_TR_FUNCTIONS(PlanChecker)
public:
    // "A large amount left unplanned" is more than both of these.
    static constexpr int kUnplannedShareBasisPoints = 1000; // 10% of the budget
    static constexpr qint64 kUnplannedYearlyPence = 50000; // £500 a year

    // `rates`: the table for the plan's date; `options`: how personal
    // assistants are costed (Employment Allowance claimed or not).
    explicit PlanChecker(RateTable rates, PersonalAssistantCost::Options options = {});

    QList<Finding> check(const Plan& plan) const;
    // With totals already worked out for this plan with the same rates and options.
    QList<Finding> check(const Plan& plan, const PlanTotals& totals) const;

    // For `pbplanner check --json`: {"findings": [...], "errors": n, "warnings": n, "hints": n}.
    static QJsonObject toJson(const QList<Finding>& findings);

private:
    RateTable m_rates;
    PersonalAssistantCost::Options m_options;
};

} // namespace pb
