#include "money/money.h"

#include <QtTest>

#include <limits>

using pb::Money;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void addsAndSubtractsExactly();
    void overflowIsAnErrorNotAWrap_data();
    void overflowIsAnErrorNotAWrap();
    void scaledRoundsHalfAwayFromZero_data();
    void scaledRoundsHalfAwayFromZero();
    void comparesByValue();
};

void TestMoney::addsAndSubtractsExactly()
{
    // 0.1 + 0.2 is the classic floating-point trap; pence never drift.
    Money total;
    for (int i = 0; i < 1000; ++i) {
        total += Money::fromPence(10);
    }
    QCOMPARE(total.pence(), 10000);
    QCOMPARE((Money::fromPence(30) - Money::fromPence(20)).pence(), 10);
    QCOMPARE(Money::fromPounds(12).pence(), 1200);
    QCOMPARE((-Money::fromPence(5)).pence(), -5);
}

void TestMoney::overflowIsAnErrorNotAWrap_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("add past max") << 0;
    QTest::newRow("subtract past min") << 1;
    QTest::newRow("times past max") << 2;
    QTest::newRow("negate min") << 3;
    QTest::newRow("scaled past max") << 4;
    QTest::newRow("pounds past max") << 5;
}

void TestMoney::overflowIsAnErrorNotAWrap()
{
    QFETCH(int, operation);
    const Money max = Money::fromPence(std::numeric_limits<qint64>::max());
    const Money min = Money::fromPence(std::numeric_limits<qint64>::min());
    switch (operation) {
    case 0:
        QVERIFY_THROWS_EXCEPTION(pb::MoneyOverflow, max + Money::fromPence(1));
        break;
    case 1:
        QVERIFY_THROWS_EXCEPTION(pb::MoneyOverflow, min - Money::fromPence(1));
        break;
    case 2:
        QVERIFY_THROWS_EXCEPTION(pb::MoneyOverflow, max.times(2));
        break;
    case 3:
        QVERIFY_THROWS_EXCEPTION(pb::MoneyOverflow, -min);
        break;
    case 4:
        QVERIFY_THROWS_EXCEPTION(pb::MoneyOverflow, max.scaled(3, 2));
        break;
    case 5:
        QVERIFY_THROWS_EXCEPTION(
            pb::MoneyOverflow, Money::fromPounds(std::numeric_limits<qint64>::max() / 10));
        break;
    }
}

void TestMoney::scaledRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("pence");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(1000) << qint64(52) << qint64(1) << qint64(52000);
    QTest::newRow("half up") << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("half away from zero, negative")
        << qint64(-1) << qint64(1) << qint64(2) << qint64(-1);
    QTest::newRow("just under half") << qint64(149) << qint64(1) << qint64(100) << qint64(1);
    QTest::newRow("just over half") << qint64(151) << qint64(1) << qint64(100) << qint64(2);
    QTest::newRow("a year to a week")
        << qint64(1'861'000) << qint64(1) << qint64(52) << qint64(35'788);
    QTest::newRow("12.07% of £100")
        << qint64(10000) << qint64(1207) << qint64(10000) << qint64(1207);
    QTest::newRow("12.07% of £12.71")
        << qint64(1271) << qint64(1207) << qint64(10000) << qint64(153);
    QTest::newRow("negative denominator") << qint64(100) << qint64(1) << qint64(-3) << qint64(-33);
    QTest::newRow("large value, 128-bit middle") << qint64(4'000'000'000'000'000'000) << qint64(2)
                                                 << qint64(4) << qint64(2'000'000'000'000'000'000);
}

void TestMoney::scaledRoundsHalfAwayFromZero()
{
    QFETCH(qint64, pence);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(Money::fromPence(pence).scaled(numerator, denominator).pence(), expected);
}

void TestMoney::comparesByValue()
{
    QVERIFY(Money::fromPence(5) < Money::fromPence(6));
    QVERIFY(Money::fromPounds(1) == Money::fromPence(100));
    QVERIFY(Money::fromPence(-1).isNegative());
    QVERIFY(Money::fromPence(101).hasPence());
    QVERIFY(!Money::fromPence(100).hasPence());
}

QTEST_APPLESS_MAIN(TestMoney)
#include "test_money.moc"
