#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/schema.h"
#include "storage/transaction.h"
#include "storagetestsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pb;
using pb::test::fileHash;

namespace {

QVariant pragma(const Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
        return {};
    }
    return q.value(0);
}

int countPeople(const Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM persons")) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Lists the SQLite working files beside `path` (a refused open must not leave any).
QStringList workingFilesLeft(const QString& path)
{
    QStringList left;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix))) {
            left << path + QLatin1String(suffix);
        }
    }
    return left;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void createSetsUpCurrentSchemaAndPragmas();
    void reopenKeepsDataAndSettings();
    void manyDatabasesOpenAtOnce();
    void openOrCreateMakesThenOpens();
    void emptyFileBecomesNewDatabase();
    void createRefusesExistingFile();
    void createRefusesMissingFolder();
    void openRefusesMissingFile();
    void refusedFileIsUntouched_data();
    void refusedFileIsUntouched();
    void readOnlyFileIsRefused();
    void readOnlyFolderIsRefused();
    void readOnlyOptionReadsButNeverWrites();
    void readOnlyOptionRefusesOlderDatabase();
    void transactionRollsBackUnlessCommitted();
};

void TestDatabase::createSetsUpCurrentSchemaAndPragmas()
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("a.pbdb")));
    QVERIFY2(db, qPrintable(db.ok() ? QString() : db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    QVERIFY((*db)->backupPath().isEmpty());
    QCOMPARE(pragma(**db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(**db, QStringLiteral("synchronous")).toInt(), 2); // 2 = FULL

    // One schema_version row per migration, 1..current.
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
    int expected = 1;
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), expected++);
    }
    QCOMPARE(expected - 1, Schema::currentVersion());
}

void TestDatabase::reopenKeepsDataAndSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pbdb"));
    {
        auto db = Database::create(path);
        QVERIFY(db);
        Person p;
        p.name = QStringLiteral("Jo");
        QVERIFY(PersonRepository(**db).add(p));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.ok() ? QString() : db.error().fullText()));
    QCOMPARE(countPeople(**db), 1);
    QVERIFY((*db)->backupPath().isEmpty()); // nothing to migrate, nothing copied
    QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(**db, QStringLiteral("synchronous")).toInt(), 2);
    // Foreign keys really are enforced: a plan for nobody is refused.
    QSqlQuery q((*db)->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO plans (person_id, version, status, agreed_by,"
                                   " budget_period, budget_source, ras_scheme_id,"
                                   " deployment_choice, deployment_nominee,"
                                   " deployment_isf_provider, deployment_third_party,"
                                   " emergency_what_to_do, emergency_contact_name,"
                                   " emergency_contact_phone) VALUES (999, 1, 'draft', '',"
                                   " 'year', 'entered', '', 'direct-payment', '', '', '', '',"
                                   " '', '')")));
}

void TestDatabase::manyDatabasesOpenAtOnce()
{
    QTemporaryDir dir;
    auto a = Database::create(dir.filePath(QStringLiteral("a.pbdb")));
    auto b = Database::create(dir.filePath(QStringLiteral("b.pbdb")));
    QVERIFY(a && b);
    QVERIFY((*a)->connection().connectionName() != (*b)->connection().connectionName());
    // A second Database on the same file gets its own connection too.
    auto a2 = Database::open(dir.filePath(QStringLiteral("a.pbdb")));
    QVERIFY(a2);
    QVERIFY((*a2)->connection().connectionName() != (*a)->connection().connectionName());

    Person p;
    p.name = QStringLiteral("Only in A");
    QVERIFY(PersonRepository(**a).add(p));
    QCOMPARE(countPeople(**a), 1);
    QCOMPARE(countPeople(**a2), 1); // same file, committed
    QCOMPARE(countPeople(**b), 0);

    a = Error {}; // closing one leaves the others working
    QCOMPARE(countPeople(**a2), 1);
    QVERIFY(PersonRepository(**b).add(p));
    QCOMPARE(countPeople(**b), 1);
}

void TestDatabase::openOrCreateMakesThenOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pbdb"));
    {
        auto db = Database::openOrCreate(path);
        QVERIFY(db);
        Person p;
        p.name = QStringLiteral("Jo");
        QVERIFY(PersonRepository(**db).add(p));
    }
    auto db = Database::openOrCreate(path);
    QVERIFY(db);
    QCOMPARE(countPeople(**db), 1);
}

void TestDatabase::emptyFileBecomesNewDatabase()
{
    // SQLite treats an empty file as an empty database; there is nothing in
    // it to lose, so it is set up rather than refused (and no backup is made).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pbdb"));
    writeFile(path, {});
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.ok() ? QString() : db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    QVERIFY((*db)->backupPath().isEmpty());
    QCOMPARE(countPeople(**db), 0);
}

void TestDatabase::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "my notes");
    const QByteArray before = fileHash(path);
    auto db = Database::create(path);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(QStringLiteral("already a file")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::createRefusesMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/a.pbdb"));
    auto db = Database::create(path);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(QStringLiteral("doesn't exist")));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::openRefusesMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.pbdb"));
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(QStringLiteral("There is no database")));
    QVERIFY(!QFile::exists(path)); // open never creates
}

enum class BadFile { Text, Binary, DamagedSqlite, OtherProgram, NewerVersion };
Q_DECLARE_METATYPE(BadFile)

void TestDatabase::refusedFileIsUntouched_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("a text document")
        << BadFile::Text << QStringLiteral("isn't a Personal Budget Planner database");
    QTest::newRow("random bytes") << BadFile::Binary
                                  << QStringLiteral("isn't a Personal Budget Planner database");
    QTest::newRow("SQLite header, damaged body")
        << BadFile::DamagedSqlite << QStringLiteral("Personal Budget Planner database");
    QTest::newRow("another program's database")
        << BadFile::OtherProgram << QStringLiteral("belongs to another program");
    QTest::newRow("a newer version's database")
        << BadFile::NewerVersion << QStringLiteral("newer version");
}

void TestDatabase::refusedFileIsUntouched()
{
    QFETCH(BadFile, kind);
    QFETCH(QString, phrase);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.pbdb"));
    switch (kind) {
    case BadFile::Text:
        writeFile(path, "Dear council,\nThis is a letter, not a database.\n");
        break;
    case BadFile::Binary: {
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i) {
            bytes[i] = char((i * 7919) % 251);
        }
        writeFile(path, bytes);
        break;
    }
    case BadFile::DamagedSqlite: {
        // A real header followed by nonsense: SQLite itself must spot it.
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(4080, '\x5a');
        writeFile(path, bytes);
        break;
    }
    case BadFile::OtherProgram: {
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('bara brith')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        break;
    }
    case BadFile::NewerVersion: {
        auto db = Database::create(path);
        QVERIFY(db);
        Person p;
        p.name = QStringLiteral("Kept safe");
        QVERIFY(PersonRepository(**db).add(p));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 'x')")));
        q.addBindValue(Schema::currentVersion() + 1);
        QVERIFY(q.exec());
        break;
    }
    }
    QVERIFY(workingFilesLeft(path).isEmpty());
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(phrase), qPrintable(db.error().fullText()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(workingFilesLeft(path), QStringList());
}

void TestDatabase::readOnlyFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pbdb"));
    QVERIFY(Database::create(path));
    const QByteArray before = fileHash(path);
    // The folder stays open to everyone so that only the file is read-only.
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    // As root, permissions don't stop writes: the check runs as "nobody".
    const int result = pb::test::runUnprivileged([&] {
        auto db = Database::open(path);
        if (db) {
            return 1;
        }
        return db.error().message.contains(QStringLiteral("is read-only")) ? 0 : 2;
    });
    QCOMPARE(result, 0);
    QCOMPARE(fileHash(path), before);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestDatabase::readOnlyFolderIsRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/a.pbdb");
    QVERIFY(Database::create(path));
    const QByteArray before = fileHash(path);
    const auto everyoneReads = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), everyoneReads | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(folder, everyoneReads)); // nobody may add files
    QVERIFY(QFile::setPermissions(path,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup
            | QFile::ReadOther | QFile::WriteOther)); // the file itself is writable

    const int result = pb::test::runUnprivileged([&] {
        auto db = Database::open(path);
        if (db) {
            return 1;
        }
        return db.error().message.contains(QStringLiteral("The folder")) ? 0 : 2;
    });
    QCOMPARE(result, 0);
    QCOMPARE(fileHash(path), before);
    QVERIFY(QFile::setPermissions(folder, everyoneReads | QFile::WriteOwner));
}

void TestDatabase::readOnlyOptionReadsButNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pbdb"));
    {
        auto db = Database::create(path);
        QVERIFY(db);
        Person p;
        p.name = QStringLiteral("Jo");
        QVERIFY(PersonRepository(**db).add(p));
    }
    const QByteArray before = fileHash(path);
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    QVERIFY2(db, qPrintable(db.ok() ? QString() : db.error().fullText()));
    QVERIFY((*db)->isReadOnly());
    PersonRepository people(**db);
    auto list = people.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);

    // A write goes as far as SQLite, which refuses it (even for root).
    Person p;
    p.name = QStringLiteral("Not saved");
    auto added = people.add(p);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QStringLiteral("can be read but not changed")),
        qPrintable(added.error().fullText()));
    auto renamed = list->first();
    renamed.name = QStringLiteral("Changed");
    QVERIFY(!people.update(renamed));
    db = Error {};
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::readOnlyOptionRefusesOlderDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.pbdb"));
    pb::test::createAtVersion(path, 1).reset();
    const QByteArray before = fileHash(path);
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(QStringLiteral("must be updated")));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".before-v%1.bak").arg(Schema::currentVersion())));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("a.pbdb")));
    QVERIFY(db);
    const QString insert = QStringLiteral(
        "INSERT INTO persons (name, helper_name, phone, email, address, preferred_language,"
        " wants_easy_read) VALUES ('Jo', '', '', '', '', '', 0)");
    {
        Transaction tx((*db)->connection());
        QVERIFY(tx.started());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(insert));
        QCOMPARE(countPeople(**db), 1); // visible inside the transaction
        // leaves scope without commit()
    }
    QCOMPARE(countPeople(**db), 0);
    {
        Transaction tx((*db)->connection());
        QVERIFY(tx.started());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(insert));
        QVERIFY(tx.commit());
    }
    QCOMPARE(countPeople(**db), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
