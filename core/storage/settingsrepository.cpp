#include "storage/settingsrepository.h"

#include "storage/database.h"
#include "storage/queryrunner.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace pb {

SettingsRepository::SettingsRepository(Database& db)
    : m_db(db)
{
}

Result<std::optional<QString>> SettingsRepository::value(const QString& name) const
{
    auto selected =
        QueryRunner(m_db.connection())
            .select(QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name});
    if (!selected) {
        return selected.error();
    }
    QSqlQuery query = std::move(selected).value();
    if (!query.next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(query.value(0).toString());
}

Status SettingsRepository::setValue(const QString& name, const QString& value)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    const QueryRunner run(m_db.connection());
    // Delete then insert: portable, where "upsert" syntax differs by database.
    if (auto r = run.change(QStringLiteral("DELETE FROM settings WHERE name = ?"), {name}); !r) {
        return r.error();
    }
    if (auto r = run.change(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"),
            {name, SqlValue::text(value)});
        !r) {
        return r.error();
    }
    return tx.commit();
}

} // namespace pb
