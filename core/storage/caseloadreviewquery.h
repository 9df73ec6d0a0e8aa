// CaseloadReviewQuery: every review in the database with what the caseload's
// results need about it (CaseloadReview), for everyone at once. Two queries
// whatever the size of the caseload (one for the reviews with their person,
// version, themes and link; one for the outcome ratings with the outcomes'
// words, life areas and themes), never one per person: 10,000 people with two
// reviews each are read in well under a second (see bench_caseload_results).
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
