// ReviewEdit: what one edit on the Review page changes: a review of the
// agreed plan (or its absence, before the first answer is given) and the
// plan's next review date, which "Keep my plan" moves a year on. The value
// an EditReviewCommand holds before and after.
#pragma once

#include "model/review.h"

#include <QDate>

#include <optional>

namespace pb::ui {

struct ReviewEdit {
    int index = 0; // the review's position in the agreed version
    std::optional<Review> review; // nullopt: not there (not started yet)
    QDate reviewDate; // the plan's next review

    bool operator==(const ReviewEdit&) const = default;
};

} // namespace pb::ui
