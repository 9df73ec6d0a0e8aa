#include "checks/planchecker.h"
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "demo/democaseload.h"
#include "demo/demodatabase.h"
#include "demo/syntheticcaseload.h"
#include "spending/buildupcheck.h"
#include "storage/caseloadquery.h"
#include "storage/caseloadreviewquery.h"
#include "storage/database.h"
#include "storage/paymentrepository.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

using namespace pb;

class TestDemoCaseload : public QObject {
    Q_OBJECT
private slots:
    void eightPeopleWithIbsenShapedBudgets_data();
    void eightPeopleWithIbsenShapedBudgets();
    void noDemoPlanHasAnError();
    void committedExamplesMatchTheDemo();
    void demoDatabaseHoldsEveryone();
    void demoNeverOverwritesAFile();
    void demoHasReviewsThemesAndMoneyToShow();
    void syntheticIsRepeatableForASeed();
};

void TestDemoCaseload::eightPeopleWithIbsenShapedBudgets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("budgetPounds");
    QTest::addColumn<int>("deployment");
    // IBSEN means: learning disability £18,610, older people £7,860, mental health £5,530,
    // physical disability £11,150.
    QTest::newRow("learning disability, direct payment")
        << QStringLiteral("Aisha Khan") << qint64(18610) << int(DeploymentChoice::DirectPayment);
    QTest::newRow("older person, council-managed") << QStringLiteral(
        "Harold Pritchard") << qint64(7860) << int(DeploymentChoice::CouncilManaged);
    QTest::newRow("mental health")
        << QStringLiteral("Daniel Okafor") << qint64(5530) << int(DeploymentChoice::DirectPayment);
    QTest::newRow("physical disability, ISF") << QStringLiteral("Grace Thompson") << qint64(11150)
                                              << int(DeploymentChoice::IndividualServiceFund);
    QTest::newRow("mixed") << QStringLiteral("Tom Evans") << qint64(14200)
                           << int(DeploymentChoice::Mixed);
}

void TestDemoCaseload::eightPeopleWithIbsenShapedBudgets()
{
    QFETCH(QString, name);
    QFETCH(qint64, budgetPounds);
    QFETCH(int, deployment);
    const auto people = DemoCaseload::people();
    QCOMPARE(people.size(), 8);
    const auto it = std::find_if(people.cbegin(), people.cend(),
        [&](const PlanFileContents& c) { return c.person.name == name; });
    QVERIFY(it != people.cend());
    QCOMPARE(it->plan.budget.amount(), std::optional<Money>(Money::fromPounds(budgetPounds)));
    QCOMPARE(int(it->plan.deployment.choice), deployment);
    // The plan spends most of its budget, as real plans do: within 15% of it, not over.
    const auto rates = RateTableLoader::builtInFor(PlanTotals::costingDate(it->plan));
    QVERIFY(rates.ok());
    const PlanTotals totals = PlanTotals::calculate(it->plan, rates.value());
    QVERIFY(!totals.isOverBudget());
    QVERIFY2(totals.plannedYearly().times(100) >= Money::fromPounds(budgetPounds).times(85),
        qPrintable(QString::number(totals.plannedYearly().pence())));
}

void TestDemoCaseload::noDemoPlanHasAnError()
{
    for (const PlanFileContents& c : DemoCaseload::people()) {
        const auto rates = RateTableLoader::builtInFor(PlanTotals::costingDate(c.plan));
        QVERIFY(rates.ok());
        for (const Finding& f : PlanChecker(rates.value()).check(c.plan)) {
            QVERIFY2(f.severity != FindingSeverity::Error,
                qPrintable(c.person.name + QStringLiteral(": ") + f.message));
        }
    }
}

void TestDemoCaseload::committedExamplesMatchTheDemo()
{
    // resources/examples was written by `pbplanner demo --write-examples`;
    // when the demo changes, write them again (the README says how).
    for (const PlanFileContents& c : DemoCaseload::people()) {
        const QString path = test::sourcePath(
            QStringLiteral("resources/examples/%1.pbplan").arg(DemoCaseload::fileStem(c.person)));
        const auto read = PlanFile::read(path);
        QVERIFY2(read.ok(),
            qPrintable(
                path + QStringLiteral(": ") + (read.ok() ? QString() : read.error().fullText())));
        QCOMPARE(read.value().person, c.person);
        QCOMPARE(read.value().plan, c.plan);
    }
}

void TestDemoCaseload::demoDatabaseHoldsEveryone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(path).ok());
    auto db = Database::open(path);
    QVERIFY(db.ok());
    const auto entries = CaseloadQuery(*db.value()).list();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 8);
    const int agreed = int(std::count_if(entries.value().cbegin(), entries.value().cend(),
        [](const CaseloadEntry& e) { return e.status == PlanStatus::Agreed; }));
    QCOMPARE(agreed, 4); // Harold, Daniel, Grace and Peggy: the statuses are kept
}

void TestDemoCaseload::demoHasReviewsThemesAndMoneyToShow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(path).ok());
    auto db = Database::open(path);
    QVERIFY(db.ok());

    // Grace and Peggy had their three-month reviews; Peggy's garden got worse.
    const auto reviews = CaseloadReviewQuery(*db.value()).list();
    QVERIFY(reviews.ok());
    QCOMPARE(reviews.value().size(), 2);
    int better = 0;
    int worse = 0;
    int tagged = 0;
    for (const CaseloadReview& r : reviews.value()) {
        for (const OutcomeReview& o : r.review.outcomes) {
            better += o.rating == OutcomeRating::Better ? 1 : 0;
            worse += o.rating == OutcomeRating::Worse ? 1 : 0;
        }
        for (const auto& comment : r.themes) {
            tagged += int(comment.themes.size());
        }
    }
    QCOMPARE(better, 3);
    QCOMPARE(worse, 1);
    QCOMPARE(tagged, 5); // same workers x2, transport x2, health

    // Daniel's account: 6 x £460.83 in; the gym 5 x £30 and Marcus's wages
    // (£297 + £222.75 + £81 + £297 + £324) out: £1,393.23 left, more than 8
    // weeks of his £5,530 a year (about £851), so the build-up warning shows.
    const auto entries = CaseloadQuery(*db.value()).list();
    QVERIFY(entries.ok());
    qint64 daniel = 0;
    for (const CaseloadEntry& e : entries.value()) {
        if (e.name == QLatin1String("Daniel Okafor")) {
            daniel = e.personId;
        }
    }
    const auto payments = PaymentRepository(*db.value()).list(daniel);
    QVERIFY(payments.ok());
    QCOMPARE(payments.value().size(), 16);
    Money balance;
    for (const Payment& p : payments.value()) {
        balance += p.signedAmount();
        if (!p.isMoneyIn()) {
            QVERIFY(p.itemKey.has_value()); // every payment out is for a support item
        }
    }
    QCOMPARE(balance, Money::fromPence(139323));
    QVERIFY(BuildUpCheck::assess(balance, Money::fromPounds(5530), 8).isBuildingUp());
}

void TestDemoCaseload::demoNeverOverwritesAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.pbdb"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("somebody's data");
    file.close();
    const Status made = DemoDatabase::createDemo(path);
    QVERIFY(!made.ok());
    QVERIFY(made.error().message.contains(QStringLiteral("already a file")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("somebody's data"));
}

void TestDemoCaseload::syntheticIsRepeatableForASeed()
{
    SyntheticCaseload a(7);
    SyntheticCaseload b(7);
    SyntheticCaseload c(8);
    bool differs = false;
    for (int i = 0; i < 50; ++i) {
        const PlanFileContents x = a.make(i);
        const PlanFileContents y = b.make(i);
        QCOMPARE(x.plan, y.plan);
        QVERIFY(x.plan.outcomes.size() >= 3);
        QVERIFY(x.plan.items.size() >= 4);
        differs = differs || !(c.make(i).plan == x.plan);
    }
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(TestDemoCaseload)
#include "test_democaseload.moc"
