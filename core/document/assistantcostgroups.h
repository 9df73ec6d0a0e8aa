// AssistantCostGroups: the personal assistants a plan employs, each once,
// with the cost of employing them and the support items that cost is shared
// between, for the printed plan's PA cost breakdown.
//
// SupportItemCost::forPlan decides who is one person (it groups items by the
// assistant's name) and gives each of their items a copy of the same
// PersonalAssistantCost and a share of it; the shares of one assistant add
// up to that cost to the penny. The grouping is read back from those costs
// rather than worked out again from the names, so the printed plan can never
// group differently from the costing: items whose costs are the same
// breakdown belong together while their shares still fit within it. Two
// different assistants with exactly the same hours and wage have identical
// breakdowns, but each one's share is the whole, so they stay apart.
#pragma once

#include "costing/personalassistantcost.h"
#include "costing/plantotals.h"
#include "money/money.h"

#include <QList>

namespace pb {

class AssistantCostGroups {
public:
    struct Group {
        PersonalAssistantCost employment;
        QList<int> itemKeys; // in plan order
        QList<Money> shares; // each item's yearly share, same order
    };

    static QList<Group> of(const PlanTotals& totals);

    // The same breakdown, line by line.
    static bool sameBreakdown(const PersonalAssistantCost& a, const PersonalAssistantCost& b);
};

} // namespace pb
