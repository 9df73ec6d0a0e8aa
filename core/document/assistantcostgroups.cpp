#include "document/assistantcostgroups.h"

namespace pb {

namespace {

Money sharesSum(const AssistantCostGroups::Group& group)
{
    Money sum;
    for (const Money share : group.shares) {
        sum += share;
    }
    return sum;
}

} // namespace

bool AssistantCostGroups::sameBreakdown(
    const PersonalAssistantCost& a, const PersonalAssistantCost& b)
{
    if (a.yearly() != b.yearly() || a.lines().size() != b.lines().size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.lines().size(); ++i) {
        const auto& x = a.lines().at(i);
        const auto& y = b.lines().at(i);
        if (x.kind != y.kind || x.yearly != y.yearly || x.label != y.label
            || x.howWorkedOut != y.howWorkedOut) {
            return false;
        }
    }
    return true;
}

QList<AssistantCostGroups::Group> AssistantCostGroups::of(const PlanTotals& totals)
{
    QList<Group> groups;
    for (const SupportItemCost& cost : totals.items()) {
        if (!cost.includesEmploymentCosts()) {
            continue;
        }
        const PersonalAssistantCost& employment = *cost.employment();
        Group* home = nullptr;
        for (Group& group : groups) {
            if (!sameBreakdown(group.employment, employment)) {
                continue;
            }
            // A share fits while the group's shares stay within the whole; a
            // share of nothing (an item with no hours yet) fits any open group.
            const Money sum = sharesSum(group);
            const bool fits = sum + cost.yearly() <= employment.yearly()
                && (sum < employment.yearly() || cost.yearly().isZero());
            if (fits) {
                home = &group;
                break;
            }
        }
        if (!home) {
            groups.append(Group {employment, {}, {}});
            home = &groups.last();
        }
        home->itemKeys.append(cost.itemKey());
        home->shares.append(cost.yearly());
    }
    return groups;
}

} // namespace pb
