#include "spending/spendingsettings.h"
#include "storage/caseloadreviewquery.h"
#include "storage/database.h"
#include "storage/paymentrepository.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"
#include "storage/reviewthemerepository.h"
#include "storage/schema.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "storagetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pb;
using pb::test::fileHash;

namespace {

// The current steps plus one more that fails part way through.
Database::Options withFailingStep(Migration extra)
{
    Database::Options options;
    options.migrations = Schema::migrations();
    extra.version = Schema::currentVersion() + 1;
    options.migrations.append(extra);
    return options;
}

QStringList backupsBeside(const QString& path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral(".before-v*.bak")}, QDir::Files, QDir::Name);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void stepsAreNumberedInOrder();
    void everyEarlierVersionIsMigratedWithItsData_data();
    void everyEarlierVersionIsMigratedWithItsData();
    void earlierBackupIsNeverOverwritten();
    void failedStepLeavesFileUntouched_data();
    void failedStepLeavesFileUntouched();
};

void TestMigrations::stepsAreNumberedInOrder()
{
    const auto& steps = Schema::migrations();
    QVERIFY(steps.size() >= 2);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).statements.isEmpty() || steps.at(i).apply);
    }
    QCOMPARE(Schema::currentVersion(), steps.size());
}

void TestMigrations::everyEarlierVersionIsMigratedWithItsData_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Schema::currentVersion(); ++v) {
        QTest::addRow("from version %d", v) << v;
    }
}

void TestMigrations::everyEarlierVersionIsMigratedWithItsData()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.pbdb"));
    {
        auto old = pb::test::createAtVersion(path, version);
        QCOMPARE(old->schemaVersion(), version);
        pb::test::writeOldData(*old, version);
    }
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.ok() ? QString() : db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());

    // The backup sits beside the file, named for the version it was taken
    // before, and holds exactly the bytes the file had.
    const QString backup = path + QStringLiteral(".before-v%1.bak").arg(Schema::currentVersion());
    QCOMPARE((*db)->backupPath(), backup);
    QCOMPARE(fileHash(backup), before);

    // The person and their plan survived, field by field (values written by
    // writeOldData in the version's own columns).
    auto person = PersonRepository(**db).load(5);
    QVERIFY2(person, qPrintable(person.ok() ? QString() : person.error().fullText()));
    QCOMPARE(person->name, QStringLiteral("Rhian Price"));
    QCOMPARE(person->dateOfBirth, QDate(1961, 6, 30));
    QCOMPARE(person->helperName, QStringLiteral("Tom"));
    QCOMPARE(person->email, QStringLiteral("rhian@example.org"));
    QVERIFY(person->wantsEasyRead);
    QVERIFY(!person->archived); // version 3 added the flag: existing people are not archived

    auto plan = PlanRepository(**db).load(9);
    QVERIFY2(plan, qPrintable(plan.ok() ? QString() : plan.error().fullText()));
    QCOMPARE(plan->personId, qint64(5));
    QCOMPARE(plan->status, PlanStatus::Agreed);
    QCOMPARE(plan->agreedAt, QDateTime(QDate(2026, 2, 1), QTime(9, 30), QTimeZone::utc()));
    QCOMPARE(plan->reviewDate, QDate(2027, 2, 1));
    QCOMPARE(plan->budget.indicative, std::optional<Money>(Money::fromPence(700000)));
    QVERIFY(!plan->budget.agreed.has_value());
    QCOMPARE(plan->budget.period, Period::Year);
    QVERIFY(!plan->budget.end.isValid());
    QCOMPARE(plan->deployment.choice, DeploymentChoice::CouncilManaged);
    QCOMPARE(plan->emergency.contactPhone, QStringLiteral("01632 960001"));
    QCOMPARE(plan->budget.streams.size(), 1);
    QCOMPARE(plan->outcomes.size(), 1);
    QCOMPARE(plan->outcomes.first().lifeArea, LifeArea::PeopleAndCommunity);
    QCOMPARE(plan->items.size(), 1);
    QCOMPARE(plan->items.first().type, SupportType::Transport);
    QCOMPARE(plan->items.first().outcomeKeys, QList<int> {2});
    QCOMPARE(plan->reviews.size(), version >= 2 ? 1 : 0);
    if (version >= 2) {
        QCOMPARE(plan->reviews.first().decision, ReviewDecision::KeepPlan);
        QCOMPARE(plan->reviews.first().outcomes.first().rating, OutcomeRating::Better);
    }
    auto snapshot = PlanRepository(**db).snapshot(9);
    QVERIFY(snapshot);
    QCOMPARE(*snapshot, QByteArray("<snapshot/>"));

    // Version 4 added themes of review comments: they survive the later
    // steps, and every migrated database can tag a review and list it.
    if (version >= 2) {
        const ReviewComment working {9, 0, ReviewQuestion::Working, 0};
        ReviewThemeRepository themes(**db);
        QCOMPARE(*themes.themes(working),
            version >= 4 ? QStringList {QStringLiteral("Taxi")} : QStringList());
        QVERIFY(themes.setThemes(working, {QStringLiteral("Transport")}));
        const auto reviews = CaseloadReviewQuery(**db).list();
        QVERIFY(reviews);
        QCOMPARE(reviews->size(), 1);
        QCOMPARE(reviews->first().themesOf(ReviewQuestion::Working),
            QStringList {QStringLiteral("Transport")});
        QCOMPARE(reviews->first().outcome(2)->lifeArea, LifeArea::PeopleAndCommunity);
    }

    // And the migrated database works: the new column is usable.
    QVERIFY(PersonRepository(**db).archive(5));
    auto shown = PersonRepository(**db).list();
    QVERIFY(shown);
    QVERIFY(shown->isEmpty());

    // Version 5's payments and settings work on the migrated file, and an
    // older file starts with none and the default build-up weeks.
    QVERIFY(PaymentRepository(**db).list(5)->isEmpty());
    QCOMPARE(SpendingSettings::load(SettingsRepository(**db))->buildUpWeeks,
        SpendingSettings::kDefaultBuildUpWeeks);
    Payment paid;
    paid.personId = 5;
    paid.date = QDate(2026, 5, 1);
    paid.amount = Money::fromPence(22750);
    QVERIFY(PaymentRepository(**db).add(paid));
    QCOMPARE(PaymentRepository(**db).list(5)->size(), 1);
    SettingsRepository settings(**db);
    QVERIFY(SpendingSettings::saveBuildUpWeeks(settings, 6));

    // Opening again migrates nothing and copies nothing more.
    db = Error {};
    auto again = Database::open(path);
    QVERIFY(again);
    QVERIFY((*again)->backupPath().isEmpty());
    QCOMPARE(backupsBeside(path), QStringList {QFileInfo(backup).fileName()});
}

void TestMigrations::earlierBackupIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.pbdb"));
    pb::test::createAtVersion(path, 1).reset();
    const QString first = path + QStringLiteral(".before-v%1.bak").arg(Schema::currentVersion());
    {
        QFile stale(first);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("an older copy the person kept");
    }
    const QByteArray staleHash = fileHash(first);
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(db);
    QVERIFY((*db)->backupPath() != first);
    QCOMPARE(fileHash((*db)->backupPath()), before);
    QCOMPARE(fileHash(first), staleHash);
}

enum class Failure { BadStatement, DiskFull };
Q_DECLARE_METATYPE(Failure)

void TestMigrations::failedStepLeavesFileUntouched_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("phrase");
    for (int v = 1; v <= Schema::currentVersion(); ++v) {
        QTest::addRow("from version %d, a statement fails", v)
            << v << Failure::BadStatement << QStringLiteral("couldn't be finished");
        QTest::addRow("from version %d, the disk fills up", v)
            << v << Failure::DiskFull << QStringLiteral("free space");
    }
}

void TestMigrations::failedStepLeavesFileUntouched()
{
    QFETCH(int, fromVersion);
    QFETCH(Failure, failure);
    QFETCH(QString, phrase);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.pbdb"));
    {
        auto old = pb::test::createAtVersion(path, fromVersion);
        pb::test::writeOldData(*old, fromVersion);
    }
    const QByteArray before = fileHash(path);

    Migration extra;
    extra.summary = QStringLiteral("a step that fails");
    if (failure == Failure::BadStatement) {
        // The first statement works, the second can't: the first must not stay.
        extra.statements = {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
            QStringLiteral("INSERT INTO no_such_table VALUES (1)")};
    } else {
        // Caps the file at its present size, then writes until SQLite reports
        // SQLITE_FULL, the same failure a full disk gives.
        extra.statements = {QStringLiteral("CREATE TABLE filler (x TEXT)")};
        extra.apply = [](QSqlDatabase& db) -> Status {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next()) {
                return StorageError::fromSql(q.lastError());
            }
            const int pages = q.value(0).toInt();
            q.finish();
            if (!q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1))) {
                return StorageError::fromSql(q.lastError());
            }
            for (int i = 0; i < 1000; ++i) {
                if (!q.exec(QStringLiteral("INSERT INTO filler VALUES ('%1')")
                                .arg(QString(4000, QLatin1Char('x'))))) {
                    return StorageError::fromSql(q.lastError());
                }
            }
            return success();
        };
    }

    auto db = Database::open(path, withFailingStep(extra));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(phrase), qPrintable(db.error().fullText()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(backupsBeside(path), QStringList()); // the untouched original needs no copy

    // The file still opens with the program that made it, at its own version.
    Database::Options asBefore;
    asBefore.migrations = Schema::migrations().mid(0, fromVersion);
    auto reopened = Database::open(path, asBefore);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->schemaVersion(), fromVersion);
    QVERIFY(!(*reopened)->connection().tables().contains(QStringLiteral("half_done")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
