#include "storage/transaction.h"

#include "storage/storageerror.h"

namespace pb {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_started = StorageError::fromSql(m_db.lastError());
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

Status Transaction::started() const
{
    return m_started;
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_started.ok()
            ? StorageError::programFault(QStringLiteral("commit without a transaction"))
            : m_started;
    }
    if (!m_db.commit()) {
        const Error error = StorageError::fromSql(m_db.lastError());
        // A failed COMMIT can leave SQLite's transaction open (SQLITE_BUSY);
        // the destructor's rollback closes it either way.
        return error;
    }
    m_active = false;
    return success();
}

} // namespace pb
