#include "results/resultsfilter.h"

namespace pb {

bool ResultsFilter::acceptsReview(const CaseloadReview& review) const
{
    if (route && review.deployment != *route) {
        return false;
    }
    const QDate date = review.review.date;
    if (!date.isValid()) {
        return !from.isValid() && !to.isValid();
    }
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

} // namespace pb
