// The cost of employing a personal assistant under the 2026/27 rates, line by
// line, worked out by hand. Rates: holiday 12.07% of wages; employer NI 15% of
// pay (wages + holiday) above £5,000; pension 3% of pay between £6,240 and
// £50,270 once pay is £10,000 or more; insurance £150 a year and payroll £20 a
// month per employer; contingency 3% of wages. Each line is rounded to the
// penny, halves away from zero; the total is the sum of the lines.
#include "costing/personalassistantcost.h"
#include "costing/ratetableloader.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QtTest>

using pb::Money;
using pb::PersonalAssistantCost;
using Kind = PersonalAssistantCost::LineKind;

class TestPersonalAssistantCost : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void lines_data();
    void lines();
    void monthlyAndWeekly_data();
    void monthlyAndWeekly();
    void explainsEachLine();
    void otherPeriodsOfHours();
    void nothingNegative();
    void json();

private:
    pb::RateTable m_rates;
};

void TestPersonalAssistantCost::initTestCase()
{
    const auto loaded = pb::RateTableLoader::load(
        pb::test::sourcePath(QStringLiteral("resources/rates/england-2026-27.json")));
    QVERIFY(loaded.ok());
    m_rates = loaded.value();
}

void TestPersonalAssistantCost::lines_data()
{
    QTest::addColumn<int>("hoursHundredths");
    QTest::addColumn<qint64>("wagePence");
    QTest::addColumn<bool>("allowance");
    QTest::addColumn<int>("assistants");
    QTest::addColumn<qint64>("wages");
    QTest::addColumn<qint64>("holiday");
    QTest::addColumn<qint64>("ni");
    QTest::addColumn<qint64>("pension");
    QTest::addColumn<qint64>("insurance");
    QTest::addColumn<qint64>("payroll");
    QTest::addColumn<qint64>("contingency");
    QTest::addColumn<qint64>("total");

    // 10 h at £12.71: £127.10 a week × 52 = £6,609.20; holiday 12.07% = £797.73044 -> £797.73;
    // pay £7,406.93; NI 15% × £2,406.93 = £361.0395 -> £361.04; pay < £10,000: no pension;
    // contingency 3% × £6,609.20 = £198.276 -> £198.28.
    // Total 6,609.20 + 797.73 + 361.04 + 0 + 150 + 240 + 198.28 = £8,356.25.
    QTest::newRow("10 h at £12.71")
        << 1000 << qint64(1271) << false << 1 << qint64(660920) << qint64(79773) << qint64(36104)
        << qint64(0) << qint64(15000) << qint64(24000) << qint64(19828) << qint64(835625);
    // The allowance (£10,500) covers all £361.04 of NI: 8,356.25 − 361.04 = £7,995.21.
    QTest::newRow("10 h at £12.71, Employment Allowance")
        << 1000 << qint64(1271) << true << 1 << qint64(660920) << qint64(79773) << qint64(0)
        << qint64(0) << qint64(15000) << qint64(24000) << qint64(19828) << qint64(799521);
    // 20 h at £13.50: £270 × 52 = £14,040; holiday 12.07% = £1,694.628 -> £1,694.63; pay
    // £15,734.63; NI 15% × £10,734.63 = £1,610.1945 -> £1,610.19; pension 3% × (15,734.63 − 6,240 =
    // 9,494.63) = £284.8389 -> £284.84; contingency 3% × £14,040 = £421.20. Total 14,040 + 1,694.63
    // + 1,610.19 + 284.84 + 150 + 240 + 421.20 = £18,440.86.
    QTest::newRow("20 h at £13.50")
        << 2000 << qint64(1350) << false << 1 << qint64(1404000) << qint64(169463) << qint64(161019)
        << qint64(28484) << qint64(15000) << qint64(24000) << qint64(42120) << qint64(1844086);
    // 18,440.86 − 1,610.19 = £16,830.67.
    QTest::newRow("20 h at £13.50, Employment Allowance")
        << 2000 << qint64(1350) << true << 1 << qint64(1404000) << qint64(169463) << qint64(0)
        << qint64(28484) << qint64(15000) << qint64(24000) << qint64(42120) << qint64(1683067);
    // 37.5 h at £15: £562.50 × 52 = £29,250; holiday 12.07% = £3,530.475 -> £3,530.48 (half away
    // from zero); pay £32,780.48; NI 15% × £27,780.48 = £4,167.072 -> £4,167.07; pension
    // 3% × £26,540.48 = £796.2144 -> £796.21; contingency 3% × £29,250 = £877.50.
    // Total 29,250 + 3,530.48 + 4,167.07 + 796.21 + 150 + 240 + 877.50 = £39,011.26.
    QTest::newRow("37.5 h at £15")
        << 3750 << qint64(1500) << false << 1 << qint64(2925000) << qint64(353048) << qint64(416707)
        << qint64(79621) << qint64(15000) << qint64(24000) << qint64(87750) << qint64(3901126);
    // 39,011.26 − 4,167.07 = £34,844.19.
    QTest::newRow("37.5 h at £15, Employment Allowance")
        << 3750 << qint64(1500) << true << 1 << qint64(2925000) << qint64(353048) << qint64(0)
        << qint64(79621) << qint64(15000) << qint64(24000) << qint64(87750) << qint64(3484419);
    // 5 h at £12.71: £63.55 × 52 = £3,304.60; holiday 12.07% = £398.86522 -> £398.87; pay
    // £3,703.47, under £5,000 (no NI) and under £10,000 (no pension); contingency 3% × £3,304.60 =
    // £99.138 -> £99.14. Total 3,304.60 + 398.87 + 150 + 240 + 99.14 = £4,192.61.
    QTest::newRow("5 h at £12.71, below NI and pension thresholds")
        << 500 << qint64(1271) << false << 1 << qint64(330460) << qint64(39887) << qint64(0)
        << qint64(0) << qint64(15000) << qint64(24000) << qint64(9914) << qint64(419261);
    QTest::newRow("5 h at £12.71, Employment Allowance changes nothing")
        << 500 << qint64(1271) << true << 1 << qint64(330460) << qint64(39887) << qint64(0)
        << qint64(0) << qint64(15000) << qint64(24000) << qint64(9914) << qint64(419261);
    // Just under the pension trigger: 13 h at £12.71 = £165.23 × 52 = £8,591.96; holiday
    // £1,037.049572 -> £1,037.05; pay £9,629.01 < £10,000; NI 15% × £4,629.01 = £694.3515 ->
    // £694.35; contingency £257.7588 -> £257.76. Total 8,591.96 + 1,037.05 + 694.35 + 150 + 240 +
    // 257.76 = £10,971.12.
    QTest::newRow("13 h at £12.71, just under the pension trigger")
        << 1300 << qint64(1271) << false << 1 << qint64(859196) << qint64(103705) << qint64(69435)
        << qint64(0) << qint64(15000) << qint64(24000) << qint64(25776) << qint64(1097112);
    // Just over: 14 h at £12.71 = £177.94 × 52 = £9,252.88; holiday £1,116.822616 -> £1,116.82; pay
    // £10,369.70 ≥ £10,000; NI 15% × £5,369.70 = £805.455 -> £805.46; pension 3% × £4,129.70 =
    // £123.891 -> £123.89; contingency £277.5864 -> £277.59.
    // Total 9,252.88 + 1,116.82 + 805.46 + 123.89 + 150 + 240 + 277.59 = £11,966.64.
    QTest::newRow("14 h at £12.71, just over the pension trigger")
        << 1400 << qint64(1271) << false << 1 << qint64(925288) << qint64(111682) << qint64(80546)
        << qint64(12389) << qint64(15000) << qint64(24000) << qint64(27759) << qint64(1196664);
    // Above the pension band: 50 h at £25 = £1,250 × 52 = £65,000; holiday £7,845.50; pay
    // £72,845.50; NI 15% × £67,845.50 = £10,176.825 -> £10,176.83; pension only on £50,270 − £6,240
    // = £44,030: 3% = £1,320.90; contingency £1,950. Total 65,000 + 7,845.50 + 10,176.83 + 1,320.90
    // + 150 + 240 + 1,950 = £86,683.23.
    QTest::newRow("50 h at £25, pay above the pension band")
        << 5000 << qint64(2500) << false << 1 << qint64(6500000) << qint64(784550)
        << qint64(1017683) << qint64(132090) << qint64(15000) << qint64(24000) << qint64(195000)
        << qint64(8668323);
    // Two assistants: the allowance is shared, £10,500 ÷ 2 = £5,250, leaving NI 10,176.83 − 5,250 =
    // £4,926.83; insurance £75 and payroll £120 each.
    // Total 65,000 + 7,845.50 + 4,926.83 + 1,320.90 + 75 + 120 + 1,950 = £81,238.23.
    QTest::newRow("50 h at £25, one of 2 assistants, Employment Allowance")
        << 5000 << qint64(2500) << true << 2 << qint64(6500000) << qint64(784550) << qint64(492683)
        << qint64(132090) << qint64(7500) << qint64(12000) << qint64(195000) << qint64(8123823);
    // Three assistants: insurance £150 ÷ 3 = £50, payroll £240 ÷ 3 = £80.
    // Total 6,609.20 + 797.73 + 361.04 + 50 + 80 + 198.28 = £8,096.25.
    QTest::newRow("10 h at £12.71, one of 3 assistants")
        << 1000 << qint64(1271) << false << 3 << qint64(660920) << qint64(79773) << qint64(36104)
        << qint64(0) << qint64(5000) << qint64(8000) << qint64(19828) << qint64(809625);
    // Seven assistants: £150 ÷ 7 = £21.428... -> £21.43; £240 ÷ 7 = £34.2857... -> £34.29.
    // Total 6,609.20 + 797.73 + 361.04 + 21.43 + 34.29 + 198.28 = £8,021.97.
    QTest::newRow("10 h at £12.71, one of 7 assistants")
        << 1000 << qint64(1271) << false << 7 << qint64(660920) << qint64(79773) << qint64(36104)
        << qint64(0) << qint64(2143) << qint64(3429) << qint64(19828) << qint64(802197);
    // No hours yet: only being an employer costs something: £150 + £240.
    QTest::newRow("no hours yet") << 0 << qint64(1271) << false << 1 << qint64(0) << qint64(0)
                                  << qint64(0) << qint64(0) << qint64(15000) << qint64(24000)
                                  << qint64(0) << qint64(39000);
}

void TestPersonalAssistantCost::lines()
{
    QFETCH(int, hoursHundredths);
    QFETCH(qint64, wagePence);
    QFETCH(bool, allowance);
    QFETCH(int, assistants);
    const PersonalAssistantCost cost = PersonalAssistantCost::calculate(
        hoursHundredths, Money::fromPence(wagePence), m_rates, {allowance, assistants});

    const QList<Kind> order {Kind::Wages, Kind::HolidayPay, Kind::EmployerNationalInsurance,
        Kind::Pension, Kind::Insurance, Kind::Payroll, Kind::Contingency};
    QCOMPARE(cost.lines().size(), order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        QCOMPARE(cost.lines().at(i).kind, order.at(i));
    }
    QTEST(cost.line(Kind::Wages).pence(), "wages");
    QTEST(cost.line(Kind::HolidayPay).pence(), "holiday");
    QTEST(cost.line(Kind::EmployerNationalInsurance).pence(), "ni");
    QTEST(cost.line(Kind::Pension).pence(), "pension");
    QTEST(cost.line(Kind::Insurance).pence(), "insurance");
    QTEST(cost.line(Kind::Payroll).pence(), "payroll");
    QTEST(cost.line(Kind::Contingency).pence(), "contingency");
    QTEST(cost.yearly().pence(), "total");
}

void TestPersonalAssistantCost::monthlyAndWeekly_data()
{
    QTest::addColumn<int>("hoursHundredths");
    QTest::addColumn<qint64>("wagePence");
    QTest::addColumn<qint64>("monthly");
    QTest::addColumn<qint64>("weekly");
    // £8,356.25 a year: ÷ 12 = £696.354 -> £696.35; ÷ 52 = £160.697 -> £160.70.
    QTest::newRow("10 h at £12.71") << 1000 << qint64(1271) << qint64(69635) << qint64(16070);
    // £18,440.86 a year: ÷ 12 = £1,536.738 -> £1,536.74; ÷ 52 = £354.632 -> £354.63.
    QTest::newRow("20 h at £13.50") << 2000 << qint64(1350) << qint64(153674) << qint64(35463);
    // £39,011.26 a year: ÷ 12 = £3,250.938 -> £3,250.94; ÷ 52 = £750.216 -> £750.22.
    QTest::newRow("37.5 h at £15") << 3750 << qint64(1500) << qint64(325094) << qint64(75022);
}

void TestPersonalAssistantCost::monthlyAndWeekly()
{
    QFETCH(int, hoursHundredths);
    QFETCH(qint64, wagePence);
    const auto cost =
        PersonalAssistantCost::calculate(hoursHundredths, Money::fromPence(wagePence), m_rates);
    QTEST(cost.monthly().pence(), "monthly");
    QTEST(cost.weekly().pence(), "weekly");
    QCOMPARE(cost.ratesAsOf(), QDate(2026, 4, 6));
    QCOMPARE(cost.rateTableId(), QStringLiteral("england-2026-27"));
    QVERIFY(!cost.sources().isEmpty());
}

void TestPersonalAssistantCost::explainsEachLine()
{
    const auto cost = PersonalAssistantCost::calculate(1000, Money::fromPence(1271), m_rates);
    auto how = [&cost](Kind kind) {
        for (const auto& l : cost.lines()) {
            if (l.kind == kind) {
                return l.howWorkedOut;
            }
        }
        return QString();
    };
    for (const auto& l : cost.lines()) {
        QVERIFY(!l.label.isEmpty());
        QVERIFY(!l.howWorkedOut.isEmpty());
    }
    QCOMPARE(how(Kind::Wages), QStringLiteral("10 hours a week at £12.71 an hour, for 52 weeks"));
    QCOMPARE(how(Kind::HolidayPay),
        QStringLiteral("12.07% of wages, for 5.6 weeks of paid holiday a year"));
    QVERIFY(how(Kind::EmployerNationalInsurance)
                .startsWith(QStringLiteral("15% of pay above £5,000 a year")));
    // Pay £7,406.93 is under the £10,000 trigger.
    QVERIFY(how(Kind::Pension).contains(QStringLiteral("£7,406.93")));
    QVERIFY(how(Kind::Pension).contains(QStringLiteral("£10,000")));
    // Typical figures say so.
    QVERIFY(how(Kind::Insurance).contains(QStringLiteral("typical figure")));
    QVERIFY(how(Kind::Payroll).contains(QStringLiteral("£20 a month")));
    QVERIFY(how(Kind::Contingency).startsWith(QStringLiteral("3% of wages")));

    // With the allowance covering all of the NI, the sentence says so.
    const auto covered =
        PersonalAssistantCost::calculate(1000, Money::fromPence(1271), m_rates, {true, 1});
    QCOMPARE(covered.niBeforeAllowance(), Money::fromPence(36104));
    QCOMPARE(covered.employmentAllowanceUsed(), Money::fromPence(36104));
    for (const auto& l : covered.lines()) {
        if (l.kind == Kind::EmployerNationalInsurance) {
            QVERIFY2(l.howWorkedOut.contains(QStringLiteral("Employment Allowance")),
                qPrintable(l.howWorkedOut));
        }
    }
    // One hour is an hour, not "1 hours"; 7.5 hours keeps its half.
    QVERIFY(PersonalAssistantCost::calculate(100, Money::fromPence(1271), m_rates)
                .lines()
                .first()
                .howWorkedOut.startsWith(QStringLiteral("1 hour a week")));
    QVERIFY(PersonalAssistantCost::calculate(750, Money::fromPence(1271), m_rates)
                .lines()
                .first()
                .howWorkedOut.startsWith(QStringLiteral("7.5 hours a week")));
}

void TestPersonalAssistantCost::otherPeriodsOfHours()
{
    // 40 hours a month at £12.71 = £508.40 × 12 = £6,100.80 of wages.
    const auto monthly = PersonalAssistantCost::calculate(
        4000, pb::Period::Month, Money::fromPence(1271), m_rates, {});
    QCOMPARE(monthly.line(Kind::Wages), Money::fromPence(610080));
    // 520 hours once, at £12.71 = £6,609.20: the same wages as 10 hours a week for 52 weeks.
    const auto once = PersonalAssistantCost::calculate(
        52000, pb::Period::Once, Money::fromPence(1271), m_rates, {});
    QCOMPARE(once.line(Kind::Wages), Money::fromPence(660920));
    QCOMPARE(once.yearly(), Money::fromPence(835625));
}

void TestPersonalAssistantCost::nothingNegative()
{
    const auto cost =
        PersonalAssistantCost::calculate(-500, Money::fromPence(1271), m_rates, {false, 0});
    // Negative hours count as none; fewer than one assistant as one: £150 + £240.
    QCOMPARE(cost.line(Kind::Wages), Money());
    QCOMPARE(cost.yearly(), Money::fromPence(39000));
    QCOMPARE(cost.options().numberOfAssistants, 1);
}

void TestPersonalAssistantCost::json()
{
    const auto cost = PersonalAssistantCost::calculate(1000, Money::fromPence(1271), m_rates);
    const QJsonObject json = cost.toJson();
    QCOMPARE(json.value(QStringLiteral("yearlyPence")).toInteger(), 835625);
    QCOMPARE(json.value(QStringLiteral("monthlyPence")).toInteger(), 69635);
    QCOMPARE(json.value(QStringLiteral("weeklyPence")).toInteger(), 16070);
    QCOMPARE(json.value(QStringLiteral("hoursHundredths")).toInt(), 1000);
    QCOMPARE(json.value(QStringLiteral("hoursPer")).toString(), QStringLiteral("week"));
    QCOMPARE(json.value(QStringLiteral("hourlyWagePence")).toInteger(), 1271);
    QCOMPARE(json.value(QStringLiteral("employmentAllowanceClaimed")).toBool(), false);
    const QJsonObject rates = json.value(QStringLiteral("rates")).toObject();
    QCOMPARE(rates.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-04-06"));
    QVERIFY(!rates.value(QStringLiteral("sources")).toArray().isEmpty());
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 7);
    const QJsonObject holiday = lines.at(1).toObject();
    QCOMPARE(holiday.value(QStringLiteral("key")).toString(), QStringLiteral("holiday-pay"));
    QCOMPARE(holiday.value(QStringLiteral("yearlyPence")).toInteger(), 79773);
    QCOMPARE(holiday.value(QStringLiteral("label")).toString(), QStringLiteral("Holiday pay"));
    QVERIFY(holiday.value(QStringLiteral("howWorkedOut"))
                .toString()
                .startsWith(QStringLiteral("12.07%")));
}

QTEST_APPLESS_MAIN(TestPersonalAssistantCost)
#include "test_personalassistantcost.moc"
