// Review: looking back at an agreed plan: did life get better for each
// outcome, what is working, what is not, what matters for the future
// ("Working Together for Change"), and whether to keep or change the plan.
#pragma once

#include "model/enumkey.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pb {

enum class OutcomeRating { NotYet, Better, Same, Worse };

template <> struct EnumKeyTable<OutcomeRating> {
    static constexpr std::pair<OutcomeRating, const char*> entries[] = {
        {OutcomeRating::NotYet, "not-yet"},
        {OutcomeRating::Better, "better"},
        {OutcomeRating::Same, "same"},
        {OutcomeRating::Worse, "worse"},
    };
};

enum class ReviewDecision { Undecided, KeepPlan, ChangePlan };

template <> struct EnumKeyTable<ReviewDecision> {
    static constexpr std::pair<ReviewDecision, const char*> entries[] = {
        {ReviewDecision::Undecided, "undecided"},
        {ReviewDecision::KeepPlan, "keep"},
        {ReviewDecision::ChangePlan, "change"},
    };
};

struct OutcomeReview {
    int outcomeKey = 0;
    OutcomeRating rating = OutcomeRating::NotYet;
    QString comment;

    bool operator==(const OutcomeReview&) const = default;
};

struct Review {
    QDate date;
    QString reviewer;
    QList<OutcomeReview> outcomes;
    QString working;
    QString notWorking;
    QString importantForFuture;
    int overallHappiness = 0; // 1 (very unhappy) to 5 (very happy); 0 = not said
    ReviewDecision decision = ReviewDecision::Undecided;

    bool operator==(const Review&) const = default;
};

} // namespace pb
