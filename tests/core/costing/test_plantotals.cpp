// A plan's sums: planned cost, budget, left over, and the split by route,
// outcome and funding source, worked out by hand.
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QtTest>

using pb::FundingSource;
using pb::Money;
using pb::Period;
using pb::Plan;
using pb::PlanTotals;
using pb::Route;
using pb::SupportItem;
using pb::SupportType;

namespace {

SupportItem item(int key, SupportType type, qint64 pricePence, int quantityHundredths,
    Period frequency, Route route, FundingSource paidFrom, QList<int> outcomes)
{
    SupportItem i;
    i.key = key;
    i.type = type;
    i.unitPrice = Money::fromPence(pricePence);
    i.quantityHundredths = quantityHundredths;
    i.frequency = frequency;
    i.route = route;
    i.paidFrom = paidFrom;
    i.outcomeKeys = outcomes;
    return i;
}

// Budget £400 a week (£20,800 a year) from council £380 + own contribution £20.
// Items, a year:
//   20 PA Jo 10 h at £12.71, direct payment, council, outcome 1       £8,356.25
//   21 home care 7 h at £25 a week, council-managed, council, 1 and 2  £9,100.00
//   22 leisure £30 a week, direct payment, own contribution, 2 and 3   £1,560.00
//   23 gym £100 a month, direct payment, council, no outcome           £1,200.00
//   24 sister's help, unpaid, outcome 3                                    £0.00
//   25 equipment £520 once, ISF, council, outcomes 1, 2 and 3            £520.00
//   planned                                                           £20,736.25
Plan examplePlan()
{
    Plan plan;
    plan.budget.agreed = Money::fromPounds(400);
    plan.budget.period = Period::Week;
    plan.budget.streams = {{10, FundingSource::CouncilSocialCare, Money::fromPounds(380), {}},
        {11, FundingSource::OwnContribution, Money::fromPounds(20), {}}};
    plan.outcomes = {
        {1, QStringLiteral("Get up and dressed"), pb::LifeArea::PersonalCare, true, {}},
        {2, QStringLiteral("Swim every week"), pb::LifeArea::ThingsIDo, true, {}},
        {3, QStringLiteral("Keep my job"), pb::LifeArea::WorkAndLearning, true, {}}};
    SupportItem pa = item(20, SupportType::PersonalAssistant, 1271, 1000, Period::Week,
        Route::DirectPayment, FundingSource::CouncilSocialCare, {1});
    pa.provider = QStringLiteral("Jo");
    plan.items = {pa,
        item(21, SupportType::AgencyHomeCare, 2500, 700, Period::Week, Route::CouncilManaged,
            FundingSource::CouncilSocialCare, {1, 2}),
        item(22, SupportType::Leisure, 3000, 100, Period::Week, Route::DirectPayment,
            FundingSource::OwnContribution, {2, 3}),
        item(23, SupportType::Leisure, 10000, 100, Period::Month, Route::DirectPayment,
            FundingSource::CouncilSocialCare, {}),
        item(24, SupportType::Unpaid, 0, 100, Period::Week, Route::DirectPayment,
            FundingSource::CouncilSocialCare, {3}),
        item(25, SupportType::Equipment, 52000, 100, Period::Once, Route::IndividualServiceFund,
            FundingSource::CouncilSocialCare, {1, 2, 3})};
    return plan;
}

} // namespace

class TestPlanTotals : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void totalsAndLeftOver();
    void overBudget_data();
    void overBudget();
    void routes();
    void outcomesSplitEvenly();
    void fundingSources();
    void streamsDifference();
    void employmentAllowance();
    void costingDate();
    void json();

private:
    pb::RateTable m_rates;
};

void TestPlanTotals::initTestCase()
{
    const auto loaded = pb::RateTableLoader::load(
        pb::test::sourcePath(QStringLiteral("resources/rates/england-2026-27.json")));
    QVERIFY(loaded.ok());
    m_rates = loaded.value();
}

void TestPlanTotals::totalsAndLeftOver()
{
    const PlanTotals t = PlanTotals::calculate(examplePlan(), m_rates);
    QCOMPARE(t.budgetPeriod(), Period::Week);
    QCOMPARE(t.plannedYearly(), Money::fromPence(2073625));
    // £20,736.25 ÷ 52 = £398.774 -> £398.77 a week.
    QCOMPARE(t.planned(), Money::fromPence(39877));
    QCOMPARE(t.budget(), Money::fromPounds(400));
    QCOMPARE(t.budgetYearly(), Money::fromPounds(20800));
    // £400 − £398.77 = £1.23 a week; £20,800 − £20,736.25 = £63.75 a year.
    QCOMPARE(t.leftOver(), Money::fromPence(123));
    QCOMPARE(t.leftOverYearly(), Money::fromPence(6375));
    QVERIFY(!t.isOverBudget());
    QCOMPARE(t.assistantsEmployed(), 1);
    QCOMPARE(t.items().size(), 6);
    QCOMPARE(t.item(21)->yearly(), Money::fromPounds(9100));
    QVERIFY(t.item(99) == nullptr);
}

void TestPlanTotals::overBudget_data()
{
    QTest::addColumn<bool>("hasBudget");
    QTest::addColumn<qint64>("budgetPounds");
    QTest::addColumn<bool>("over");
    QTest::addColumn<qint64>("leftOverPence");
    // £350 − £398.77 = −£48.77 a week.
    QTest::newRow("£350 a week is too little") << true << qint64(350) << true << qint64(-4877);
    // £398.77 a week exactly: nothing left, not over.
    QTest::newRow("exactly enough") << true << qint64(0) << false << qint64(0);
    QTest::newRow("no budget yet") << false << qint64(0) << false << qint64(0);
}

void TestPlanTotals::overBudget()
{
    QFETCH(bool, hasBudget);
    QFETCH(qint64, budgetPounds);
    QFETCH(bool, over);
    QFETCH(qint64, leftOverPence);
    Plan plan = examplePlan();
    plan.budget.agreed.reset();
    if (hasBudget) {
        plan.budget.agreed =
            budgetPounds == 0 ? Money::fromPence(39877) : Money::fromPounds(budgetPounds);
    }
    const PlanTotals t = PlanTotals::calculate(plan, m_rates);
    QCOMPARE(t.isOverBudget(), over);
    QCOMPARE(t.leftOver().has_value(), hasBudget);
    QCOMPARE(t.budgetYearly().has_value(), hasBudget);
    if (hasBudget) {
        QCOMPARE(t.leftOver()->pence(), leftOverPence);
    }
}

void TestPlanTotals::routes()
{
    const PlanTotals t = PlanTotals::calculate(examplePlan(), m_rates);
    // Direct payment £8,356.25 + £1,560 + £1,200 = £11,116.25 (the unpaid item is not counted);
    // council-managed £9,100; ISF £520. In enum order.
    QCOMPARE(t.routes().size(), 3);
    QCOMPARE(t.routes().at(0).route, Route::DirectPayment);
    QCOMPARE(t.routes().at(0).yearly, Money::fromPence(1111625));
    QCOMPARE(t.routes().at(0).items, 3);
    // £11,116.25 ÷ 52 = £213.774 -> £213.77 a week.
    QCOMPARE(t.routes().at(0).inBudgetPeriod, Money::fromPence(21377));
    QCOMPARE(t.routes().at(1).route, Route::CouncilManaged);
    QCOMPARE(t.routes().at(1).inBudgetPeriod, Money::fromPounds(175));
    QCOMPARE(t.routes().at(2).route, Route::IndividualServiceFund);
    QCOMPARE(t.routeYearly(Route::IndividualServiceFund), Money::fromPounds(520));
    QCOMPARE(t.routeYearly(Route::ThirdParty), Money());
}

void TestPlanTotals::outcomesSplitEvenly()
{
    Plan plan = examplePlan();
    // A repeated key and a key for an outcome that is gone count once, for outcome 1 only.
    plan.items.append(item(26, SupportType::Transport, 1000, 100, Period::Week,
        Route::DirectPayment, FundingSource::CouncilSocialCare, {1, 1, 99}));
    const PlanTotals t = PlanTotals::calculate(plan, m_rates);
    // Home care £9,100 ÷ 2 = £4,550 each to 1 and 2; leisure £1,560 ÷ 2 = £780 to 2 and 3;
    // equipment £520 ÷ 3 = £173.33 (1), £346.67 − £173.33 = £173.34 (2), £520 − £346.67 = £173.33
    // (3); transport £10 × 52 = £520 to 1. Outcome 1: 8,356.25 + 4,550 + 173.33 + 520 = £13,599.58
    // (4 items). Outcome 2: 4,550 + 780 + 173.34 = £5,503.34 (3 items). Outcome 3: 780 + 0 + 173.33
    // = £953.33 (3 items: the unpaid help counts as support).
    QCOMPARE(t.outcomes().size(), 3);
    QCOMPARE(t.outcome(1)->yearly, Money::fromPence(1359958));
    QCOMPARE(t.outcome(1)->items, 4);
    QCOMPARE(t.outcome(2)->yearly, Money::fromPence(550334));
    QCOMPARE(t.outcome(2)->items, 3);
    QCOMPARE(t.outcome(3)->yearly, Money::fromPence(95333));
    QCOMPARE(t.outcome(3)->items, 3);
    QCOMPARE(t.outcome(3)->text, QStringLiteral("Keep my job"));
    // £953.33 ÷ 52 = £18.333 -> £18.33 a week.
    QCOMPARE(t.outcome(3)->inBudgetPeriod, Money::fromPence(1833));
    // The gym serves no outcome.
    QCOMPARE(t.withoutOutcomeYearly(), Money::fromPounds(1200));
    QCOMPARE(t.itemsWithoutOutcome(), 1);
    // Split evenly, the parts add up to the plan: 13,599.58 + 5,503.34 + 953.33 + 1,200 =
    // £21,256.25 = £20,736.25 + £520 of transport.
    QCOMPARE(t.plannedYearly(), Money::fromPence(2125625));
    QVERIFY(t.outcome(99) == nullptr);
}

void TestPlanTotals::fundingSources()
{
    const PlanTotals t = PlanTotals::calculate(examplePlan(), m_rates);
    // Council: 8,356.25 + 9,100 + 1,200 + 520 = £19,176.25 a year, ÷ 52 = £368.774 -> £368.77 a
    // week, against £380 of streams. Own contribution: £1,560 a year, £30 a week, against £20.
    QCOMPARE(t.sources().size(), 2);
    const auto* council = t.source(FundingSource::CouncilSocialCare);
    QVERIFY(council != nullptr);
    QCOMPARE(council->plannedYearly, Money::fromPence(1917625));
    QCOMPARE(council->planned, Money::fromPence(36877));
    QCOMPARE(council->streams, Money::fromPounds(380));
    QVERIFY(council->inBudget);
    const auto* own = t.source(FundingSource::OwnContribution);
    QCOMPARE(own->planned, Money::fromPounds(30));
    QCOMPARE(own->streams, Money::fromPounds(20));
    QVERIFY(t.source(FundingSource::AccessToWork) == nullptr);

    // A source items are paid from but the budget lacks is listed, not in the budget.
    Plan plan = examplePlan();
    plan.items[2].paidFrom = FundingSource::AccessToWork;
    const PlanTotals moved = PlanTotals::calculate(plan, m_rates);
    QVERIFY(moved.source(FundingSource::AccessToWork) != nullptr);
    QVERIFY(!moved.source(FundingSource::AccessToWork)->inBudget);
    QCOMPARE(moved.source(FundingSource::AccessToWork)->plannedYearly, Money::fromPounds(1560));
    QCOMPARE(moved.source(FundingSource::OwnContribution)->plannedYearly, Money());
}

void TestPlanTotals::streamsDifference()
{
    Plan plan = examplePlan();
    // £380 + £20 = £400: they match the budget.
    QCOMPARE(PlanTotals::calculate(plan, m_rates).streamsDifference(), Money());
    plan.budget.streams[1].amount = Money::fromPounds(5);
    // £385 − £400 = −£15.
    const PlanTotals t = PlanTotals::calculate(plan, m_rates);
    QCOMPARE(t.streamsTotal(), Money::fromPounds(385));
    QCOMPARE(t.streamsDifference(), Money::fromPounds(-15));
    plan.budget.streams.clear();
    QVERIFY(!PlanTotals::calculate(plan, m_rates).streamsDifference().has_value());
}

void TestPlanTotals::employmentAllowance()
{
    // With the allowance the PA's £361.04 of NI goes: £20,736.25 − £361.04 = £20,375.21.
    const PlanTotals t = PlanTotals::calculate(examplePlan(), m_rates, {true, 1});
    QCOMPARE(t.plannedYearly(), Money::fromPence(2037521));
    QVERIFY(t.employmentAllowanceClaimed());
}

void TestPlanTotals::costingDate()
{
    Plan plan;
    QCOMPARE(PlanTotals::costingDate(plan), QDate::currentDate());
    plan.createdOn = QDate(2026, 5, 1);
    QCOMPARE(PlanTotals::costingDate(plan), QDate(2026, 5, 1));
    plan.budget.start = QDate(2026, 6, 1);
    QCOMPARE(PlanTotals::costingDate(plan), QDate(2026, 6, 1));
}

void TestPlanTotals::json()
{
    const QJsonObject json = PlanTotals::calculate(examplePlan(), m_rates).toJson();
    QCOMPARE(json.value(QStringLiteral("budgetPeriod")).toString(), QStringLiteral("week"));
    QCOMPARE(json.value(QStringLiteral("budgetPence")).toInteger(), 40000);
    QCOMPARE(json.value(QStringLiteral("plannedPence")).toInteger(), 39877);
    QCOMPARE(json.value(QStringLiteral("leftOverPence")).toInteger(), 123);
    QCOMPARE(json.value(QStringLiteral("yearlyPlannedPence")).toInteger(), 2073625);
    QCOMPARE(json.value(QStringLiteral("overBudget")).toBool(), false);
    QCOMPARE(
        json.value(QStringLiteral("outcomeCounting")).toString(), QStringLiteral("split-evenly"));
    QCOMPARE(json.value(QStringLiteral("routes"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("route"))
                 .toString(),
        QStringLiteral("council-managed"));
    QCOMPARE(json.value(QStringLiteral("outcomes")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 6);
    QCOMPARE(
        json.value(QStringLiteral("rates")).toObject().value(QStringLiteral("asOf")).toString(),
        QStringLiteral("2026-04-06"));

    Plan noBudget = examplePlan();
    noBudget.budget.agreed.reset();
    const QJsonObject none = PlanTotals::calculate(noBudget, m_rates).toJson();
    QVERIFY(none.value(QStringLiteral("budgetPence")).isNull());
    QVERIFY(none.value(QStringLiteral("leftOverPence")).isNull());
}

QTEST_APPLESS_MAIN(TestPlanTotals)
#include "test_plantotals.moc"
