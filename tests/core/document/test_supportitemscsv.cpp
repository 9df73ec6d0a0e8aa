// The support items as CSV: a byte order mark, a header row, one row per item
// with plain decimal pounds, RFC 4180 quoting of the person's words, CRLF line
// ends, a totals row, and formulas in typed text made harmless.
#include "document/supportitemscsv.h"

#include <QtTest>

using namespace pb;

namespace {

SupportItem item(int key, SupportType type, const QString& what, const QString& who,
    qint64 pricePence, int quantityHundredths, Period frequency, Route route, QList<int> outcomes)
{
    SupportItem i;
    i.key = key;
    i.type = type;
    i.what = what;
    i.provider = who;
    i.unitPrice = Money::fromPence(pricePence);
    i.quantityHundredths = quantityHundredths;
    i.frequency = frequency;
    i.route = route;
    i.outcomeKeys = outcomes;
    return i;
}

// Items, worked out by hand (a year has 52 weeks; a one-off counts in full):
//   10 swimming   £4.80 × 1 a week            £4.80 a week,    £249.60 a year
//   11 formula    £23 × 2 a week              £46.00 a week, £2,392.00 a year
//   12 chair      £850 once                   £850 a year; a week 85000 ÷ 52
//                                             = 1634.6p -> £16.35
//   13 Mum        unpaid                      £0.00, £0.00
//   14 PA Jo      10 h × £12.71, wages alone  £127.10 a week, × 52 = £6,609.20
//   total a year  249.60 + 2392.00 + 850.00 + 0 + 6609.20 = £10,100.80
//   total a week  1010080p ÷ 52 = 19424.6p -> £194.25
Plan examplePlan()
{
    Plan plan;
    plan.outcomes = {{1, QStringLiteral("Get fit, and sleep better"), LifeArea::Health, true, {}},
        {2, QStringLiteral("Keep \"my\" job"), LifeArea::WorkAndLearning, true, {}}};
    SupportItem pa = item(14, SupportType::PersonalAssistant, QStringLiteral("Personal assistant"),
        QStringLiteral("Jo"), 1271, 1000, Period::Week, Route::DirectPayment, {});
    pa.includeEmploymentCosts = false;
    plan.items = {
        item(10, SupportType::Leisure, QStringLiteral("Swimming, with \"Sam\""),
            QStringLiteral("Oldham Leisure"), 480, 100, Period::Week, Route::DirectPayment, {1, 2}),
        item(11, SupportType::Other, QStringLiteral("=HYPERLINK(\"http://x\")"),
            QStringLiteral("+44 7700"), 2300, 200, Period::Week, Route::CouncilManaged, {}),
        item(12, SupportType::Equipment, QStringLiteral("Riser chair\nwith remote"),
            QStringLiteral("@home shop"), 85000, 100, Period::Once, Route::ThirdParty, {}),
        item(13, SupportType::Unpaid, QStringLiteral("-cooking"), QStringLiteral("Mum"), 0, 100,
            Period::Week, Route::DirectPayment, {}),
        pa};
    return plan;
}

// A small RFC 4180 reader, so the test reads the file as a spreadsheet would.
QList<QStringList> parse(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestSupportItemsCsv : public QObject {
    Q_OBJECT
private slots:
    void wholeFileIsExactlyAsWorkedOut();
    void readsBackAsOneRowPerItemAndATotal();
    void textField_data();
    void textField();
    void amountField_data();
    void amountField();
    void emptyPlanHasHeaderAndZeroTotal();
};

void TestSupportItemsCsv::wholeFileIsExactlyAsWorkedOut()
{
    const QByteArray csv = SupportItemsCsv::write(examplePlan(), RateTable {});
    const QByteArray expected = QByteArray("\xEF\xBB\xBF")
        + "What,Who,How often,Paid by,Helps with,Cost a week (\xC2\xA3),Cost a year (\xC2\xA3)\r\n"
          "\"Swimming, with \"\"Sam\"\"\",Oldham Leisure,Once a week,Direct payment,"
          "\"Get fit, and sleep better; Keep \"\"my\"\" job\",4.80,249.60\r\n"
          "\"'=HYPERLINK(\"\"http://x\"\")\",'+44 7700,2 times a week,Council-managed,,46.00,"
          "2392.00\r\n"
          "\"Riser chair\nwith remote\",'@home shop,Once,Third party,,16.35,850.00\r\n"
          "'-cooking,Mum,Once a week,Unpaid,,0.00,0.00\r\n"
          "Personal assistant,Jo,10 hours a week,Direct payment,,127.10,6609.20\r\n"
          "Total,,,,,194.25,10100.80\r\n";
    QCOMPARE(csv, expected);
}

void TestSupportItemsCsv::readsBackAsOneRowPerItemAndATotal()
{
    const QByteArray csv = SupportItemsCsv::write(examplePlan(), RateTable {});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    // Every line break outside the person's quoted words is CRLF: the only bare
    // LF is the one typed inside "Riser chair\nwith remote".
    QCOMPARE(csv.count("\n") - csv.count("\r\n"), 1);

    const QList<QStringList> rows = parse(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.size(), 1 + 5 + 1); // header, five items, total
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), 7);
    }
    QCOMPARE(rows.at(1).at(0), QStringLiteral("Swimming, with \"Sam\""));
    QCOMPARE(rows.at(3).at(0), QStringLiteral("Riser chair\nwith remote"));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(rows.last().at(0), QStringLiteral("Total"));
    // Amounts read as numbers: digits and a point, no £ or separators.
    const QRegularExpression number(QStringLiteral("^\\d+\\.\\d\\d$"));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QVERIFY2(number.match(rows.at(r).at(5)).hasMatch(), qPrintable(rows.at(r).at(5)));
        QVERIFY2(number.match(rows.at(r).at(6)).hasMatch(), qPrintable(rows.at(r).at(6)));
    }
}

void TestSupportItemsCsv::textField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Gym") << QStringLiteral("Gym");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quotes doubled")
        << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab first") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("formula with comma, guarded then quoted")
        << QStringLiteral("=SUM(A1,B1)") << QStringLiteral("\"'=SUM(A1,B1)\"");
    QTest::newRow("sign later is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestSupportItemsCsv::textField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(SupportItemsCsv::textField(text), field);
}

void TestSupportItemsCsv::amountField_data()
{
    QTest::addColumn<qint64>("pence");
    QTest::addColumn<QString>("field");
    QTest::newRow("thousands, no separator") << qint64(123450) << QStringLiteral("1234.50");
    QTest::newRow("pence only") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("whole pounds keep two decimals")
        << qint64(100000000) << QStringLiteral("1000000.00");
}

void TestSupportItemsCsv::amountField()
{
    QFETCH(qint64, pence);
    QFETCH(QString, field);
    QCOMPARE(SupportItemsCsv::amountField(Money::fromPence(pence)), field);
}

void TestSupportItemsCsv::emptyPlanHasHeaderAndZeroTotal()
{
    const QByteArray csv = SupportItemsCsv::write(Plan {}, RateTable {});
    const QList<QStringList> rows = parse(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.last(),
        (QStringList {QStringLiteral("Total"), {}, {}, {}, {}, QStringLiteral("0.00"),
            QStringLiteral("0.00")}));
}

QTEST_GUILESS_MAIN(TestSupportItemsCsv)
#include "test_supportitemscsv.moc"
