// The pieces a statement is read with: the encoding, RFC 4180 records, UK
// dates and signed amounts.
#include "spending/csvreader.h"
#include "spending/statementamountparser.h"
#include "spending/statementtextdecoder.h"
#include "spending/ukdateparser.h"

#include <QtTest>

using namespace pb;

Q_DECLARE_METATYPE(StatementTextDecoder::Encoding)
Q_DECLARE_METATYPE(StatementAmountParser::Sign)

class TestStatementReading : public QObject {
    Q_OBJECT
private slots:
    void decodesEachEncoding_data();
    void decodesEachEncoding();
    void refusesBinaryFiles();

    void splitsRecords_data();
    void splitsRecords();
    void recordsKeepTheirLineNumbers();
    void refusesAQuoteNeverClosed();

    void readsUkDates_data();
    void readsUkDates();
    void refusesOtherDates_data();
    void refusesOtherDates();

    void readsSignedAmounts_data();
    void readsSignedAmounts();
    void refusesUnclearAmounts_data();
    void refusesUnclearAmounts();
};

void TestStatementReading::decodesEachEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<StatementTextDecoder::Encoding>("encoding");
    using E = StatementTextDecoder::Encoding;
    // "£" is C2 A3 in UTF-8 and the one byte A3 in Windows-1252.
    QTest::newRow("UTF-8 with a byte order mark")
        << QByteArray("\xEF\xBB\xBF"
                      "Date,Amount\n1/1/2027,\xC2\xA3"
                      "5")
        << QStringLiteral("Date,Amount\n1/1/2027,£5") << E::Utf8WithBom;
    QTest::newRow("UTF-8 without a mark") << QByteArray("Caf\xC3\xA9,\xC2\xA3"
                                                        "5")
                                          << QStringLiteral("Café,£5") << E::Utf8;
    QTest::newRow("plain ASCII is UTF-8")
        << QByteArray("Date,Amount") << QStringLiteral("Date,Amount") << E::Utf8;
    QTest::newRow("Windows-1252 pound sign 0xA3") << QByteArray(
        "Tesco,\xA3"
        "12.50") << QStringLiteral("Tesco,£12.50") << E::Windows1252;
    // 0x80 is € and 0x93/0x94 curly quotes in Windows-1252 (not in Latin-1).
    QTest::newRow("Windows-1252 euro and curly quotes")
        << QByteArray("\x80"
                      "5 \x93gift\x94")
        << QStringLiteral("€5 \u201cgift\u201d") << E::Windows1252;
}

void TestStatementReading::decodesEachEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(StatementTextDecoder::Encoding, encoding);
    const auto decoded = StatementTextDecoder::decode(bytes);
    QVERIFY(decoded);
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encoding, encoding);
}

void TestStatementReading::refusesBinaryFiles()
{
    const auto decoded = StatementTextDecoder::decode(QByteArray("%PDF-1.4\0\x01\x02", 11));
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(QStringLiteral("CSV")),
        qPrintable(decoded.error().message));
}

void TestStatementReading::splitsRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("CRLF lines") << QStringLiteral("a,b\r\nc,d\r\n")
                                << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
                                       {QStringLiteral("c"), QStringLiteral("d")}};
    QTest::newRow("LF and CR lines, no last line end")
        << QStringLiteral("a,b\nc,d\re,f")
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
               {QStringLiteral("c"), QStringLiteral("d")},
               {QStringLiteral("e"), QStringLiteral("f")}};
    QTest::newRow("quoted comma") << QStringLiteral("1/1/2027,\"Smith, J\",-5.00")
                                  << QList<QStringList> {{QStringLiteral("1/1/2027"),
                                         QStringLiteral("Smith, J"), QStringLiteral("-5.00")}};
    QTest::newRow("doubled quote")
        << QStringLiteral("\"Jo \"\"the PA\"\"\",x")
        << QList<QStringList> {{QStringLiteral("Jo \"the PA\""), QStringLiteral("x")}};
    QTest::newRow("line break inside quotes")
        << QStringLiteral("\"two\nlines\",y")
        << QList<QStringList> {{QStringLiteral("two\nlines"), QStringLiteral("y")}};
    QTest::newRow("empty fields kept")
        << QStringLiteral("a,,c,")
        << QList<QStringList> {{QStringLiteral("a"), QString(), QStringLiteral("c"), QString()}};
    QTest::newRow("blank lines and empty-field lines skipped")
        << QStringLiteral("a,b\n\n  \n,,\nc,d\n\n")
        << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")},
               {QStringLiteral("c"), QStringLiteral("d")}};
}

void TestStatementReading::splitsRecords()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    const auto read = CsvReader::read(text);
    QVERIFY(read);
    QList<QStringList> fields;
    for (const auto& r : *read) {
        fields.append(r.fields);
    }
    QCOMPARE(fields, records);
}

void TestStatementReading::recordsKeepTheirLineNumbers()
{
    // Line 1 header, 2 blank, 3 a record whose quoted field runs onto line
    // 4, then line 5.
    const auto read = CsvReader::read(QStringLiteral("h1,h2\n\n\"x\ny\",1\nz,2\n"));
    QVERIFY(read);
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0).line, 1);
    QCOMPARE(read->at(1).line, 3);
    QCOMPARE(read->at(2).line, 5);
}

void TestStatementReading::refusesAQuoteNeverClosed()
{
    const auto read = CsvReader::read(QStringLiteral("a,b\nc,\"never closed\nd,e\n"));
    QVERIFY(!read);
    QVERIFY2(
        read.error().message.contains(QStringLiteral("row 2")), qPrintable(read.error().message));
}

void TestStatementReading::readsUkDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    const QDate jan31(2027, 1, 31);
    QTest::newRow("dd/MM/yyyy") << QStringLiteral("31/01/2027") << jan31;
    QTest::newRow("d/M/yyyy") << QStringLiteral("3/2/2027") << QDate(2027, 2, 3);
    QTest::newRow("dashes") << QStringLiteral("31-01-2027") << jan31;
    QTest::newRow("dots") << QStringLiteral("31.01.2027") << jan31;
    QTest::newRow("two-digit year") << QStringLiteral("31/01/27") << jan31;
    QTest::newRow("d MMM yyyy") << QStringLiteral("31 Jan 2027") << jan31;
    QTest::newRow("month in capitals") << QStringLiteral("31 JAN 2027") << jan31;
    QTest::newRow("whole month name") << QStringLiteral("31 January 2027") << jan31;
    QTest::newRow("Sept") << QStringLiteral("1 Sept 2026") << QDate(2026, 9, 1);
    QTest::newRow("dd-MMM-yy") << QStringLiteral("31-Jan-27") << jan31;
    QTest::newRow("ISO") << QStringLiteral("2027-01-31") << jan31;
    QTest::newRow("with a time") << QStringLiteral("31/01/2027 14:05") << jan31;
    QTest::newRow("spaces around") << QStringLiteral("  31/01/2027 ") << jan31;
}

void TestStatementReading::readsUkDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = UkDateParser::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, date);
}

void TestStatementReading::refusesOtherDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageContains");
    const QString forms = QStringLiteral("31/01/2027, 31 Jan 2027 or 2027-01-31");
    QTest::newRow("no such day") << QStringLiteral("31/02/2027") << forms;
    QTest::newRow("month first (US)") << QStringLiteral("01/31/2027") << forms;
    QTest::newRow("words") << QStringLiteral("yesterday") << forms;
    QTest::newRow("unknown month") << QStringLiteral("3 Foo 2027") << forms;
    QTest::newRow("no year") << QStringLiteral("31/01") << forms;
    QTest::newRow("empty") << QString() << QStringLiteral("no date");
}

void TestStatementReading::refusesOtherDates()
{
    QFETCH(QString, text);
    QFETCH(QString, messageContains);
    const auto parsed = UkDateParser::parse(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(messageContains), qPrintable(parsed.error().message));
    if (!text.isEmpty()) {
        QVERIFY(parsed.error().message.contains(text)); // says which date
    }
}

void TestStatementReading::readsSignedAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pence");
    QTest::addColumn<StatementAmountParser::Sign>("sign");
    using S = StatementAmountParser::Sign;
    QTest::newRow("plain") << QStringLiteral("12.34") << qint64(1234) << S::Plus;
    QTest::newRow("plus") << QStringLiteral("+12.34") << qint64(1234) << S::Plus;
    QTest::newRow("minus") << QStringLiteral("-12.34") << qint64(1234) << S::Minus;
    QTest::newRow("trailing minus") << QStringLiteral("12.34-") << qint64(1234) << S::Minus;
    QTest::newRow("brackets") << QStringLiteral("(12.34)") << qint64(1234) << S::Minus;
    QTest::newRow("pound then minus") << QStringLiteral("£-12.34") << qint64(1234) << S::Minus;
    QTest::newRow("minus then pound") << QStringLiteral("-£12.34") << qint64(1234) << S::Minus;
    QTest::newRow("DR") << QStringLiteral("12.34 DR") << qint64(1234) << S::Debit;
    QTest::newRow("CR no space") << QStringLiteral("12.34CR") << qint64(1234) << S::Credit;
    QTest::newRow("dr lower case") << QStringLiteral("12.34 dr") << qint64(1234) << S::Debit;
    QTest::newRow("thousands and pound")
        << QStringLiteral("£1,234.56") << qint64(123456) << S::Plus;
    QTest::newRow("GBP after") << QStringLiteral("5.00 GBP") << qint64(500) << S::Plus;
    QTest::newRow("zero") << QStringLiteral("0.00") << qint64(0) << S::Plus;
}

void TestStatementReading::readsSignedAmounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, pence);
    QFETCH(StatementAmountParser::Sign, sign);
    const auto parsed = StatementAmountParser::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->magnitude.pence(), pence);
    QCOMPARE(parsed->sign, sign);
}

void TestStatementReading::refusesUnclearAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageContains");
    // MoneyParser's own message: "12,34" could be £12.34 or £1,234.
    QTest::newRow("decimal comma") << QStringLiteral(
        "12,34") << QStringLiteral("Use a point for pence and commas only between thousands");
    QTest::newRow("decimal comma, negative")
        << QStringLiteral("-12,34") << QStringLiteral("Use a point for pence");
    QTest::newRow("two signs") << QStringLiteral("-(12.34)")
                               << QStringLiteral("more than one sign");
    QTest::newRow("minus and CR") << QStringLiteral("-12.34 CR")
                                  << QStringLiteral("more than one sign");
    QTest::newRow("words") << QStringLiteral("twelve") << QStringLiteral("like 120 or 120.50");
    QTest::newRow("sign only") << QStringLiteral("-") << QStringLiteral("no number");
    QTest::newRow("empty") << QString() << QStringLiteral("no amount");
}

void TestStatementReading::refusesUnclearAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, messageContains);
    const auto parsed = StatementAmountParser::parse(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(messageContains), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestStatementReading)
#include "test_statementreading.moc"
