#include "results/reviewdue.h"

#include "storage/caseloadentry.h"

namespace pb {

std::optional<int> ReviewDue::daysOverdue(PlanStatus status, QDate reviewDate, QDate today)
{
    if (status != PlanStatus::Agreed || !reviewDate.isValid() || reviewDate > today) {
        return std::nullopt;
    }
    return int(reviewDate.daysTo(today));
}

std::optional<int> ReviewDue::daysOverdue(const CaseloadEntry& entry, QDate today)
{
    if (!entry.hasPlan()) {
        return std::nullopt;
    }
    return daysOverdue(entry.status, entry.reviewDate, today);
}

} // namespace pb
