// ReviewDue: whether a plan's review has come, and how late it is. The
// caseload shows "Review due (3 weeks late)" and can show just those people.
//
// Only the current agreed version is reviewed: a draft has no review yet and
// a superseded version has been replaced. A review is due from its day on
// (0 days late on the day itself).
#pragma once

#include "model/plan.h"

#include <QDate>

#include <optional>

namespace pb {

struct CaseloadEntry;

class ReviewDue {
public:
    // Days since the review date, or nullopt when no review is due.
    static std::optional<int> daysOverdue(PlanStatus status, QDate reviewDate, QDate today);
    static std::optional<int> daysOverdue(const CaseloadEntry& entry, QDate today);
    static bool isDue(const CaseloadEntry& entry, QDate today)
    {
        return daysOverdue(entry, today).has_value();
    }
};

} // namespace pb
