// CaseloadQuery: the caseload listing for the start screen, for everyone in
// the database at once. Two queries whatever the size of the caseload (one
// for people and their current plan headers, one for the current plans'
// support items), never one per person: a 10,000-person caseload lists in a
// fraction of a second (see bench_storage).
#pragma once

#include "common/result.h"
#include "storage/caseloadentry.h"

#include <QList>

#include <optional>

namespace pb {

class Database;

class CaseloadQuery {
public:
    enum class Archived { Hidden, Shown };
    enum class Items { Without, With };

    explicit CaseloadQuery(Database& db);

    // Ordered by name, then person id.
    Result<QList<CaseloadEntry>> list(
        Archived archived = Archived::Hidden, Items items = Items::With) const;
    // One person's line, archived or not; empty when there is no such person.
    // For refreshing one row after an edit without listing everyone again.
    Result<std::optional<CaseloadEntry>> entry(qint64 personId) const;

private:
    Result<QList<CaseloadEntry>> select(
        Archived archived, Items items, std::optional<qint64> onlyPerson) const;

    Database& m_db;
};

} // namespace pb
