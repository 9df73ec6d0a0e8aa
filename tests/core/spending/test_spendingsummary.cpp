// Spending against the plan: plan years, the pace and the month the money
// runs out, money building up (at exactly N weeks and either side), an
// Individual Service Fund's rollover, and spent against planned by item.
// Every expected figure is worked out by hand in the comments.
#include "costing/plantotals.h"
#include "spending/buildupcheck.h"
#include "spending/isfrollover.h"
#include "spending/planyear.h"
#include "spending/spendingpace.h"
#include "spending/spendingsummary.h"

#include <QtTest>

using namespace pb;
using Kind = SpendingPace::Kind;

Q_DECLARE_METATYPE(SpendingPace::Kind)

namespace {

Money pounds(qint64 p)
{
    return Money::fromPounds(p);
}
Money pence(qint64 p)
{
    return Money::fromPence(p);
}

// 6 April 2026 to 5 April 2027: 365 days (no 29 February in it).
const QDate kStart(2026, 4, 6);

SupportItem item(int key, SupportType type, const char* what, Money price, int hundredths,
    Period frequency, Route route = Route::DirectPayment)
{
    SupportItem i;
    i.key = key;
    i.type = type;
    i.what = QString::fromUtf8(what);
    i.unitPrice = price;
    i.quantityHundredths = hundredths;
    i.frequency = frequency;
    i.route = route;
    return i;
}

// A budget of £11,000 a year from 6 April 2026, paid as a direct payment:
//   1 agency care   £20 × 10 hours a week = £200 a week = £10,400 a year
//   2 gym           £30 once a month      = £360 a year
//   3 Mum           unpaid                 (no line)
Plan directPaymentPlan()
{
    Plan plan;
    plan.budget.agreed = pounds(11000);
    plan.budget.period = Period::Year;
    plan.budget.start = kStart;
    plan.deployment.choice = DeploymentChoice::DirectPayment;
    plan.items = {
        item(1, SupportType::AgencyHomeCare, "Agency care", pounds(20), 1000, Period::Week),
        item(2, SupportType::Leisure, "Gym", pounds(30), 100, Period::Month),
        item(3, SupportType::Unpaid, "Mum", Money(), 100, Period::Week)};
    return plan;
}

Payment payment(
    QDate date, Money amount, PaymentDirection direction, std::optional<int> itemKey = {})
{
    Payment p;
    p.personId = 1;
    p.date = date;
    p.amount = amount;
    p.direction = direction;
    p.itemKey = itemKey;
    return p;
}

Payment out(QDate date, Money amount, std::optional<int> itemKey = {})
{
    return payment(date, amount, PaymentDirection::Out, itemKey);
}

Payment in(QDate date, Money amount)
{
    return payment(date, amount, PaymentDirection::In);
}

SpendingSummary summarise(
    const Plan& plan, const QList<Payment>& payments, QDate today, int weeks = 8)
{
    SpendingSettings settings;
    settings.buildUpWeeks = weeks;
    return SpendingSummary::calculate(
        plan, PlanTotals::calculate(plan, RateTable {}), payments, today, settings);
}

} // namespace

class TestSpendingSummary : public QObject {
    Q_OBJECT
private slots:
    void planYearHoldsTheDay_data();
    void planYearHoldsTheDay();
    void planMonthsStartOnTheSameDay();

    void pace_data();
    void pace();
    void paceSentences_data();
    void paceSentences();

    void buildUpAtTheThreshold_data();
    void buildUpAtTheThreshold();
    void buildUpOnTheBalanceOfADirectPayment();
    void noBuildUpWhenTheCouncilHoldsTheMoney();

    void spentAgainstPlannedByItem();
    void mixedPlanTracksOnlyTheAccountsSupport();
    void isfRolloverMonthByMonth();
};

void TestSpendingSummary::planYearHoldsTheDay_data()
{
    QTest::addColumn<QDate>("budgetEnd");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qint64>("daysGone");
    // 6 April to 23 November 2026: 25 days of April (6th-30th) + 31 + 30 +
    // 31 + 31 + 30 + 31 (May-October) + 23 = 232.
    QTest::newRow("in the first year")
        << QDate() << QDate(2026, 11, 23) << kStart << QDate(2027, 4, 5) << qint64(232);
    QTest::newRow("first day of the second year")
        << QDate() << QDate(2027, 4, 6) << QDate(2027, 4, 6) << QDate(2028, 4, 5) << qint64(1);
    QTest::newRow("before the start: the first year, no days gone")
        << QDate() << QDate(2026, 1, 1) << kStart << QDate(2027, 4, 5) << qint64(0);
    // Cut short by the budget's end: 6 April to 31 December = 270 days.
    QTest::newRow("the budget ends sooner") << QDate(2026, 12, 31) << QDate(2026, 11, 23) << kStart
                                            << QDate(2026, 12, 31) << qint64(232);
    QTest::newRow("after the budget ended: all its days gone")
        << QDate(2026, 12, 31) << QDate(2027, 6, 1) << kStart << QDate(2026, 12, 31) << qint64(270);
}

void TestSpendingSummary::planYearHoldsTheDay()
{
    QFETCH(QDate, budgetEnd);
    QFETCH(QDate, day);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qint64, daysGone);
    Plan plan;
    plan.budget.start = kStart;
    plan.budget.end = budgetEnd;
    const PlanYear year = PlanYear::containing(plan, day);
    QCOMPARE(year.first(), first);
    QCOMPARE(year.last(), last);
    QCOMPARE(year.daysElapsed(day), daysGone);
}

void TestSpendingSummary::planMonthsStartOnTheSameDay()
{
    const auto months = PlanYear(kStart).months();
    QCOMPARE(months.size(), 12);
    QCOMPARE(months[0].first, QDate(2026, 4, 6));
    QCOMPARE(months[0].last, QDate(2026, 5, 5));
    QCOMPARE(months[11].first, QDate(2027, 3, 6));
    QCOMPARE(months[11].last, QDate(2027, 4, 5));
}

void TestSpendingSummary::pace_data()
{
    QTest::addColumn<Money>("spent");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Money>("amount");
    QTest::addColumn<QDate>("runOut");
    // A year's budget of £3,650 (£10 a day) over 6 April 2026 - 5 April 2027.
    // 15 May 2026 is day 40 (25 days of April + 15).
    //
    // £300 in 40 days: × 365 ÷ 40 = £2,737.50 by the end; £3,650 − £2,737.50 = £912.50 left.
    QTest::newRow("will have some left")
        << pounds(300) << QDate(2026, 5, 15) << Kind::WillHaveLeft << pence(91250) << QDate();
    // £500 in 40 days: £12.50 a day, £4,562.50 by the end: too much. The
    // budget is reached on day ⌈3650 × 40 ÷ 500⌉ = 292, which is 6 April +
    // 291 days = 22 January 2027 (24 more days of April, then 30+31+30+31+31
    // +30+31+30+31 = 275 to 31 December, and 22 in January: 24+245... = 291).
    QTest::newRow("will run out") << pounds(500) << QDate(2026, 5, 15) << Kind::WillRunOut
                                  << Money() << QDate(2027, 1, 22);
    // Exactly on budget: £400 in 40 days is £3,650 by the end: £0 left.
    QTest::newRow("exactly on budget")
        << pounds(400) << QDate(2026, 5, 15) << Kind::WillHaveLeft << Money() << QDate();
    // One penny faster runs out on the last day: ⌈365,000 × 40 ÷ 40,001⌉ = ⌈364.99⌉ = 365,
    // 5 April 2027.
    QTest::newRow("a penny over runs out on the last day")
        << pence(40001) << QDate(2026, 5, 15) << Kind::WillRunOut << Money() << QDate(2027, 4, 5);
    // Day 27 (2 May) is too early to tell; day 28 (3 May) is not.
    QTest::newRow("day 27: too early")
        << pounds(100) << QDate(2026, 5, 2) << Kind::TooEarly << Money() << QDate();
    // £100 in 28 days: × 365 ÷ 28 = £1,303.571... = £1,303.57; £3,650 − that = £2,346.43.
    QTest::newRow("day 28: a pace")
        << pounds(100) << QDate(2026, 5, 3) << Kind::WillHaveLeft << pence(234643) << QDate();
    // Already spent more than the year's budget, even early on: £3,700 − £3,650 = £50.
    QTest::newRow("already spent more")
        << pounds(3700) << QDate(2026, 4, 20) << Kind::AlreadySpent << pounds(50) << QDate();
    // Nothing spent after day 40: no pace to carry on (not "all £3,650 left").
    QTest::newRow("nothing spent")
        << Money() << QDate(2026, 5, 15) << Kind::NothingSpent << Money() << QDate();
}

void TestSpendingSummary::pace()
{
    QFETCH(Money, spent);
    QFETCH(QDate, today);
    QFETCH(Kind, kind);
    QFETCH(Money, amount);
    QFETCH(QDate, runOut);
    const SpendingPace pace = SpendingPace::assess(pounds(3650), spent, PlanYear(kStart), today);
    QCOMPARE(pace.kind(), kind);
    QCOMPARE(pace.amount(), amount);
    QCOMPARE(pace.runOut(), runOut);
}

void TestSpendingSummary::paceSentences_data()
{
    QTest::addColumn<std::optional<Money>>("budget");
    QTest::addColumn<Money>("spent");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("sentence");
    // £912.50 left is "about £913" (whole pounds, halves up).
    QTest::newRow("left") << std::optional<Money>(pounds(3650)) << pounds(300) << QDate(2026, 5, 15)
                          << QStringLiteral("At this rate you will have about £913 left at the end "
                                            "of the plan year (5 April 2027).");
    QTest::newRow("runs out") << std::optional<Money>(pounds(3650)) << pounds(500)
                              << QDate(2026, 5, 15)
                              << QStringLiteral("At this rate the money will run out in January "
                                                "2027, before the plan year ends on 5 April 2027.");
    QTest::newRow("no budget") << std::optional<Money>() << pounds(500) << QDate(2026, 5, 15)
                               << QStringLiteral(
                                      "Add the amount of your budget to your plan to see "
                                      "how long the money will last.");
    // The year ended (today after 5 April 2027 with a year that stops then):
    // £3,650 − £3,700 = −£50.
    QTest::newRow("year ended overspent")
        << std::optional<Money>(pounds(3650)) << pounds(3700) << QDate(2027, 5, 1)
        << QStringLiteral("The plan year ended on 5 April 2027, "
                          "with about £50 more spent than the budget.");
}

void TestSpendingSummary::paceSentences()
{
    QFETCH(std::optional<Money>, budget);
    QFETCH(Money, spent);
    QFETCH(QDate, today);
    QFETCH(QString, sentence);
    QCOMPARE(SpendingPace::assess(budget, spent, PlanYear(kStart), today).sentence(), sentence);
}

void TestSpendingSummary::buildUpAtTheThreshold_data()
{
    QTest::addColumn<Money>("balance");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<bool>("buildingUp");
    // £5,200 a year is £100 a week: 8 weeks = £800.
    QTest::newRow("a penny under 8 weeks") << pence(79999) << 8 << false;
    QTest::newRow("exactly 8 weeks") << pounds(800) << 8 << false;
    QTest::newRow("a penny over 8 weeks") << pence(80001) << 8 << true;
    // A council that allows 6 weeks: £600.
    QTest::newRow("6 weeks: £700 is over") << pounds(700) << 6 << true;
    QTest::newRow("6 weeks: exactly £600") << pounds(600) << 6 << false;
    QTest::newRow("overdrawn") << pounds(-50) << 8 << false;
}

void TestSpendingSummary::buildUpAtTheThreshold()
{
    QFETCH(Money, balance);
    QFETCH(int, weeks);
    QFETCH(bool, buildingUp);
    const BuildUpCheck check = BuildUpCheck::assess(balance, pounds(5200), weeks);
    QCOMPARE(check.threshold(), pounds(100).times(weeks));
    QCOMPARE(check.isBuildingUp(), buildingUp);
    QCOMPARE(check.warning().isEmpty(), !buildingUp);
}

void TestSpendingSummary::buildUpOnTheBalanceOfADirectPayment()
{
    // £11,000 a year ÷ 52 = £211.538... = £211.54 a week; 8 weeks = £1,692.32.
    Plan plan = directPaymentPlan();
    const QDate today(2026, 6, 1);
    QList<Payment> payments {
        in(QDate(2026, 4, 6), pounds(2000)), out(QDate(2026, 4, 20), pence(30768), 1)};
    // £2,000 − £307.68 = £1,692.32: exactly 8 weeks, not building up.
    auto summary = summarise(plan, payments, today);
    QVERIFY(summary.buildUp());
    QCOMPARE(summary.buildUp()->threshold(), pence(169232));
    QCOMPARE(summary.balance(), pence(169232));
    QVERIFY(!summary.buildUp()->isBuildingUp());

    // A penny less spent: £1,692.33, building up.
    payments[1].amount = pence(30767);
    summary = summarise(plan, payments, today);
    QVERIFY(summary.buildUp()->isBuildingUp());
    QCOMPARE(summary.buildUp()->warning(),
        QStringLiteral("Money is building up: you have £1,692.33, more than 8 weeks of your budget "
                       "(£1,692.32). The council may ask for some of it back. Talk to them about "
                       "what you are keeping it for, or whether your payments should change."));

    // A council that allows 10 weeks: £211.54 × 10 = £2,115.40, so not.
    summary = summarise(plan, payments, today, 10);
    QCOMPARE(summary.buildUp()->threshold(), pence(211540));
    QVERIFY(!summary.buildUp()->isBuildingUp());

    // A payment dated after today isn't in the balance yet.
    payments.append(in(QDate(2026, 6, 2), pounds(5000)));
    QCOMPARE(summarise(plan, payments, today).balance(), pence(169233));
}

void TestSpendingSummary::noBuildUpWhenTheCouncilHoldsTheMoney()
{
    Plan plan = directPaymentPlan();
    plan.deployment.choice = DeploymentChoice::CouncilManaged;
    const auto summary = summarise(plan, {in(QDate(2026, 4, 6), pounds(9000))}, QDate(2026, 6, 1));
    QVERIFY(!summary.buildUp());

    Plan noBudget = directPaymentPlan();
    noBudget.budget.agreed.reset();
    QVERIFY(
        !summarise(noBudget, {in(QDate(2026, 4, 6), pounds(9000))}, QDate(2026, 6, 1)).buildUp());
}

void TestSpendingSummary::spentAgainstPlannedByItem()
{
    // Today 15 May 2026: day 40 of a 365-day plan year.
    const Plan plan = directPaymentPlan();
    const QDate today(2026, 5, 15);
    const QList<Payment> payments {
        out(QDate(2026, 3, 30), pounds(50), 1), // before the plan year: only in the balance
        out(QDate(2026, 4, 10), pounds(200), 1), // April: this year, not this month
        out(QDate(2026, 5, 2), pounds(200), 1), out(QDate(2026, 5, 10), pounds(30), 2),
        out(QDate(2026, 5, 12), pounds(15)), // not linked to support
        in(QDate(2026, 5, 14), pounds(1000)), // money in is never spending
        out(QDate(2026, 5, 20), pounds(200), 1), // after today: not spent yet
    };
    const auto s = summarise(plan, payments, today);
    QCOMPARE(s.monthFirst(), QDate(2026, 5, 1));
    QCOMPARE(s.monthLast(), QDate(2026, 5, 31));
    QCOMPARE(s.lines().size(), 3); // agency care, gym, other spending (Mum costs nothing)

    const auto& care = s.lines()[0];
    QCOMPARE(care.itemKey, std::optional<int>(1));
    QCOMPARE(care.what, QStringLiteral("Agency care"));
    QCOMPARE(care.plannedYear, pounds(10400)); // £200 × 52
    QCOMPARE(care.plannedMonth, pence(86667)); // £10,400 ÷ 12 = £866.666...
    QCOMPARE(care.plannedSoFar, pence(113973)); // £10,400 × 40 ÷ 365 = £1,139.726...
    QCOMPARE(care.spentMonth, pounds(200)); // 2 May
    QCOMPARE(care.spentSoFar, pounds(400)); // 10 April + 2 May

    const auto& gym = s.lines()[1];
    QCOMPARE(gym.plannedMonth, pounds(30)); // £360 ÷ 12
    QCOMPARE(gym.plannedSoFar, pence(3945)); // £360 × 40 ÷ 365 = £39.452...
    QCOMPARE(gym.spentMonth, pounds(30));
    QCOMPARE(gym.spentSoFar, pounds(30));

    const auto& other = s.lines()[2];
    QCOMPARE(other.itemKey, std::nullopt);
    QCOMPARE(other.plannedMonth, Money());
    QCOMPARE(other.spentMonth, pounds(15));

    // Totals: planned £10,760 a year; ÷ 12 = £896.666... = £896.67;
    // × 40 ÷ 365 = £1,179.178... = £1,179.18. Spent £200 + £30 + £15 = £245
    // this month, + £200 in April = £445 this year.
    QCOMPARE(s.total().plannedYear, pounds(10760));
    QCOMPARE(s.total().plannedMonth, pence(89667));
    QCOMPARE(s.total().plannedSoFar, pence(117918));
    QCOMPARE(s.total().spentMonth, pounds(245));
    QCOMPARE(s.total().spentSoFar, pounds(445));

    // Balance: £1,000 in − £50 − £200 − £200 − £30 − £15 out = £505.
    QCOMPARE(s.balance(), pounds(505));
    QVERIFY(s.hasMoneyIn());

    // The pace on the £11,000 budget: £445 × 365 ÷ 40 = £4,060.625 = £4,060.63
    // by the end; £11,000 − £4,060.63 = £6,939.37 left.
    QCOMPARE(s.pace().kind(), Kind::WillHaveLeft);
    QCOMPARE(s.pace().amount(), pence(693937));
    QVERIFY(!s.hasIndividualServiceFund());
}

void TestSpendingSummary::mixedPlanTracksOnlyTheAccountsSupport()
{
    // A mix: the agency care (£10,400 a year) is arranged by the council, the
    // gym (£360) paid from the direct payment. The account's budget is
    // £11,000 − £10,400 = £600 a year; a week £600 ÷ 52 = £11.538... =
    // £11.54; 8 weeks £92.32.
    Plan plan = directPaymentPlan();
    plan.deployment.choice = DeploymentChoice::Mixed;
    plan.items[0].route = Route::CouncilManaged;
    const auto s = summarise(plan, {in(QDate(2026, 4, 6), pounds(100))}, QDate(2026, 5, 15));
    QCOMPARE(s.lines().size(), 1);
    QCOMPARE(s.lines()[0].itemKey, std::optional<int>(2));
    QCOMPARE(s.total().plannedYear, pounds(360));
    QCOMPARE(s.trackedYearly(), std::optional<Money>(pounds(600)));
    QVERIFY(s.buildUp());
    QCOMPARE(s.buildUp()->threshold(), pence(9232));
    QVERIFY(s.buildUp()->isBuildingUp()); // £100 > £92.32
}

void TestSpendingSummary::isfRolloverMonthByMonth()
{
    // An ISF of £11,150 a year: £11,150 ÷ 12 = £929.1666... = £929.17 a month.
    // Today 20 June 2026 is in the third plan month (6 June - 5 July).
    Plan plan = directPaymentPlan();
    plan.budget.agreed = pounds(11150);
    plan.deployment.choice = DeploymentChoice::IndividualServiceFund;
    const QDate today(2026, 6, 20);
    const QList<Payment> payments {
        in(QDate(2026, 4, 7), pence(92917)), // the council's payment: not spending
        out(QDate(2026, 4, 10), pounds(800)),
        out(QDate(2026, 5, 1), pounds(100)), // month 1 (6 April - 5 May): £900
        out(QDate(2026, 5, 20), pounds(1000)), // month 2 (6 May - 5 June): £1,000
        out(QDate(2026, 6, 10), pounds(500)), // month 3: £500
        out(QDate(2026, 6, 25), pounds(300)), // after today: not yet
    };
    const auto s = summarise(plan, payments, today);
    QVERIFY(s.hasIndividualServiceFund());
    const auto& months = s.rollover();
    QCOMPARE(months.size(), 3);
    // Month 1: £0 + £929.17 − £900 = £29.17.
    QCOMPARE(months[0].first, QDate(2026, 4, 6));
    QCOMPARE(months[0].last, QDate(2026, 5, 5));
    QCOMPARE(months[0].broughtForward, Money());
    QCOMPARE(months[0].allowance, pence(92917));
    QCOMPARE(months[0].spent, pounds(900));
    QCOMPARE(months[0].carriedForward, pence(2917));
    // Month 2: £29.17 + £929.17 − £1,000 = −£41.66 (overspent, carried on).
    QCOMPARE(months[1].broughtForward, pence(2917));
    QCOMPARE(months[1].spent, pounds(1000));
    QCOMPARE(months[1].carriedForward, pence(-4166));
    // Month 3: −£41.66 + £929.17 − £500 = £387.51.
    QCOMPARE(months[2].first, QDate(2026, 6, 6));
    QCOMPARE(months[2].spent, pounds(500));
    QCOMPARE(months[2].carriedForward, pence(38751));
    // Building up is checked on what rolled over: £11,150 ÷ 52 = £214.4230... =
    // £214.42 a week, 8 weeks £1,715.36 > £387.51.
    QVERIFY(s.buildUp());
    QCOMPARE(s.buildUp()->balance(), pence(38751));
    QCOMPARE(s.buildUp()->threshold(), pence(171536));
    QVERIFY(!s.buildUp()->isBuildingUp());

    // With nothing spent written down, the fund's rollover is the whole
    // allowance only for want of records: no build-up check, no pace.
    const auto unrecorded = summarise(plan, {payments[0]}, today);
    QCOMPARE(unrecorded.rollover().constLast().carriedForward, pence(278751)); // £929.17 × 3
    QVERIFY(!unrecorded.buildUp());
    QCOMPARE(unrecorded.pace().kind(), Kind::NothingSpent);
}

QTEST_GUILESS_MAIN(TestSpendingSummary)
#include "test_spendingsummary.moc"
