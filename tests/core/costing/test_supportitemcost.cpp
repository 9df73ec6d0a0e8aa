// What one support item costs in each period, and personal assistants in a
// plan costed as the people they are.
#include "costing/ratetableloader.h"
#include "costing/supportitemcost.h"
#include "testpaths.h"

#include <QtTest>

using pb::Money;
using pb::Period;
using pb::SupportItem;
using pb::SupportItemCost;
using pb::SupportType;

namespace {

SupportItem item(int key, SupportType type, qint64 pricePence, int quantityHundredths,
    Period frequency, const QString& provider = {})
{
    SupportItem i;
    i.key = key;
    i.type = type;
    i.unitPrice = Money::fromPence(pricePence);
    i.quantityHundredths = quantityHundredths;
    i.frequency = frequency;
    i.provider = provider;
    return i;
}

} // namespace

class TestSupportItemCost : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void periods_data();
    void periods();
    void personalAssistantWageOnly();
    void assistantsInAPlan();
    void unnamedAssistantsAreDifferentPeople();

private:
    pb::RateTable m_rates;
};

void TestSupportItemCost::initTestCase()
{
    const auto loaded = pb::RateTableLoader::load(
        pb::test::sourcePath(QStringLiteral("resources/rates/england-2026-27.json")));
    QVERIFY(loaded.ok());
    m_rates = loaded.value();
}

void TestSupportItemCost::periods_data()
{
    QTest::addColumn<SupportType>("type");
    QTest::addColumn<qint64>("pricePence");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<Period>("frequency");
    QTest::addColumn<qint64>("perFrequency");
    QTest::addColumn<qint64>("week");
    QTest::addColumn<qint64>("fourWeeks");
    QTest::addColumn<qint64>("month");
    QTest::addColumn<qint64>("year");

    // £30 a week: £1,560 a year, £120 per 4 weeks, £1,560 ÷ 12 = £130 a month.
    QTest::newRow("leisure £30 a week")
        << SupportType::Leisure << qint64(3000) << 100 << Period::Week << qint64(3000)
        << qint64(3000) << qint64(12000) << qint64(13000) << qint64(156000);
    // £25 × 7.5 h = £187.50 a week; × 52 = £9,750; ÷ 12 = £812.50; × 4 = £750.
    QTest::newRow("home care 7.5 h a week at £25")
        << SupportType::AgencyHomeCare << qint64(2500) << 750 << Period::Week << qint64(18750)
        << qint64(18750) << qint64(75000) << qint64(81250) << qint64(975000);
    // £12.71 × 7.5 = £95.325, rounded once to £95.33 a week as on an invoice; × 52 = £4,957.16;
    // ÷ 12 = £413.0966 -> £413.10; × 4 = £381.32.
    QTest::newRow("pence rounded once per week")
        << SupportType::DayActivity << qint64(1271) << 750 << Period::Week << qint64(9533)
        << qint64(9533) << qint64(38132) << qint64(41310) << qint64(495716);
    // £100 a month: £1,200 a year; ÷ 52 = £23.0769 -> £23.08; ÷ 13 = £92.3077 -> £92.31.
    QTest::newRow("gym £100 a month")
        << SupportType::Leisure << qint64(10000) << 100 << Period::Month << qint64(10000)
        << qint64(2308) << qint64(9231) << qint64(10000) << qint64(120000);
    // £50 every 4 weeks: × 13 = £650 a year; ÷ 52 = £12.50; ÷ 12 = £54.1667 -> £54.17.
    QTest::newRow("£50 every four weeks")
        << SupportType::ShortBreak << qint64(5000) << 100 << Period::FourWeeks << qint64(5000)
        << qint64(1250) << qint64(5000) << qint64(5417) << qint64(65000);
    // £600 a year: ÷ 52 = £11.538 -> £11.54; ÷ 13 = £46.15; ÷ 12 = £50.
    QTest::newRow("membership £600 a year")
        << SupportType::Leisure << qint64(60000) << 100 << Period::Year << qint64(60000)
        << qint64(1154) << qint64(4615) << qint64(5000) << qint64(60000);
    // Once: counts in full in the year: £520 a year, £10 a week, £40 per 4 weeks, £43.33 a month.
    QTest::newRow("equipment £520 once")
        << SupportType::Equipment << qint64(52000) << 100 << Period::Once << qint64(52000)
        << qint64(1000) << qint64(4000) << qint64(4333) << qint64(52000);
    // 2 taxis at £12.40 a week = £24.80; × 52 = £1,289.60; ÷ 12 = £107.4667 -> £107.47.
    QTest::newRow("2 taxis a week at £12.40")
        << SupportType::Transport << qint64(1240) << 200 << Period::Week << qint64(2480)
        << qint64(2480) << qint64(9920) << qint64(10747) << qint64(128960);
    QTest::newRow("unpaid support costs nothing, whatever its price")
        << SupportType::Unpaid << qint64(2000) << 1000 << Period::Week << qint64(0) << qint64(0)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("a negative quantity costs nothing")
        << SupportType::Leisure << qint64(3000) << -100 << Period::Week << qint64(0) << qint64(0)
        << qint64(0) << qint64(0) << qint64(0);
    // A PA with employment costs: 10 h at £12.71 costs £8,356.25 a year (see
    // test_personalassistantcost); ÷ 52 = £160.697 -> £160.70; ÷ 13 = £642.788 -> £642.79;
    // ÷ 12 = £696.354 -> £696.35. Per frequency is the wage alone: £127.10.
    QTest::newRow("personal assistant 10 h at £12.71")
        << SupportType::PersonalAssistant << qint64(1271) << 1000 << Period::Week << qint64(12710)
        << qint64(16070) << qint64(64279) << qint64(69635) << qint64(835625);
}

void TestSupportItemCost::periods()
{
    QFETCH(SupportType, type);
    QFETCH(qint64, pricePence);
    QFETCH(int, quantity);
    QFETCH(Period, frequency);
    const SupportItemCost cost =
        SupportItemCost::of(item(1, type, pricePence, quantity, frequency), m_rates);
    QCOMPARE(cost.itemKey(), 1);
    QCOMPARE(cost.frequency(), frequency);
    QTEST(cost.perFrequency().pence(), "perFrequency");
    QTEST(cost.in(Period::Week).pence(), "week");
    QTEST(cost.in(Period::FourWeeks).pence(), "fourWeeks");
    QTEST(cost.in(Period::Month).pence(), "month");
    QTEST(cost.yearly().pence(), "year");
    QTEST(cost.in(Period::Year).pence(), "year");
    QTEST(cost.in(Period::Once).pence(), "year");
    QCOMPARE(cost.includesEmploymentCosts(), type == SupportType::PersonalAssistant);
}

void TestSupportItemCost::personalAssistantWageOnly()
{
    SupportItem pa = item(1, SupportType::PersonalAssistant, 1271, 1000, Period::Week);
    pa.includeEmploymentCosts = false;
    const SupportItemCost cost = SupportItemCost::of(pa, m_rates);
    // The wage alone: £127.10 × 52 = £6,609.20.
    QCOMPARE(cost.yearly(), Money::fromPence(660920));
    QVERIFY(!cost.employment().has_value());

    // With options: the Employment Allowance covers the £361.04 of NI: £8,356.25 − £361.04.
    pa.includeEmploymentCosts = true;
    QCOMPARE(SupportItemCost::of(pa, m_rates, {true, 1}).yearly(), Money::fromPence(799521));
}

void TestSupportItemCost::assistantsInAPlan()
{
    pb::Plan plan;
    // Jo works 10 h and 4 h a week for two different things: one person, 14 hours.
    plan.items.append(
        item(1, SupportType::PersonalAssistant, 1271, 1000, Period::Week, QStringLiteral("Jo")));
    plan.items.append(item(2, SupportType::Leisure, 3000, 100, Period::Week));
    plan.items.append(
        item(3, SupportType::PersonalAssistant, 1271, 400, Period::Week, QStringLiteral("  jo ")));
    plan.items.append(
        item(4, SupportType::PersonalAssistant, 1271, 500, Period::Week, QStringLiteral("Sam")));
    SupportItem wageOnly =
        item(5, SupportType::PersonalAssistant, 1271, 500, Period::Week, QStringLiteral("Ali"));
    wageOnly.includeEmploymentCosts = false;
    plan.items.append(wageOnly);

    // Ali is costed at the wage alone, so the employer has 2 assistants: Jo and Sam.
    QCOMPARE(SupportItemCost::assistantsEmployed(plan), 2);
    const QList<SupportItemCost> costs = SupportItemCost::forPlan(plan, m_rates, {false, 99});
    QCOMPARE(costs.size(), 5);
    for (int i = 0; i < costs.size(); ++i) {
        QCOMPARE(costs.at(i).itemKey(), plan.items.at(i).key);
    }

    // Jo, 14 h at £12.71 as one of 2 assistants: wages £127.10 × 52 + £50.84 × 52 = £6,609.20 +
    // £2,643.68 = £9,252.88; holiday £1,116.82; NI £805.46; pension £123.89 (pay £10,369.70 is over
    // £10,000: together the two jobs cross the trigger); insurance £75; payroll £120; contingency
    // £277.59. Total 9,252.88 + 1,116.82 + 805.46 + 123.89 + 75 + 120 + 277.59 = £11,771.64.
    QVERIFY(costs.at(0).employment().has_value());
    QCOMPARE(costs.at(0).employment()->yearly(), Money::fromPence(1177164));
    QCOMPARE(costs.at(0).employment()->line(pb::PersonalAssistantCost::LineKind::Pension),
        Money::fromPence(12389));
    // Shared by wages, 10 : 4 of 14: £11,771.64 × 10/14 = £8,408.314 -> £8,408.31; the rest,
    // £3,363.33, to the second item, so the two add up to the whole.
    QCOMPARE(costs.at(0).yearly(), Money::fromPence(840831));
    QCOMPARE(costs.at(2).yearly(), Money::fromPence(336333));
    QCOMPARE(costs.at(2).employment()->yearly(), Money::fromPence(1177164));
    // Sam, 5 h at £12.71 as one of 2: £3,304.60 + £398.87 + £75 + £120 + £99.14 = £3,997.61.
    QCOMPARE(costs.at(3).yearly(), Money::fromPence(399761));
    // Leisure and the wage-only assistant as on their own: £1,560; £63.55 × 52 = £3,304.60.
    QCOMPARE(costs.at(1).yearly(), Money::fromPence(156000));
    QCOMPARE(costs.at(4).yearly(), Money::fromPence(330460));
    QVERIFY(!costs.at(4).includesEmploymentCosts());
}

void TestSupportItemCost::unnamedAssistantsAreDifferentPeople()
{
    pb::Plan plan;
    plan.items.append(item(1, SupportType::PersonalAssistant, 1271, 1000, Period::Week));
    plan.items.append(item(2, SupportType::PersonalAssistant, 1271, 1000, Period::Week));
    QCOMPARE(SupportItemCost::assistantsEmployed(plan), 2);
    const auto costs = SupportItemCost::forPlan(plan, m_rates, {});
    // Each 10 h at £12.71 as one of 2: £8,356.25 − £75 − £120 = £8,161.25.
    QCOMPARE(costs.at(0).yearly(), Money::fromPence(816125));
    QCOMPARE(costs.at(1).yearly(), Money::fromPence(816125));

    // Two pieces of support for one person with no hours yet share the fixed
    // costs evenly: £150 + £240 = £390, £195 each.
    plan.items[0].provider = QStringLiteral("Jo");
    plan.items[1].provider = QStringLiteral("Jo");
    plan.items[0].quantityHundredths = 0;
    plan.items[1].quantityHundredths = 0;
    const auto unfilled = SupportItemCost::forPlan(plan, m_rates, {});
    QCOMPARE(unfilled.at(0).yearly(), Money::fromPence(19500));
    QCOMPARE(unfilled.at(1).yearly(), Money::fromPence(19500));
}

QTEST_APPLESS_MAIN(TestSupportItemCost)
#include "test_supportitemcost.moc"
