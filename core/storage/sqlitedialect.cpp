#include "storage/sqlitedialect.h"

#include "storage/storageerror.h"

#include <QFile>
#include <QSqlQuery>

namespace pb {

namespace {

Status runStatement(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        return StorageError::fromSql(query.lastError());
    }
    return success();
}

} // namespace

QString SqliteDialect::connectOptions(bool readOnly)
{
    // Wait up to five seconds for another program (a second window, a backup
    // tool) to finish writing, rather than failing an edit at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    return options;
}

Status SqliteDialect::configure(QSqlDatabase& db)
{
    if (auto s = runStatement(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s) {
        return s;
    }
    // A 32 MB page cache (SQLite's default is 2 MB) keeps a large caseload in
    // memory between listings instead of reading it from the disk again.
    if (auto s = runStatement(db, QStringLiteral("PRAGMA cache_size = -32768")); !s) {
        return s;
    }
    // FULL: the write-ahead log is flushed to the disk at every commit, so an
    // edit survives a power cut once the call that saved it has returned.
    return runStatement(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

Status SqliteDialect::enableWriteAheadLog(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        return StorageError::fromSql(query.lastError());
    }
    // SQLite answers with the mode now in force; a file system that can't
    // share memory keeps the old mode, which is still safe, only slower.
    return success();
}

Status SqliteDialect::checkpoint(QSqlDatabase& db)
{
    return runStatement(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status SqliteDialect::probe(QSqlDatabase& db)
{
    return runStatement(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
}

bool SqliteDialect::hasDatabaseHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    if (file.size() == 0) {
        return true;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

QStringList SqliteDialect::workingFiles(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
        path + QStringLiteral("-journal")};
}

SqliteDialect::Failure SqliteDialect::classify(const QSqlError& error)
{
    bool ok = false;
    // The driver reports extended result codes for some failures
    // (2067 = SQLITE_CONSTRAINT_UNIQUE); the low byte is the primary code.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok) {
        return Failure::Other;
    }
    switch (code) {
    case 13: // SQLITE_FULL
        return Failure::DiskFull;
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
        return Failure::ReadOnly;
    case 14: // SQLITE_CANTOPEN
        return Failure::CantOpen;
    case 26: // SQLITE_NOTADB
        return Failure::NotADatabase;
    case 11: // SQLITE_CORRUPT
        return Failure::Damaged;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Failure::Busy;
    case 19: // SQLITE_CONSTRAINT
        return Failure::Conflict;
    default:
        return Failure::Other;
    }
}

} // namespace pb
