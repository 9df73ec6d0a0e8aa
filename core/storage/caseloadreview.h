// CaseloadReview: one review as the caseload's results see it: who was
// reviewed, which version of their plan and how its money was managed, the
// review itself, the words and life areas of the outcomes it rates (from the
// reviewed version), the themes a broker tagged its comments with, and the
// new version "Change my plan" made, if any. CaseloadReviewQuery reads them
// for everyone at once.
#pragma once

#include "model/plan.h"
#include "storage/reviewcomment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pb {

struct CaseloadReview {
    // The themes of one comment, in the order the broker gave them.
    struct CommentThemes {
        ReviewQuestion question = ReviewQuestion::Working;
        int outcomeKey = 0;
        QStringList themes;

        bool operator==(const CommentThemes&) const = default;
    };

    qint64 personId = 0;
    QString name;
    bool archived = false;

    qint64 planId = 0; // the reviewed version
    int version = 0;
    PlanStatus status = PlanStatus::Agreed;
    DeploymentChoice deployment = DeploymentChoice::DirectPayment;

    int index = 0; // the review's position in its version
    Review review;
    // The reviewed version's outcomes that the review rates (a list: a plan
    // has a handful, and 20,000 small hashes cost more than they save). A
    // rating of an outcome the version doesn't have (possible only in a plan
    // that was imported that way) has no entry.
    QList<Outcome> outcomes;
    QList<CommentThemes> themes; // only comments that have some
    qint64 changedToPlanId = 0; // the version "Change my plan" made; 0 when none

    const Outcome* outcome(int key) const
    {
        for (const Outcome& o : outcomes) {
            if (o.key == key) {
                return &o;
            }
        }
        return nullptr;
    }

    QStringList themesOf(ReviewQuestion question, int outcomeKey = 0) const
    {
        for (const CommentThemes& t : themes) {
            if (t.question == question && t.outcomeKey == outcomeKey) {
                return t.themes;
            }
        }
        return {};
    }

    ReviewComment comment(ReviewQuestion question, int outcomeKey = 0) const
    {
        return ReviewComment {planId, index, question, outcomeKey};
    }

    bool operator==(const CaseloadReview&) const = default;
};

} // namespace pb
