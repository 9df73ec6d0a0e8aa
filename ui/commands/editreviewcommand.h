// EditReviewCommand: a change to a review of the agreed plan, with the next
// review date (Review page). Undoing the first answer of a new review takes
// the review away again.
#pragma once

#include "commands/replacecommand.h"
#include "commands/reviewedit.h"

namespace pb::ui {

class EditReviewCommand : public ReplaceCommand<ReviewEdit> {
public:
    using ReplaceCommand::ReplaceCommand;

protected:
    bool apply(const ReviewEdit& value) override
    {
        return session()->applyReview(value.index, value.review, value.reviewDate);
    }
    int commandId() const override { return EditReviewId; }
};

} // namespace pb::ui
