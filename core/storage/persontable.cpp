#include "storage/persontable.h"

#include "storage/sqlvalue.h"
#include "storage/storageerror.h"

#include <QSqlQuery>

namespace pb {

namespace {

const QLatin1String kColumns("id, name, date_of_birth, helper_name, phone, email, address,"
                             " preferred_language, wants_easy_read, archived");

Person fromRow(const QSqlQuery& row)
{
    Person p;
    p.id = row.value(0).toLongLong();
    p.name = row.value(1).toString();
    p.dateOfBirth = SqlValue::toDate(row.value(2));
    p.helperName = row.value(3).toString();
    p.phone = row.value(4).toString();
    p.email = row.value(5).toString();
    p.address = row.value(6).toString();
    p.preferredLanguage = row.value(7).toString();
    p.wantsEasyRead = SqlValue::toFlag(row.value(8));
    p.archived = SqlValue::toFlag(row.value(9));
    return p;
}

QVariantList fieldValues(const Person& p)
{
    return {SqlValue::text(p.name), SqlValue::date(p.dateOfBirth), SqlValue::text(p.helperName),
        SqlValue::text(p.phone), SqlValue::text(p.email), SqlValue::text(p.address),
        SqlValue::text(p.preferredLanguage), SqlValue::flag(p.wantsEasyRead),
        SqlValue::flag(p.archived)};
}

} // namespace

Result<qint64> PersonTable::insert(const QueryRunner& run, const Person& person)
{
    return run.insert(QStringLiteral("INSERT INTO persons (name, date_of_birth, helper_name, phone,"
                                     " email, address, preferred_language, wants_easy_read,"
                                     " archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        fieldValues(person));
}

Result<bool> PersonTable::update(const QueryRunner& run, const Person& person)
{
    QVariantList values = fieldValues(person);
    values.append(person.id);
    auto rows = run.change(QStringLiteral("UPDATE persons SET name = ?, date_of_birth = ?,"
                                          " helper_name = ?, phone = ?, email = ?, address = ?,"
                                          " preferred_language = ?, wants_easy_read = ?,"
                                          " archived = ? WHERE id = ?"),
        values);
    if (!rows) {
        return rows.error();
    }
    return *rows > 0;
}

Result<bool> PersonTable::setArchived(const QueryRunner& run, qint64 personId, bool archived)
{
    auto rows = run.change(QStringLiteral("UPDATE persons SET archived = ? WHERE id = ?"),
        {SqlValue::flag(archived), personId});
    if (!rows) {
        return rows.error();
    }
    return *rows > 0;
}

Result<Person> PersonTable::load(const QueryRunner& run, qint64 personId)
{
    auto selected =
        run.select(QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(kColumns), {personId});
    if (!selected) {
        return selected.error();
    }
    QSqlQuery query = std::move(selected).value();
    if (!query.next()) {
        return StorageError::personNotFound(personId);
    }
    return fromRow(query);
}

Result<QList<Person>> PersonTable::list(const QueryRunner& run, bool includeArchived)
{
    const QString sql = includeArchived
        ? QStringLiteral("SELECT %1 FROM persons ORDER BY name, id").arg(kColumns)
        : QStringLiteral("SELECT %1 FROM persons WHERE archived = 0 ORDER BY name, id")
              .arg(kColumns);
    auto selected = run.select(sql);
    if (!selected) {
        return selected.error();
    }
    QSqlQuery query = std::move(selected).value();
    QList<Person> people;
    while (query.next()) {
        people.append(fromRow(query));
    }
    return people;
}

} // namespace pb
