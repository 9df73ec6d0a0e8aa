// ReviewComment: names one comment of one review, so a broker can tag it with
// themes ("transport", "staff keep changing") and count the themes across a
// caseload, as "Working Together for Change" does with what people say is
// working, not working and important for the future.
//
// A review has a comment for each outcome it rates and three answers to the
// Working Together for Change questions; ReviewQuestion says which. Comments
// are named by the reviewed version's plan id and the review's position in
// it (the index PlanRepository::updateReview takes), which never change.
#pragma once

#include "model/enumkey.h"

namespace pb {

enum class ReviewQuestion { Outcome, Working, NotWorking, ImportantForFuture };

template <> struct EnumKeyTable<ReviewQuestion> {
    static constexpr std::pair<ReviewQuestion, const char*> entries[] = {
        {ReviewQuestion::Outcome, "outcome"},
        {ReviewQuestion::Working, "working"},
        {ReviewQuestion::NotWorking, "not-working"},
        {ReviewQuestion::ImportantForFuture, "important-for-future"},
    };
};

struct ReviewComment {
    qint64 planId = 0; // the version that was reviewed
    int reviewIndex = 0; // the review's position in that version
    ReviewQuestion question = ReviewQuestion::Working;
    int outcomeKey = 0; // the outcome whose comment it is (ReviewQuestion::Outcome); else 0

    bool operator==(const ReviewComment&) const = default;
};

} // namespace pb
