#include "model/plan.h"

#include <algorithm>

namespace pb {

int Plan::nextKey() const
{
    int highest = 0;
    for (const auto& o : outcomes) {
        highest = std::max(highest, o.key);
    }
    for (const auto& i : items) {
        highest = std::max(highest, i.key);
    }
    for (const auto& s : budget.streams) {
        highest = std::max(highest, s.key);
    }
    return highest + 1;
}

const Outcome* Plan::outcome(int key) const
{
    const auto it = std::find_if(
        outcomes.cbegin(), outcomes.cend(), [key](const Outcome& o) { return o.key == key; });
    return it == outcomes.cend() ? nullptr : &*it;
}

const SupportItem* Plan::item(int key) const
{
    const auto it = std::find_if(
        items.cbegin(), items.cend(), [key](const SupportItem& i) { return i.key == key; });
    return it == items.cend() ? nullptr : &*it;
}

Plan Plan::nextDraft(QDate today) const
{
    Plan next = *this;
    next.id = 0;
    next.version = version + 1;
    next.status = PlanStatus::Draft;
    next.createdOn = today;
    next.agreedAt = {};
    next.agreedBy.clear();
    next.reviews.clear();
    return next;
}

} // namespace pb
