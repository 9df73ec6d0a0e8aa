// CaseloadReviewQuery: every review in the database with what the caseload's
// results need about it (CaseloadReview), for everyone at once. Two queries
// whatever the size of the caseload (one for the reviews with their person,
// version and link; one for their details: every outcome rating with the
// outcome's words and life area, and every comment's themes), never one per
// person (see bench_caseload_results for 10,000 people with two reviews each).
//
// The outcomes in CaseloadReview::outcomes carry the key, words and life
// area only (what the results need); load the plan for the rest.
//
// Reviews of every version are read, superseded ones too, and of archived
// people: a review says how things were at the time, whatever has happened
// since. Filtering (dates, route, life area) is CaseloadResults' job.
#pragma once

#include "common/result.h"
#include "storage/caseloadreview.h"

#include <QList>

#include <optional>

namespace pb {

class Database;

class CaseloadReviewQuery {
public:
    explicit CaseloadReviewQuery(Database& db);

    // Ordered by name, person id, version, then the review's position.
    Result<QList<CaseloadReview>> list() const;
    // One person's reviews, of all their versions, in the same order.
    Result<QList<CaseloadReview>> forPerson(qint64 personId) const;

private:
    Result<QList<CaseloadReview>> select(std::optional<qint64> onlyPerson) const;

    Database& m_db;
};

} // namespace pb
