#include "money/period.h"

#include <QtTest>

using pb::Money;
using pb::Period;

class TestPeriod : public QObject {
    Q_OBJECT
private slots:
    void convert_data();
    void convert();
    void keysRoundTrip();
};

void TestPeriod::convert_data()
{
    QTest::addColumn<qint64>("pence");
    QTest::addColumn<Period>("from");
    QTest::addColumn<Period>("to");
    QTest::addColumn<qint64>("expected");
    // 52 weeks, 13 four-week periods, 12 months a year; "once" counts in full in the year.
    QTest::newRow("£120 a week is £6,240 a year")
        << qint64(12000) << Period::Week << Period::Year << qint64(624000);
    QTest::newRow("£6,240 a year is £120 a week")
        << qint64(624000) << Period::Year << Period::Week << qint64(12000);
    QTest::newRow("£120 a week is £520 a month")
        << qint64(12000) << Period::Week << Period::Month << qint64(52000);
    QTest::newRow("£120 a week is £480 per four weeks")
        << qint64(12000) << Period::Week << Period::FourWeeks << qint64(48000);
    QTest::newRow("£1,000 a month is £230.77 a week")
        << qint64(100000) << Period::Month << Period::Week << qint64(23077);
    QTest::newRow("£18,610 a year is £357.88 a week")
        << qint64(1861000) << Period::Year << Period::Week << qint64(35788);
    QTest::newRow("£100 a year is £8.33 a month")
        << qint64(10000) << Period::Year << Period::Month << qint64(833);
    QTest::newRow("£520 once is £520 a year")
        << qint64(52000) << Period::Once << Period::Year << qint64(52000);
    QTest::newRow("£520 once is £10 a week")
        << qint64(52000) << Period::Once << Period::Week << qint64(1000);
    QTest::newRow("same period unchanged")
        << qint64(12345) << Period::Month << Period::Month << qint64(12345);
}

void TestPeriod::convert()
{
    QFETCH(qint64, pence);
    QFETCH(Period, from);
    QFETCH(Period, to);
    QFETCH(qint64, expected);
    QCOMPARE(pb::convert(Money::fromPence(pence), from, to).pence(), expected);
}

void TestPeriod::keysRoundTrip()
{
    for (Period p : {Period::Week, Period::FourWeeks, Period::Month, Period::Year, Period::Once}) {
        QCOMPARE(pb::periodFromKey(pb::periodKey(p)), p);
    }
    QVERIFY(!pb::periodFromKey(QStringLiteral("fortnight")).has_value());
}

QTEST_APPLESS_MAIN(TestPeriod)
#include "test_period.moc"
