#include "sampleplan.h"
#include "storage/caseloadquery.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

namespace {

Person named(const char* name)
{
    Person p;
    p.name = QString::fromLatin1(name);
    p.dateOfBirth = QDate(1970, 1, 1);
    return p;
}

// The fields the caseload carries for costing.
SupportItem costingFields(const SupportItem& item)
{
    SupportItem c;
    c.key = item.key;
    c.type = item.type;
    c.route = item.route;
    c.paidFrom = item.paidFrom;
    c.unitPrice = item.unitPrice;
    c.quantityHundredths = item.quantityHundredths;
    c.frequency = item.frequency;
    c.includeEmploymentCosts = item.includeEmploymentCosts;
    return c;
}

QList<SupportItem> costingFields(const QList<SupportItem>& items)
{
    QList<SupportItem> out;
    for (const SupportItem& i : items) {
        out << costingFields(i);
    }
    return out;
}

} // namespace

class TestCaseloadQuery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryoneByNameWithTheirCurrentPlan();
    void budgetIsConvertedToAYear_data();
    void budgetIsConvertedToAYear();
    void archivedPeopleOnlyWhenAskedFor();
    void itemsCanBeLeftOut();
    void onePersonsEntryMatchesTheirLineInTheList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_ann = 0, m_bob = 0, m_cara = 0, m_dev = 0;
    Plan m_annV2;
    Plan m_dev1;
};

void TestCaseloadQuery::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::create(m_dir->filePath(QStringLiteral("caseload.pbdb")));
    QVERIFY(db);
    m_db = std::move(db).value();
    PersonRepository people(*m_db);
    PlanRepository plans(*m_db);
    // Added out of name order, so the listing's order is its own doing.
    m_dev = *people.add(named("Dev"));
    m_bob = *people.add(named("Bob"));
    m_ann = *people.add(named("Ann"));
    m_cara = *people.add(named("Cara"));

    // Ann: version 1 agreed, version 2 a draft with a different budget and a changed item.
    auto ann1 = plans.createPlan(m_ann, pb::test::samplePlan(), QDate(2027, 1, 1));
    QVERIFY(ann1);
    QVERIFY(plans.agree(ann1->id, QStringLiteral("Priya"),
        QDateTime(QDate(2027, 1, 5), QTime(9, 0)), QDate(2028, 1, 5)));
    auto ann2 = plans.newDraftFrom(ann1->id, QDate(2027, 6, 1));
    QVERIFY(ann2);
    m_annV2 = *ann2;
    m_annV2.budget.indicative = Money::fromPence(100000); // £1,000 a month
    m_annV2.budget.agreed.reset();
    m_annV2.budget.period = Period::Month;
    QVERIFY(plans.updateBudget(m_annV2.id, m_annV2.budget));
    m_annV2.items[0].unitPrice = Money::fromPence(1400);
    QVERIFY(plans.upsertSupportItem(m_annV2.id, m_annV2.items[0]));
    // The listing keeps the plan's order, not the order of the item keys.
    std::reverse(m_annV2.items.begin(), m_annV2.items.end());
    QList<int> keys;
    for (const SupportItem& item : m_annV2.items) {
        keys << item.key;
    }
    QVERIFY(plans.reorderSupportItems(m_annV2.id, keys));

    // Dev: one agreed plan of £18,610 a year.
    Plan dev = pb::test::samplePlan();
    dev.budget.period = Period::Year;
    dev.budget.indicative = Money::fromPounds(18000);
    dev.budget.agreed = Money::fromPounds(18610);
    dev.items.removeLast();
    auto dev1 = plans.createPlan(m_dev, dev, QDate(2027, 2, 1));
    QVERIFY(dev1);
    auto agreed = plans.agree(dev1->id, QStringLiteral("Panel"),
        QDateTime(QDate(2027, 2, 3), QTime(11, 0)), QDate(2027, 8, 3));
    QVERIFY(agreed);
    m_dev1 = *agreed;

    // Cara: archived, with a draft.
    QVERIFY(plans.createPlan(m_cara, pb::test::samplePlan(), QDate(2027, 1, 1)));
    QVERIFY(people.archive(m_cara));
    // Bob: no plan yet.
}

void TestCaseloadQuery::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

void TestCaseloadQuery::listsEveryoneByNameWithTheirCurrentPlan()
{
    auto list = CaseloadQuery(*m_db).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    const CaseloadEntry& ann = list->at(0);
    const CaseloadEntry& bob = list->at(1);
    const CaseloadEntry& dev = list->at(2);
    QCOMPARE(ann.name, QStringLiteral("Ann"));
    QCOMPARE(bob.name, QStringLiteral("Bob"));
    QCOMPARE(dev.name, QStringLiteral("Dev"));
    QCOMPARE(ann.personId, m_ann);

    // Ann's current plan is the newest version: the draft.
    QCOMPARE(ann.planId, m_annV2.id);
    QCOMPARE(ann.version, 2);
    QCOMPARE(ann.status, PlanStatus::Draft);
    QCOMPARE(ann.reviewDate, QDate(2028, 1, 5)); // copied into the new draft
    QCOMPARE(ann.deployment, DeploymentChoice::Mixed);
    QCOMPARE(ann.items, costingFields(m_annV2.items));
    QCOMPARE(ann.items.last().unitPrice, Money::fromPence(1400));
    QCOMPARE(ann.items.first().key, 11); // the sample's last item (key 11), moved first

    QVERIFY(!bob.hasPlan());
    QVERIFY(bob.items.isEmpty());
    QVERIFY(!bob.budgetAmount.has_value());

    QCOMPARE(dev.planId, m_dev1.id);
    QCOMPARE(dev.status, PlanStatus::Agreed);
    QCOMPARE(dev.version, 1);
    QCOMPARE(dev.agreedAt, QDateTime(QDate(2027, 2, 3), QTime(11, 0)));
    QCOMPARE(dev.reviewDate, QDate(2027, 8, 3));
    QCOMPARE(dev.createdOn, QDate(2027, 2, 1));
    QCOMPARE(dev.items, costingFields(m_dev1.items));
    QCOMPARE(dev.items.size(), 4);
    const Plan costing = dev.costingPlan();
    QCOMPARE(costing.budget.amount(), std::optional<Money>(Money::fromPounds(18610)));
    QCOMPARE(costing.items, dev.items);
}

void TestCaseloadQuery::budgetIsConvertedToAYear_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<Period>("period");
    QTest::addColumn<qint64>("aYear");
    // The agreed amount wins over the indicative one once there is one.
    // Dev: £18,610 agreed a year -> £18,610 a year.
    QTest::newRow("agreed, a year")
        << QStringLiteral("Dev") << qint64(1861000) << Period::Year << qint64(1861000);
    // Ann: £1,000 indicative a month, 12 months a year -> £12,000 a year.
    QTest::newRow("indicative, a month")
        << QStringLiteral("Ann") << qint64(100000) << Period::Month << qint64(1200000);
}

void TestCaseloadQuery::budgetIsConvertedToAYear()
{
    QFETCH(QString, name);
    QFETCH(qint64, amount);
    QFETCH(Period, period);
    QFETCH(qint64, aYear);
    auto list = CaseloadQuery(*m_db).list();
    QVERIFY(list);
    const auto it = std::find_if(
        list->cbegin(), list->cend(), [&](const CaseloadEntry& e) { return e.name == name; });
    QVERIFY(it != list->cend());
    QCOMPARE(it->budgetAmount, std::optional<Money>(Money::fromPence(amount)));
    QCOMPARE(it->budgetPeriod, period);
    QCOMPARE(it->budgetAYear, std::optional<Money>(Money::fromPence(aYear)));
}

void TestCaseloadQuery::archivedPeopleOnlyWhenAskedFor()
{
    auto all = CaseloadQuery(*m_db).list(CaseloadQuery::Archived::Shown);
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    const CaseloadEntry& cara = all->at(2);
    QCOMPARE(cara.name, QStringLiteral("Cara"));
    QVERIFY(cara.archived);
    QVERIFY(cara.hasPlan());
    QCOMPARE(cara.status, PlanStatus::Draft);
    // £230.50 agreed a week x 52 weeks = £11,986.00 a year.
    QCOMPARE(cara.budgetAYear, std::optional<Money>(Money::fromPence(1198600)));
    QCOMPARE(cara.items.size(), 5);
}

void TestCaseloadQuery::itemsCanBeLeftOut()
{
    auto list =
        CaseloadQuery(*m_db).list(CaseloadQuery::Archived::Hidden, CaseloadQuery::Items::Without);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    for (const CaseloadEntry& e : *list) {
        QVERIFY(e.items.isEmpty());
    }
    QCOMPARE(list->at(2).planId, m_dev1.id);
}

void TestCaseloadQuery::onePersonsEntryMatchesTheirLineInTheList()
{
    auto all = CaseloadQuery(*m_db).list(CaseloadQuery::Archived::Shown);
    QVERIFY(all);
    for (const CaseloadEntry& listed : *all) {
        auto one = CaseloadQuery(*m_db).entry(listed.personId);
        QVERIFY(one);
        QVERIFY(one->has_value());
        const CaseloadEntry& e = **one;
        QCOMPARE(e.name, listed.name);
        QCOMPARE(e.archived, listed.archived); // archived people are found too
        QCOMPARE(e.planId, listed.planId);
        QCOMPARE(e.version, listed.version);
        QCOMPARE(e.status, listed.status);
        QCOMPARE(e.budgetAYear, listed.budgetAYear);
        QCOMPARE(e.items.size(), listed.items.size());
        for (qsizetype i = 0; i < e.items.size(); ++i) {
            QCOMPARE(e.items.at(i).key, listed.items.at(i).key);
            QCOMPARE(e.items.at(i).unitPrice, listed.items.at(i).unitPrice);
        }
    }
    // Nobody has this id: no entry, and no error.
    auto nobody = CaseloadQuery(*m_db).entry(987654);
    QVERIFY(nobody);
    QVERIFY(!nobody->has_value());
}

QTEST_GUILESS_MAIN(TestCaseloadQuery)
#include "test_caseloadquery.moc"
