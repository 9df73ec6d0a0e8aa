// PlanTotals: the plan's sums: what the support costs a year and in the
// budget's period, the budget, what is left over (negative when the plan
// costs more than the budget), and the same cost split by route (how the
// money is managed), by outcome and by funding source. The running total the
// window keeps in view, `pbplanner summary` and the plan checker all read it.
//
// How the sums are done: every item is costed a year (SupportItemCost::forPlan,
// which also groups personal assistants), the yearly amounts are added
// exactly, and a figure in another period is the yearly sum through
// pb::convert, rounded once. So the figures in the budget's period are each
// right to the penny but may not add up to their total by a penny or two;
// the yearly ones always do.
//
// Outcomes: an item serving several outcomes is split evenly between them
// (cumulative rounding, so the parts add up to the item to the penny), and an
// item serving none counts under withoutOutcome. The per-outcome amounts plus
// withoutOutcome therefore add up exactly to the yearly planned cost, which a
// chart of "where the money goes" needs. Outcome keys that name no outcome of
// the plan (left behind by an edit) are ignored; an item whose keys are all
// like that serves no outcome.
//
// Left over and over budget compare in the budget's period (the amount the
// council gave, in the council's terms).
#pragma once

#include "costing/personalassistantcost.h"
#include "costing/ratetable.h"
#include "costing/supportitemcost.h"
#include "model/plan.h"
#include "money/money.h"
#include "money/period.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pb {

class PlanTotals {
public:
    struct RouteTotal {
        Route route = Route::DirectPayment;
        Money yearly;
        Money inBudgetPeriod;
        int items = 0; // items with this route, unpaid support not counted
    };
    struct OutcomeTotal {
        int outcomeKey = 0;
        QString text;
        Money yearly; // this outcome's part of the items serving it (see above)
        Money inBudgetPeriod;
        int items = 0; // items serving it, unpaid ones included
    };
    struct SourceTotal {
        FundingSource source = FundingSource::CouncilSocialCare;
        Money plannedYearly; // items paid from this source
        Money planned; // the same in the budget's period
        Money streams; // the budget's funding streams of this source, in the budget's period
        bool inBudget = false; // the budget lists a stream of this source
    };

    // options.numberOfAssistants is ignored (see SupportItemCost::forPlan).
    static PlanTotals calculate(
        const Plan& plan, const RateTable& rates, const PersonalAssistantCost::Options& options);
    static PlanTotals calculate(const Plan& plan, const RateTable& rates);

    // The day the plan is costed on, for choosing its rate table: the
    // budget's start, else the day the plan was made, else today.
    static QDate costingDate(const Plan& plan);

    Period budgetPeriod() const { return m_budgetPeriod; }
    std::optional<Money> budget() const { return m_budget; } // in the budget's period
    std::optional<Money> budgetYearly() const;

    Money plannedYearly() const { return m_plannedYearly; }
    Money planned() const { return convert(m_plannedYearly, Period::Year, m_budgetPeriod); }

    // budget − planned; nothing until there is a budget amount.
    std::optional<Money> leftOver() const;
    std::optional<Money> leftOverYearly() const;
    bool isOverBudget() const;

    Money streamsTotal() const { return m_streamsTotal; } // in the budget's period
    // streams − budget; nothing without a budget amount or without streams.
    std::optional<Money> streamsDifference() const;

    const QList<RouteTotal>& routes() const { return m_routes; } // routes used, in enum order
    Money routeYearly(Route route) const;
    const QList<OutcomeTotal>& outcomes() const { return m_outcomes; } // every outcome, plan order
    const OutcomeTotal* outcome(int key) const;
    Money withoutOutcomeYearly() const { return m_withoutOutcomeYearly; }
    int itemsWithoutOutcome() const { return m_itemsWithoutOutcome; }
    const QList<SourceTotal>& sources() const
    {
        return m_sources;
    } // used or in the budget, enum order
    const SourceTotal* source(FundingSource source) const;

    const QList<SupportItemCost>& items() const { return m_items; } // plan order
    const SupportItemCost* item(int key) const;
    int assistantsEmployed() const { return m_assistants; }

    QString rateTableId() const { return m_rateTableId; }
    QDate ratesAsOf() const { return m_ratesAsOf; }
    bool employmentAllowanceClaimed() const { return m_employmentAllowance; }

    // For `pbplanner summary --json`: money in pence; "…Pence" in the
    // budget's period, "yearly…Pence" a year.
    QJsonObject toJson() const;

private:
    Period m_budgetPeriod = Period::Year;
    std::optional<Money> m_budget;
    Money m_plannedYearly;
    Money m_streamsTotal;
    bool m_hasStreams = false;
    QList<RouteTotal> m_routes;
    QList<OutcomeTotal> m_outcomes;
    Money m_withoutOutcomeYearly;
    int m_itemsWithoutOutcome = 0;
    QList<SourceTotal> m_sources;
    QList<SupportItemCost> m_items;
    int m_assistants = 0;
    QString m_rateTableId;
    QDate m_ratesAsOf;
    bool m_employmentAllowance = false;
};

} // namespace pb
