#include "money/moneyformatter.h"
#include "money/moneyparser.h"

#include <QtTest>

using pb::Money;
using pb::MoneyFormatter;
using pb::MoneyParser;
using pb::Period;

class TestMoneyFormatter : public QObject {
    Q_OBJECT
private slots:
    void formats_data();
    void formats();
    void withPeriod();
    void rightToLeftLanguagesKeepTheAmountInOrder();
};

void TestMoneyFormatter::formats_data()
{
    QTest::addColumn<qint64>("pence");
    QTest::addColumn<int>("penceMode");
    QTest::addColumn<QString>("expected");
    const int matter = int(MoneyFormatter::Pence::WhereTheyMatter);
    const int always = int(MoneyFormatter::Pence::Always);
    const int never = int(MoneyFormatter::Pence::Never);
    QTest::newRow("whole pounds") << qint64(12000) << matter << QStringLiteral("£120");
    QTest::newRow("pence matter") << qint64(1271) << matter << QStringLiteral("£12.71");
    QTest::newRow("thousands") << qint64(123450) << matter << QStringLiteral("£1,234.50");
    QTest::newRow("always pence") << qint64(12000) << always << QStringLiteral("£120.00");
    QTest::newRow("never pence rounds down") << qint64(12049) << never << QStringLiteral("£120");
    QTest::newRow("never pence rounds half up") << qint64(12050) << never << QStringLiteral("£121");
    QTest::newRow("negative") << qint64(-120050) << matter << QStringLiteral("-£1,200.50");
    QTest::newRow("zero") << qint64(0) << matter << QStringLiteral("£0");
    QTest::newRow("single penny") << qint64(1) << matter << QStringLiteral("£0.01");
}

void TestMoneyFormatter::formats()
{
    QFETCH(qint64, pence);
    QFETCH(int, penceMode);
    QFETCH(QString, expected);
    QCOMPARE(MoneyFormatter().format(Money::fromPence(pence), MoneyFormatter::Pence(penceMode)),
        expected);
}

void TestMoneyFormatter::withPeriod()
{
    const MoneyFormatter f;
    QCOMPARE(f.format(Money::fromPounds(120), Period::Week), QStringLiteral("£120 a week"));
    QCOMPARE(f.format(Money::fromPounds(6240), Period::Year), QStringLiteral("£6,240 a year"));
    QCOMPARE(f.format(Money::fromPence(1271), Period::Month), QStringLiteral("£12.71 a month"));
}

void TestMoneyFormatter::rightToLeftLanguagesKeepTheAmountInOrder()
{
    // With Urdu as the program's language an amount starts with a
    // left-to-right mark, so it reads "£1,488" among right-to-left words, and
    // what is shown can still be read back.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Urdu, QLocale::Pakistan));
    const QString shown = MoneyFormatter().format(Money::fromPence(148850));
    QLocale::setDefault(before);
    QCOMPARE(shown, QString(QChar(0x200E)) + QStringLiteral("£1,488.50"));
    const auto read = MoneyParser::parse(shown);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), Money::fromPence(148850));
    QCOMPARE(MoneyFormatter().format(Money::fromPence(148850)), QStringLiteral("£1,488.50"));
}

QTEST_APPLESS_MAIN(TestMoneyFormatter)
#include "test_moneyformatter.moc"
