// PersonTable: the SQL for the persons table, shared by the repositories
// (PlanRepository adds a person and their plan in one transaction when a
// plan file is imported). Runs inside the caller's transaction; begins none.
#pragma once

#include "common/result.h"
#include "model/person.h"
#include "storage/queryrunner.h"

#include <QList>

namespace pb {

class PersonTable {
public:
    // Stores a new row; person.id is ignored. Returns the new id.
    static Result<qint64> insert(const QueryRunner& run, const Person& person);
    // Every field of the row person.id; false when there is no such row.
    static Result<bool> update(const QueryRunner& run, const Person& person);
    static Result<bool> setArchived(const QueryRunner& run, qint64 personId, bool archived);
    static Result<Person> load(const QueryRunner& run, qint64 personId);
    // Ordered by name, then id, so two people with the same name keep their order.
    static Result<QList<Person>> list(const QueryRunner& run, bool includeArchived);
};

} // namespace pb
