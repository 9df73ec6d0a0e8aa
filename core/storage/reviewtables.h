// ReviewTables: the SQL for what the caseload's results keep about reviews
// beyond the review itself (schema migration 4): the themes a broker tags a
// review's comments with (review_themes) and the new version that "Change my
// plan" made from a review (review_changes); and the two review writes that
// reach beyond PlanTables' review rows: removing a review together with its
// themes and link, and moving an agreed plan's next review date.
//
// Runs inside the caller's transaction and begins none; the rules are the
// repositories'. Neither table has a foreign key to reviews: PlanTables
// replaces a review's row when it is edited, and a cascade would take the
// themes with it. Both are removed with the plan version (ON DELETE CASCADE
// to plans) and by removeReview().
//
// A comment's themes are kept as one text, one theme per line: they are a
// short list edited as a whole, and so the caseload's reviews and their
// themes are read in the same two queries (CaseloadReviewQuery).
#pragma once

#include "common/result.h"
#include "storage/queryrunner.h"
#include "storage/reviewcomment.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace pb {

class ReviewTables {
public:
    static Result<bool> reviewExists(const QueryRunner& run, qint64 planId, int index);
    static Result<int> reviewCount(const QueryRunner& run, qint64 planId);

    // Replaces a comment's themes; an empty list removes them.
    static Status setThemes(
        const QueryRunner& run, const ReviewComment& comment, const QStringList& themes);
    static Result<QStringList> themes(const QueryRunner& run, const ReviewComment& comment);

    // Records that review `index` of `planId` led to `newPlanId`.
    static Status linkChange(const QueryRunner& run, qint64 planId, int index, qint64 newPlanId);

    // Removes a review with its ratings, themes and link.
    static Status removeReview(const QueryRunner& run, qint64 planId, int index);

    static Status setReviewDate(const QueryRunner& run, qint64 planId, QDate date);

    // The stored form of a list of themes, and back.
    static QString joinThemes(const QStringList& themes);
    static QStringList splitThemes(const QString& stored);
};

} // namespace pb
