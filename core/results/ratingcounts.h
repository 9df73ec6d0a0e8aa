// RatingCounts: how many outcomes were rated better, the same, worse and not
// yet, with each as a whole percentage of all four for the report.
#pragma once

#include "model/review.h"

namespace pb {

struct RatingCounts {
    int better = 0;
    int same = 0;
    int worse = 0;
    int notYet = 0;

    int total() const { return better + same + worse + notYet; }
    int of(OutcomeRating rating) const;
    void add(OutcomeRating rating);
    RatingCounts& operator+=(const RatingCounts& other);
    // Whole percent of total(), halves rounded up (3 of 8 is 38%); 0 when
    // nothing was rated. The four need not add up to 100.
    int percent(OutcomeRating rating) const;

    bool operator==(const RatingCounts&) const = default;
};

} // namespace pb
