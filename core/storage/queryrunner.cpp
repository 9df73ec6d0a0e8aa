#include "storage/queryrunner.h"

#include "storage/storageerror.h"

#include <QVariant>

namespace pb {

QueryRunner::QueryRunner(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QSqlQuery> QueryRunner::run(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return StorageError::fromSql(query.lastError());
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return StorageError::fromSql(query.lastError());
    }
    return query;
}

Result<QSqlQuery> QueryRunner::select(const QString& sql, const QVariantList& values) const
{
    return run(sql, values);
}

Result<int> QueryRunner::change(const QString& sql, const QVariantList& values) const
{
    auto query = run(sql, values);
    if (!query) {
        return query.error();
    }
    return query->numRowsAffected();
}

Result<qint64> QueryRunner::insert(const QString& sql, const QVariantList& values) const
{
    auto query = run(sql, values);
    if (!query) {
        return query.error();
    }
    bool ok = false;
    const qint64 id = query->lastInsertId().toLongLong(&ok);
    if (!ok || id <= 0) {
        return StorageError::programFault(QStringLiteral("no key for the new row of: %1").arg(sql));
    }
    return id;
}

} // namespace pb
