#include "storage/personrepository.h"

#include "storage/database.h"
#include "storage/persontable.h"
#include "storage/queryrunner.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

namespace pb {

PersonRepository::PersonRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> PersonRepository::add(const Person& person)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    auto id = PersonTable::insert(QueryRunner(m_db.connection()), person);
    if (!id) {
        return id.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status PersonRepository::update(const Person& person)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    auto found = PersonTable::update(QueryRunner(m_db.connection()), person);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return StorageError::personNotFound(person.id);
    }
    return tx.commit();
}

Status PersonRepository::archive(qint64 personId)
{
    return setArchived(personId, true);
}

Status PersonRepository::unarchive(qint64 personId)
{
    return setArchived(personId, false);
}

Status PersonRepository::setArchived(qint64 personId, bool archived)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    auto found = PersonTable::setArchived(QueryRunner(m_db.connection()), personId, archived);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return StorageError::personNotFound(personId);
    }
    return tx.commit();
}

Result<Person> PersonRepository::load(qint64 personId) const
{
    return PersonTable::load(QueryRunner(m_db.connection()), personId);
}

Result<QList<Person>> PersonRepository::list(Archived archived) const
{
    return PersonTable::list(QueryRunner(m_db.connection()), archived == Archived::Shown);
}

} // namespace pb
