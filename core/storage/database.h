// Database: one open Personal Budget Planner database file (SQLite through Qt
// SQL). Opening checks the file before changing anything, brings an older
// schema up to date (after taking a backup copy beside it) and refuses, with
// a plain-words Error and without touching the file, anything it can't use
// safely: a missing or unreadable file, a read-only file or folder, a file
// that is not a database, a database of another program or of a newer
// version of this one, a disk too full to migrate.
//
// Opening, step by step:
//   1. the file must exist, be readable and start with SQLite's header;
//   2. its schema version is read before anything is written (the journal
//      mode, which rewrites two header bytes, is set only once the file has
//      been accepted). The one write SQLite may make while reading is its
//      own recovery: a write-ahead log left committed by a crash is moved
//      into the file when the connection closes; the data stays the same;
//   3. a newer version is refused; a read-only file or folder is refused
//      unless Options::readOnly asks for a look-only connection;
//   4. an older version is copied to "<file>.before-v<N>.bak" (after a WAL
//      checkpoint, so the copy holds every committed change) and then all
//      pending migrations run in ONE transaction, each recording its version:
//      a failure in any step rolls all of them back, leaving the file exactly
//      as it was rather than half way between versions;
//   5. the file is switched to write-ahead logging. (The connection's own
//      settings, SqliteDialect::configure: foreign keys, synchronous writes,
//      page cache, are made before step 4, so migrations run under them.)
//
// Each Database has its own Qt SQL connection name, so many can be open at
// once (tests do). A Database and the repositories on it belong to the thread
// that opened it; repositories must not outlive it.
#pragma once

#include "common/result.h"
#include "storage/migration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pb {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options {
        // Open for looking only: nothing can be written and nothing is
        // migrated (an older database is refused).
        bool readOnly = false;
        // The steps that define the schema. Defaults to Schema::migrations();
        // tests pass the first N steps to write a database as version N was.
        QList<Migration> migrations;
    };

    // An existing database; see the steps above.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    // A new database; refuses if anything is already at `path`. A failure
    // part way removes the half-made file again.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    static Result<std::unique_ptr<Database>> create(const QString& path, const Options& options);
    // open() when the file exists, else create(): the app's default database.
    static Result<std::unique_ptr<Database>> openOrCreate(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy taken before this open migrated the file; empty when no
    // migration was needed. Shown to the person ("a copy of your data from
    // before the update is at ...").
    QString backupPath() const { return m_backupPath; }

private:
    Database(QString path, QString connectionName, bool readOnly);

    static Result<std::unique_ptr<Database>> start(
        const QString& path, const Options& options, int fromVersion);
    static Result<int> inspect(const QString& path, bool readOnly);
    static Result<QString> takeBackup(QSqlDatabase& db, const QString& path, int targetVersion);
    static Status migrate(QSqlDatabase& db, const QList<Migration>& steps, int fromVersion);
    static QString newConnectionName();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

} // namespace pb
