#include "money/moneyparser.h"

#include <QtTest>

class TestMoneyParser : public QObject {
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refusesWithAMessage_data();
    void refusesWithAMessage();
};

void TestMoneyParser::accepts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("pence");
    QTest::newRow("whole pounds") << QStringLiteral("120") << qint64(12000);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(1250);
    QTest::newRow("two decimals") << QStringLiteral("12.71") << qint64(1271);
    QTest::newRow("pound sign and commas") << QStringLiteral("£1,234.50") << qint64(123450);
    QTest::newRow("spaces around") << QStringLiteral("  £ 120 ") << qint64(12000);
    QTest::newRow("millions") << QStringLiteral("1,000,000") << qint64(100000000);
    QTest::newRow("trailing point") << QStringLiteral("120.") << qint64(12000);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("pence") << QStringLiteral("50p") << qint64(50);
    QTest::newRow("largest allowed") << QStringLiteral("1000000000") << qint64(100000000000);
}

void TestMoneyParser::accepts()
{
    QFETCH(QString, typed);
    QFETCH(qint64, pence);
    const auto result = pb::MoneyParser::parse(typed);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().pence(), pence);
}

void TestMoneyParser::refusesWithAMessage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("empty") << QString() << QStringLiteral("like 120 or 120.50");
    QTest::newRow("letters") << QStringLiteral("twelve") << QStringLiteral("like 120 or 120.50");
    QTest::newRow("letter in number")
        << QStringLiteral("12o") << QStringLiteral("like 120 or 120.50");
    QTest::newRow("decimal comma")
        << QStringLiteral("12,34") << QStringLiteral("commas only between thousands");
    QTest::newRow("misplaced comma")
        << QStringLiteral("1,23,456") << QStringLiteral("commas only between thousands");
    QTest::newRow("three decimals")
        << QStringLiteral("12.555") << QStringLiteral("2 digits after the point");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("£0 or more");
    QTest::newRow("negative after sign") << QStringLiteral("£-5") << QStringLiteral("£0 or more");
    QTest::newRow("too large") << QStringLiteral("1000000000.01") << QStringLiteral("too large");
    QTest::newRow("absurdly long")
        << QStringLiteral("99999999999999999999999") << QStringLiteral("too large");
    QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("like 120 or 120.50");
    QTest::newRow("just a sign") << QStringLiteral("£") << QStringLiteral("like 120 or 120.50");
    QTest::newRow("dollar") << QStringLiteral("$12") << QStringLiteral("like 120 or 120.50");
    QTest::newRow("pence with point")
        << QStringLiteral("1.5p") << QStringLiteral("like 120 or 120.50");
}

void TestMoneyParser::refusesWithAMessage()
{
    QFETCH(QString, typed);
    QFETCH(QString, messageContains);
    const auto result = pb::MoneyParser::parse(typed);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(messageContains), qPrintable(result.error().message));
}

QTEST_APPLESS_MAIN(TestMoneyParser)
#include "test_moneyparser.moc"
