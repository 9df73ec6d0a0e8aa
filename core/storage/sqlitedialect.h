// SqliteDialect: everything in the storage layer that is specific to SQLite,
// in one place, so the schema and the repositories' SQL stay portable and an
// organisation can later point the same code at PostgreSQL (QPSQL) by adding
// a sibling dialect. Here: the driver name and connect options, the pragmas
// (write-ahead log, foreign keys, full synchronous writes), the auto-numbered
// key column, the WAL checkpoint taken before a backup copy, the file header
// check and the names of SQLite's working files, and the mapping of SQLite's
// result codes to the few kinds of failure a person needs told apart.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace pb {

class SqliteDialect {
public:
    // Why a statement failed, in the terms StorageError explains to people.
    enum class Failure {
        DiskFull, // SQLITE_FULL: no space left (or the database hit its size limit)
        ReadOnly, // SQLITE_READONLY / SQLITE_PERM: the file may be read but not written
        CantOpen, // SQLITE_CANTOPEN: the file or its working files can't be opened or created
        NotADatabase, // SQLITE_NOTADB: the bytes are not an SQLite database
        Damaged, // SQLITE_CORRUPT: the file is an SQLite database, but broken
        Busy, // SQLITE_BUSY / SQLITE_LOCKED: another program holds the database
        Conflict, // SQLITE_CONSTRAINT: the change breaks a rule of the schema
        Other,
    };

    static QString driverName() { return QStringLiteral("QSQLITE"); }
    static QString connectOptions(bool readOnly);

    // Per-connection settings: foreign keys enforced, a larger page cache,
    // every commit flushed to the disk before it returns (synchronous=FULL).
    // Writes nothing to the file.
    static Status configure(QSqlDatabase& db);
    // Switches the file to write-ahead logging. This rewrites two bytes of the
    // header when the file was not in WAL mode yet, so it runs only after the
    // file has been accepted (and backed up when it is about to be migrated).
    static Status enableWriteAheadLog(QSqlDatabase& db);
    // Moves everything in the write-ahead log into the main file, so that a
    // plain file copy holds all committed data.
    static Status checkpoint(QSqlDatabase& db);

    // Reads the file's list of tables: the first read, where SQLite notices
    // a damaged file or one that isn't a database after all. (Qt's
    // QSqlDatabase::tables() hides that error behind an empty list.)
    static Status probe(QSqlDatabase& db);

    // Column definition of an auto-numbered 64-bit primary key; the schema
    // writes "{{identity}}" where a dialect decides.
    static QString identityColumn() { return QStringLiteral("INTEGER PRIMARY KEY"); }

    // True when the file starts with SQLite's 16-byte header string, or is
    // empty (SQLite treats an empty file as an empty database). Checked before
    // SQLite sees a file, so a stray document is refused without being opened.
    static bool hasDatabaseHeader(const QString& path);

    // The files SQLite may keep beside the database while it is open.
    static QStringList workingFiles(const QString& path);

    static Failure classify(const QSqlError& error);
};

} // namespace pb
