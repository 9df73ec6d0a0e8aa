#include "storage/database.h"

#include "storage/schema.h"
#include "storage/sqlitedialect.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>

namespace pb {

namespace {

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Closes and forgets a connection made by name; every QSqlDatabase copy of it
// must be gone first or Qt warns that it is still in use.
void dropConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

const QList<Migration>& stepsOf(const Database::Options& options)
{
    return options.migrations.isEmpty() ? Schema::migrations() : options.migrations;
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    m_db = QSqlDatabase();
    dropConnection(m_connectionName);
}

QString Database::newConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("pb-storage-%1").arg(++counter);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, Options {});
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    return create(path, Options {});
}

Result<std::unique_ptr<Database>> Database::openOrCreate(const QString& path)
{
    return QFileInfo::exists(path) ? open(path) : create(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString& givenPath, const Options& options)
{
    const QFileInfo info(givenPath);
    const QString path = info.absoluteFilePath();
    if (!info.exists()) {
        return Error {tr("There is no database at %1. Check the folder and the file name, or "
                         "make a new database.")
                          .arg(shownPath(path)),
            {}};
    }
    if (!info.isFile()) {
        return Error {tr("%1 is a folder, not a database file. Choose the database file inside "
                         "it.")
                          .arg(shownPath(path)),
            {}};
    }
    if (!info.isReadable()) {
        return Error {tr("The database %1 can't be read: this account is not allowed to open "
                         "it. Nothing was changed. Ask whoever looks after this computer to "
                         "give you access.")
                          .arg(shownPath(path)),
            {}};
    }
    if (!SqliteDialect::hasDatabaseHeader(path)) {
        return Error {tr("%1 isn't a Personal Budget Planner database, so it wasn't opened and "
                         "nothing in it was changed. Choose the database file instead.")
                          .arg(shownPath(path)),
            QStringLiteral("no SQLite header")};
    }

    if (!options.readOnly) {
        // As the superuser these checks pass whatever the permissions say;
        // SQLite then refuses the first write and StorageError explains it.
        if (!info.isWritable()) {
            return Error {tr("The database %1 is read-only, so it wasn't opened and nothing was "
                             "changed. Make the file writable (in its properties), or open it "
                             "only for looking.")
                              .arg(shownPath(path)),
                {}};
        }
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            return Error {tr("The folder %1 can't be changed. The program keeps small working "
                             "files beside the database while it is open, so the database "
                             "wasn't opened and nothing was changed. Move it to a folder you "
                             "can change, such as your Documents folder.")
                              .arg(shownPath(info.absolutePath())),
                {}};
        }
    }

    auto version = inspect(path, options.readOnly);
    if (!version) {
        return version.error();
    }
    const QList<Migration>& steps = stepsOf(options);
    const int known = steps.constLast().version;
    if (*version > known) {
        return Error {tr("This database was saved by a newer version of Personal Budget "
                         "Planner, so this version can't open it. Nothing in it was changed. "
                         "Install the newer version of the program to open it."),
            QStringLiteral("schema version %1; this program knows up to %2")
                .arg(*version)
                .arg(known)};
    }

    if (options.readOnly && *version < known) {
        return Error {tr("This database was made by an earlier version of Personal Budget "
                         "Planner and must be updated before it can be used, which can't be "
                         "done when it is opened only for looking. Nothing was changed. Open "
                         "it normally; a backup copy is made before the update."),
            QStringLiteral("schema version %1; current %2").arg(*version).arg(known)};
    }
    return start(path, options, *version);
}

Result<std::unique_ptr<Database>> Database::create(const QString& givenPath, const Options& options)
{
    const QFileInfo info(givenPath);
    const QString path = info.absoluteFilePath();
    if (info.exists()) {
        return Error {tr("There is already a file at %1, so a new database wasn't made there "
                         "and that file was left as it was. Choose another name.")
                          .arg(shownPath(path)),
            {}};
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return Error {tr("The folder %1 doesn't exist, so the database couldn't be made there. "
                         "Choose a folder that exists.")
                          .arg(shownPath(folder.absoluteFilePath())),
            {}};
    }
    if (options.readOnly || !folder.isWritable()) {
        return Error {tr("The folder %1 can't be changed, so the database couldn't be made "
                         "there. Choose a folder you can change, such as your Documents "
                         "folder.")
                          .arg(shownPath(folder.absoluteFilePath())),
            {}};
    }
    auto made = start(path, options, 0);
    if (!made) {
        // Only files this call made are removed: nothing was at `path` before.
        QFile::remove(path);
        for (const QString& working : SqliteDialect::workingFiles(path)) {
            QFile::remove(working);
        }
    }
    return made;
}

Result<int> Database::inspect(const QString& path, bool readOnly)
{
    const QString name = newConnectionName();
    Result<int> version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDialect::driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(SqliteDialect::connectOptions(readOnly));
        if (!db.isValid()) {
            version = Error {tr("The program's database component (Qt's SQLite driver) is "
                                "missing, so no database can be opened. Reinstall Personal "
                                "Budget Planner."),
                QStringLiteral("QSQLITE driver not available")};
        } else if (!db.open()) {
            version = StorageError::fromSql(db.lastError());
        } else {
            // Listing the tables is the first read, where SQLite notices a
            // damaged file or one that isn't a database after all.
            if (auto readable = SqliteDialect::probe(db); !readable) {
                version = readable.error();
            } else {
                const QStringList tables = db.tables();
                if (tables.isEmpty()) {
                    version = 0; // an empty file: a new database
                } else if (!tables.contains(QStringLiteral("schema_version"))) {
                    version = Error {tr("This database belongs to another program, so it "
                                        "wasn't opened and nothing in it was changed. Choose a "
                                        "Personal Budget Planner database."),
                        QStringLiteral("no schema_version table")};
                } else {
                    QSqlQuery query(db);
                    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))
                        || !query.next()) {
                        version = StorageError::fromSql(query.lastError());
                    } else {
                        version = query.value(0).toInt();
                    }
                }
            }
        }
    }
    dropConnection(name);
    return version;
}

Result<std::unique_ptr<Database>> Database::start(
    const QString& path, const Options& options, int fromVersion)
{
    const QList<Migration>& steps = stepsOf(options);
    const int target = steps.constLast().version;
    std::unique_ptr<Database> database(new Database(path, newConnectionName(), options.readOnly));
    database->m_db =
        QSqlDatabase::addDatabase(SqliteDialect::driverName(), database->m_connectionName);
    QSqlDatabase& db = database->m_db;
    db.setDatabaseName(path);
    db.setConnectOptions(SqliteDialect::connectOptions(options.readOnly));
    if (!db.open()) {
        return StorageError::fromSql(db.lastError());
    }
    if (auto s = SqliteDialect::configure(db); !s) {
        return s.error();
    }

    if (fromVersion < target) {
        if (fromVersion > 0) {
            auto backup = takeBackup(db, path, target);
            if (!backup) {
                return backup.error();
            }
            database->m_backupPath = *backup;
        }
        if (auto s = migrate(db, steps, fromVersion); !s) {
            // The original is as it was, so the copy is not needed.
            if (!database->m_backupPath.isEmpty()) {
                QFile::remove(database->m_backupPath);
            }
            const QString what = fromVersion == 0
                ? tr("The new database couldn't be set up.")
                : tr("The database needs updating for this version of the program, and the "
                     "update couldn't be finished, so it wasn't opened.");
            return Error {what + QLatin1Char(' ') + s.error().message, s.error().detail};
        }
    }
    database->m_schemaVersion = target;

    if (!options.readOnly) {
        if (auto s = SqliteDialect::enableWriteAheadLog(db); !s) {
            return s.error();
        }
    }
    return database;
}

Result<QString> Database::takeBackup(QSqlDatabase& db, const QString& path, int targetVersion)
{
    if (auto s = SqliteDialect::checkpoint(db); !s) {
        return s.error();
    }
    // Never overwrite an earlier copy: it may be the only good one left.
    QString backup = QStringLiteral("%1.before-v%2.bak").arg(path).arg(targetVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n) {
        backup = QStringLiteral("%1.before-v%2-%3.bak").arg(path).arg(targetVersion).arg(n);
    }
    QFile source(path);
    if (!source.copy(backup)) {
        return Error {tr("The database needs updating for this version of the program, but a "
                         "safety copy couldn't be made first, so it wasn't updated or opened "
                         "and nothing was changed. Make sure there is free space on the disk "
                         "and that the folder can be changed, then try again."),
            QStringLiteral("copy to %1 failed: %2").arg(backup, source.errorString())};
    }
    return backup;
}

Status Database::migrate(QSqlDatabase& db, const QList<Migration>& steps, int fromVersion)
{
    Transaction tx(db);
    if (auto s = tx.started(); !s) {
        return s;
    }
    for (const Migration& step : steps) {
        if (step.version <= fromVersion) {
            continue;
        }
        for (const QString& statement : step.statements) {
            QString sql = statement;
            sql.replace(QLatin1String("{{identity}}"), SqliteDialect::identityColumn());
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                Error error = StorageError::fromSql(query.lastError());
                error.detail = QStringLiteral("migration %1 (%2): %3")
                                   .arg(step.version)
                                   .arg(step.summary, error.detail);
                return error;
            }
        }
        if (step.apply) {
            if (auto s = step.apply(db); !s) {
                return s;
            }
        }
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!record.exec()) {
            return StorageError::fromSql(record.lastError());
        }
    }
    return tx.commit();
}

} // namespace pb
