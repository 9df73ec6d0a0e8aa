// ReviewSchedule: when a plan is looked at again. The first review comes
// three months after the plan is agreed (Think Local Act Personal and most
// councils: soon enough to catch a plan that isn't working), then once a year
// after each review (Care Act 2014 statutory guidance, 13.32: at least every
// twelve months). Pages offer these dates as defaults; the person can change
// them.
#pragma once

#include <QDate>

namespace pb {

struct ReviewSchedule {
    static constexpr int kFirstReviewMonths = 3;
    static constexpr int kLaterReviewMonths = 12;

    static QDate firstReview(QDate agreedOn) { return agreedOn.addMonths(kFirstReviewMonths); }
    static QDate nextReview(QDate reviewedOn) { return reviewedOn.addMonths(kLaterReviewMonths); }
};

} // namespace pb
