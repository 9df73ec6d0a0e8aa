// ResultsFilter: which part of the caseload's reviews a results report
// covers: a period of review dates, the way the reviewed plan's money was
// managed (the "route"), a life area, and whether each person counts once
// (their most recent review in the period) or every review counts.
//
// Counting each person once is the default: "how many outcomes got better"
// is about people's lives, and a person reviewed twice in a year would
// otherwise count twice. Every review counts when a broker wants to see
// each review as it was (for example, all first reviews of a quarter).
#pragma once

#include "model/deployment.h"
#include "model/outcome.h"
#include "storage/caseloadreview.h"

#include <QDate>

#include <optional>

namespace pb {

struct ResultsFilter {
    enum class Count { LatestReviewPerPerson, EveryReview };

    QDate from; // first review date included; invalid: no start
    QDate to; // last review date included; invalid: no end
    std::optional<DeploymentChoice> route;
    std::optional<LifeArea> lifeArea;
    Count count = Count::LatestReviewPerPerson;

    // The review's date is in the period (a review without a date only when
    // the period is open at both ends) and its version's route matches.
    bool acceptsReview(const CaseloadReview& review) const;
    bool acceptsLifeArea(LifeArea area) const { return !lifeArea || *lifeArea == area; }
    bool isEverything() const { return !from.isValid() && !to.isValid() && !route && !lifeArea; }

    bool operator==(const ResultsFilter&) const = default;
};

} // namespace pb
