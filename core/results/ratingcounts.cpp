#include "results/ratingcounts.h"

namespace pb {

int RatingCounts::of(OutcomeRating rating) const
{
    switch (rating) {
    case OutcomeRating::Better:
        return better;
    case OutcomeRating::Same:
        return same;
    case OutcomeRating::Worse:
        return worse;
    case OutcomeRating::NotYet:
        return notYet;
    }
    return 0;
}

void RatingCounts::add(OutcomeRating rating)
{
    switch (rating) {
    case OutcomeRating::Better:
        ++better;
        return;
    case OutcomeRating::Same:
        ++same;
        return;
    case OutcomeRating::Worse:
        ++worse;
        return;
    case OutcomeRating::NotYet:
        ++notYet;
        return;
    }
}

RatingCounts& RatingCounts::operator+=(const RatingCounts& other)
{
    better += other.better;
    same += other.same;
    worse += other.worse;
    notYet += other.notYet;
    return *this;
}

int RatingCounts::percent(OutcomeRating rating) const
{
    const int all = total();
    if (all == 0) {
        return 0;
    }
    // Integer arithmetic, so 50% is never 49.999…%: (200n + all) / (2 all)
    // is n * 100 / all rounded half up.
    return int((200LL * of(rating) + all) / (2LL * all));
}

} // namespace pb
