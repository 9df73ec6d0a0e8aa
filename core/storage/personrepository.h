// PersonRepository: the people in the caseload. Every change is its own
// transaction and is on the disk when the call returns, so the window can
// save each edit as it is made. People are archived (hidden from the
// caseload), never deleted: their plans are records the person may need.
#pragma once

#include "common/result.h"
#include "model/person.h"

#include <QList>

namespace pb {

class Database;

class PersonRepository {
public:
    enum class Archived { Hidden, Shown };

    explicit PersonRepository(Database& db);

    // Stores a new person (person.id is ignored) and returns their id.
    Result<qint64> add(const Person& person);
    // Every field, including archived; the person must exist.
    Status update(const Person& person);
    Status archive(qint64 personId);
    Status unarchive(qint64 personId);

    Result<Person> load(qint64 personId) const;
    // By name; archived people only with Archived::Shown.
    Result<QList<Person>> list(Archived archived = Archived::Hidden) const;

private:
    Status setArchived(qint64 personId, bool archived);

    Database& m_db;
};

} // namespace pb
