#include "money/quantityparser.h"

#include <QtTest>

class TestQuantityParser : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void formats_data();
    void formats();
};

void TestQuantityParser::parses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("hundredths"); // -1: refused
    QTest::newRow("whole") << QStringLiteral("10") << 1000;
    QTest::newRow("half") << QStringLiteral("7.5") << 750;
    QTest::newRow("quarter") << QStringLiteral("2.25") << 225;
    QTest::newRow("spaces") << QStringLiteral(" 3 ") << 300;
    QTest::newRow("zero") << QStringLiteral("0") << 0;
    QTest::newRow("largest") << QStringLiteral("10000") << 1000000;
    QTest::newRow("negative") << QStringLiteral("-2") << -1;
    QTest::newRow("letters") << QStringLiteral("ten") << -1;
    QTest::newRow("three decimals") << QStringLiteral("1.125") << -1;
    QTest::newRow("too large") << QStringLiteral("10000.01") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("comma") << QStringLiteral("7,5") << -1;
}

void TestQuantityParser::parses()
{
    QFETCH(QString, typed);
    QFETCH(int, hundredths);
    const auto result = pb::QuantityParser::parseHundredths(typed);
    if (hundredths < 0) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY(result.ok());
        QCOMPARE(result.value(), hundredths);
    }
}

void TestQuantityParser::formats_data()
{
    QTest::addColumn<int>("hundredths");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 1000 << QStringLiteral("10");
    QTest::newRow("half") << 750 << QStringLiteral("7.5");
    QTest::newRow("quarter") << 225 << QStringLiteral("2.25");
    QTest::newRow("tenth-ish") << 105 << QStringLiteral("1.05");
}

void TestQuantityParser::formats()
{
    QFETCH(int, hundredths);
    QFETCH(QString, text);
    QCOMPARE(pb::QuantityParser::format(hundredths), text);
    QCOMPARE(pb::QuantityParser::parseHundredths(text).value(), hundredths);
}

QTEST_APPLESS_MAIN(TestQuantityParser)
#include "test_quantityparser.moc"
