// Importing a statement: which rows become payments, which are refused and
// why, which look like duplicates; and that the columns chosen are checked.
#include "spending/statementimporter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pb;
using RowStatus = StatementImporter::RowStatus;

Q_DECLARE_METATYPE(StatementImporter::RowStatus)

namespace {

QByteArray bytes(const char* text)
{
    return QByteArray(text);
}

StatementImporter::File readOrFail(const QByteArray& data)
{
    auto file = StatementImporter::read(data);
    if (!file) {
        qFatal("read failed: %s", qPrintable(file.error().fullText()));
    }
    return file.value();
}

StatementImporter::Preview previewOrFail(const StatementImporter::File& file,
    const StatementColumns& columns, const QList<Payment>& recorded = {},
    const QList<SupportItem>& items = {})
{
    auto preview = StatementImporter::preview(file, columns, recorded, items, 7);
    if (!preview) {
        qFatal("preview failed: %s", qPrintable(preview.error().fullText()));
    }
    return preview.value();
}

// Date, Description, Amount: one signed amount column, minus for money out.
StatementColumns oneAmountColumn()
{
    StatementColumns c;
    c.date = 0;
    c.description = 1;
    c.amount = 2;
    return c;
}

SupportItem item(int key, SupportType type, const char* provider)
{
    SupportItem i;
    i.key = key;
    i.type = type;
    i.provider = QString::fromUtf8(provider);
    return i;
}

} // namespace

class TestStatementImporter : public QObject {
    Q_OBJECT
private slots:
    void guessesColumnsFromTheHeader_data();
    void guessesColumnsFromTheHeader();
    void columnsRoundTripAsText();
    void refusesColumnsThatCantBeUsed_data();
    void refusesColumnsThatCantBeUsed();
    void refusesFilesThatArentStatements_data();
    void refusesFilesThatArentStatements();

    void eachRowIsReadOrGivesItsReason_data();
    void eachRowIsReadOrGivesItsReason();
    void signedAmountColumn();
    void prepaidCardWithSpendingAsPlus();
    void separatePaidOutAndPaidInColumns();
    void windows1252FileWithPoundSigns();
    void duplicatesInTheFileAreLeftOutButCanBeTicked();
    void duplicatesOfRecordedPaymentsAreLeftOut();
    void paymentsAreLinkedToSupportByProvider();
    void layoutSignatureFollowsTheHeader();
    void readsAFileFromDisk();
};

void TestStatementImporter::guessesColumnsFromTheHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("expected"); // StatementColumns::toText()
    QTest::newRow("Date, Description, Amount")
        << QStringList {QStringLiteral("Date"), QStringLiteral("Description"),
               QStringLiteral("Amount")}
        << QStringLiteral(
               "date=0;description=1;payee=-1;amount=2;out=-1;in=-1;header=1;outgoing-negative=1");
    QTest::newRow("bank with paid out / paid in")
        << QStringList {QStringLiteral("Transaction Date"), QStringLiteral("Transaction Type"),
               QStringLiteral("Transaction Description"), QStringLiteral("Paid out"),
               QStringLiteral("Paid in"), QStringLiteral("Balance")}
        << QStringLiteral(
               "date=0;description=2;payee=-1;amount=-1;out=3;in=4;header=1;outgoing-negative=1");
    QTest::newRow("debit / credit and a payee")
        << QStringList {QStringLiteral("Posted date"), QStringLiteral("Payee"),
               QStringLiteral("Debit Amount"), QStringLiteral("Credit Amount")}
        << QStringLiteral(
               "date=0;description=-1;payee=1;amount=-1;out=2;in=3;header=1;outgoing-negative=1");
    QTest::newRow("no header: nothing guessed")
        << QStringList {QStringLiteral("01/04/2026"), QStringLiteral("TESCO"),
               QStringLiteral("-5.00")}
        << QStringLiteral("date=-1;description=-1;payee=-1;amount=-1;out=-1;in=-1;header=0;"
                          "outgoing-negative=1");
}

void TestStatementImporter::guessesColumnsFromTheHeader()
{
    QFETCH(QStringList, header);
    QFETCH(QString, expected);
    QCOMPARE(StatementColumns::guess(header).toText(), expected);
}

void TestStatementImporter::columnsRoundTripAsText()
{
    StatementColumns c;
    c.date = 3;
    c.description = 0;
    c.payee = 5;
    c.paidOut = 1;
    c.paidIn = 2;
    c.firstRowIsHeader = false;
    c.outgoingNegative = false;
    QCOMPARE(StatementColumns::fromText(c.toText()), c);
    QCOMPARE(StatementColumns::fromText(QStringLiteral("nonsense")), StatementColumns {});
}

void TestStatementImporter::refusesColumnsThatCantBeUsed_data()
{
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("no date") << QStringLiteral("description=1;amount=2")
                             << QStringLiteral("column that holds the date");
    QTest::newRow("no amount") << QStringLiteral("date=0;description=1")
                               << QStringLiteral("column that holds the amount");
    QTest::newRow("column the file hasn't got")
        << QStringLiteral("date=0;description=1;amount=5") << QStringLiteral("only 3 columns");
    QTest::newRow("one column for two things") << QStringLiteral(
        "date=0;description=2;amount=2") << QStringLiteral("Column 3 is chosen for two things");
}

void TestStatementImporter::refusesColumnsThatCantBeUsed()
{
    QFETCH(QString, columns);
    QFETCH(QString, messageContains);
    const auto file = readOrFail(bytes("Date,Description,Amount\n01/04/2026,Tesco,-5.00\n"));
    const auto preview =
        StatementImporter::preview(file, StatementColumns::fromText(columns), {}, {}, 7);
    QVERIFY(!preview);
    QVERIFY2(
        preview.error().message.contains(messageContains), qPrintable(preview.error().message));
}

void TestStatementImporter::refusesFilesThatArentStatements_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank lines only") << bytes("\n\n,,\n") << QStringLiteral("empty");
    QTest::newRow("one column") << bytes("Date\n01/04/2026\n") << QStringLiteral("only one column");
    QTest::newRow("a PDF") << QByteArray("%PDF-1.4\n\0\0", 11)
                           << QStringLiteral("isn't a CSV statement");
    QTest::newRow("quote never closed") << bytes("Date,Description,Amount\n01/04/2026,\"Tesco,-5\n")
                                        << QStringLiteral("never closed");
}

void TestStatementImporter::refusesFilesThatArentStatements()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messageContains);
    const auto file = StatementImporter::read(data);
    QVERIFY(!file);
    QVERIFY2(file.error().message.contains(messageContains), qPrintable(file.error().message));
}

void TestStatementImporter::eachRowIsReadOrGivesItsReason_data()
{
    QTest::addColumn<QByteArray>("row"); // after the header "Date,Description,Amount"
    QTest::addColumn<RowStatus>("status");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("good") << bytes("01/04/2026,Tesco,-5.00") << RowStatus::Ready << QString();
    QTest::newRow("missing columns")
        << bytes("01/04/2026,Tesco") << RowStatus::Unreadable << QStringLiteral("only 2 columns");
    QTest::newRow("bad date") << bytes("31/02/2026,Tesco,-5.00") << RowStatus::Unreadable
                              << QStringLiteral("The date \u201c31/02/2026\u201d can't be read");
    QTest::newRow("no date") << bytes(",Tesco,-5.00") << RowStatus::Unreadable
                             << QStringLiteral("no date");
    QTest::newRow("12,34 (quoted, so one cell)")
        << bytes("01/04/2026,Tesco,\"12,34\"") << RowStatus::Unreadable
        << QStringLiteral("The amount \u201c12,34\u201d can't be read. Use a point for pence");
    QTest::newRow("12,34 not quoted: one column too many")
        << bytes("01/04/2026,Tesco,-12,34") << RowStatus::Unreadable
        << QStringLiteral("4 columns but the first row has 3");
    QTest::newRow("empty cells after the last column are fine")
        << bytes("01/04/2026,Tesco,-5.00,,") << RowStatus::Ready << QString();
    QTest::newRow("no amount") << bytes("01/04/2026,Tesco,") << RowStatus::Unreadable
                               << QStringLiteral("no amount");
    QTest::newRow("zero") << bytes("01/04/2026,Tesco,0.00") << RowStatus::Unreadable
                          << QStringLiteral("£0");
}

void TestStatementImporter::eachRowIsReadOrGivesItsReason()
{
    QFETCH(QByteArray, row);
    QFETCH(RowStatus, status);
    QFETCH(QString, reasonContains);
    const auto file = readOrFail(bytes("Date,Description,Amount\n") + row + '\n');
    const auto preview = previewOrFail(file, oneAmountColumn());
    QCOMPARE(preview.rows.size(), 1);
    const auto& r = preview.rows.first();
    QCOMPARE(r.status, status);
    QCOMPARE(r.line, 2); // the header is row 1
    QVERIFY2(r.reason.contains(reasonContains), qPrintable(r.reason));
    QCOMPARE(r.include, status == RowStatus::Ready);
    QCOMPARE(preview.payments().size(), status == RowStatus::Ready ? 1 : 0);
}

void TestStatementImporter::signedAmountColumn()
{
    // Blank line 3 and quoted commas; a council payment in, two payments out.
    const auto file = readOrFail(bytes("Date,Description,Amount\r\n"
                                       "06/04/2026,\"Oldham Council, direct payment\",1430.00\r\n"
                                       "\r\n"
                                       "07 Apr 2026,\"Smith, J (PA wages)\",-260.00\r\n"
                                       "2026-04-08,Card refund,(15.50)\r\n"
                                       "09/04/2026,Payroll service,4.75 DR\r\n"));
    const auto preview = previewOrFail(file, oneAmountColumn());
    QCOMPARE(preview.rows.size(), 4);
    QCOMPARE(preview.count(RowStatus::Ready), 4);
    const QList<Payment> payments = preview.payments();
    QCOMPARE(payments.size(), 4);

    QCOMPARE(payments[0].date, QDate(2026, 4, 6));
    QCOMPARE(payments[0].direction, PaymentDirection::In); // a plus is money in
    QCOMPARE(payments[0].amount, Money::fromPence(143000));
    QCOMPARE(payments[0].description, QStringLiteral("Oldham Council, direct payment"));
    QCOMPARE(payments[0].personId, qint64(7));

    QCOMPARE(preview.rows[1].line, 4); // the blank line 3 still counts
    QCOMPARE(payments[1].direction, PaymentDirection::Out);
    QCOMPARE(payments[1].amount, Money::fromPence(26000));
    QCOMPARE(payments[2].direction, PaymentDirection::Out); // brackets are a minus
    QCOMPARE(payments[2].amount, Money::fromPence(1550));
    QCOMPARE(payments[3].direction, PaymentDirection::Out); // DR is a debit
    QCOMPARE(payments[3].amount, Money::fromPence(475));
}

void TestStatementImporter::prepaidCardWithSpendingAsPlus()
{
    const auto file = readOrFail(bytes("Date,Merchant,Amount\n"
                                       "01/05/2026,Bus,2.00\n"
                                       "02/05/2026,Top-up,-500.00\n"
                                       "03/05/2026,Council load,500.00 CR\n"));
    StatementColumns c = oneAmountColumn();
    c.outgoingNegative = false;
    const auto payments = previewOrFail(file, c).payments();
    QCOMPARE(payments.size(), 3);
    QCOMPARE(payments[0].direction, PaymentDirection::Out);
    QCOMPARE(payments[1].direction, PaymentDirection::In);
    QCOMPARE(payments[2].direction, PaymentDirection::In); // CR whatever the column's habit
}

void TestStatementImporter::separatePaidOutAndPaidInColumns()
{
    const auto file = readOrFail(bytes("Date,Description,Paid out,Paid in,Balance\n"
                                       "01/05/2026,Jade Morris,227.50,,1000.00\n"
                                       "02/05/2026,Council,0.00,1430.00,2430.00\n"
                                       "03/05/2026,Refund,-10.00,,2440.00\n"
                                       "04/05/2026,Both,5.00,5.00,2440.00\n"
                                       "05/05/2026,Neither,,,2440.00\n"));
    StatementColumns c;
    c.date = 0;
    c.description = 1;
    c.paidOut = 2;
    c.paidIn = 3;
    const auto preview = previewOrFail(file, c);
    QCOMPARE(preview.rows.size(), 5);
    QCOMPARE(preview.rows[0].payment.direction, PaymentDirection::Out);
    QCOMPARE(preview.rows[0].payment.amount, Money::fromPence(22750));
    QCOMPARE(preview.rows[1].payment.direction, PaymentDirection::In); // 0.00 out counts as empty
    QCOMPARE(preview.rows[1].payment.amount, Money::fromPence(143000));
    QCOMPARE(
        preview.rows[2].payment.direction, PaymentDirection::In); // a minus paid out is money back
    QCOMPARE(preview.rows[3].status, RowStatus::Unreadable);
    QVERIFY(preview.rows[3].reason.contains(QStringLiteral("both")));
    QCOMPARE(preview.rows[4].status, RowStatus::Unreadable);
    QVERIFY(preview.rows[4].reason.contains(QStringLiteral("no amount")));
}

void TestStatementImporter::windows1252FileWithPoundSigns()
{
    // Excel on Windows: "£" is the one byte 0xA3, and "Café" has 0xE9.
    const auto file = readOrFail(QByteArray("Date,Description,Amount\r\n"
                                            "01/05/2026,Caf\xE9 lunch,-\xA3"
                                            "12.50\r\n"));
    QCOMPARE(file.encoding, StatementTextDecoder::Encoding::Windows1252);
    const auto payments = previewOrFail(file, oneAmountColumn()).payments();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments[0].description, QStringLiteral("Café lunch"));
    QCOMPARE(payments[0].amount, Money::fromPence(1250));
    QCOMPARE(payments[0].direction, PaymentDirection::Out);
}

void TestStatementImporter::duplicatesInTheFileAreLeftOutButCanBeTicked()
{
    const auto file =
        readOrFail(bytes("Date,Description,Amount\n"
                         "01/05/2026,Bus fare,-2.00\n"
                         "01/05/2026,BUS  FARE,-2.00\n" // same, ignoring case and spacing
                         "01/05/2026,Bus fare,-2.50\n" // another amount
                         "02/05/2026,Bus fare,-2.00\n" // another day
                         "01/05/2026,Bus fare,2.00\n" // the other way
                         "01/05/2026,Bus fare,-2.00\n"));
    auto preview = previewOrFail(file, oneAmountColumn());
    QCOMPARE(preview.rows.size(), 6);
    QCOMPARE(preview.rows[0].status, RowStatus::Ready);
    QCOMPARE(preview.rows[1].status, RowStatus::RepeatedInFile);
    QVERIFY2(preview.rows[1].reason.contains(QStringLiteral("row 2")),
        qPrintable(preview.rows[1].reason));
    QVERIFY(!preview.rows[1].include);
    QCOMPARE(preview.rows[2].status, RowStatus::Ready);
    QCOMPARE(preview.rows[3].status, RowStatus::Ready);
    QCOMPARE(preview.rows[4].status, RowStatus::Ready);
    QCOMPARE(preview.rows[5].status, RowStatus::RepeatedInFile);
    QVERIFY(preview.rows[5].reason.contains(QStringLiteral("row 2"))); // the first, not the second
    QCOMPARE(preview.payments().size(), 4);

    preview.rows[1].include = true; // two bus fares that day really
    QCOMPARE(preview.payments().size(), 5);
}

void TestStatementImporter::duplicatesOfRecordedPaymentsAreLeftOut()
{
    Payment recorded;
    recorded.personId = 7;
    recorded.date = QDate(2026, 5, 1);
    recorded.amount = Money::fromPence(22750);
    recorded.direction = PaymentDirection::Out;
    recorded.description = QStringLiteral("jade morris");
    const auto file = readOrFail(bytes("Date,Description,Amount\n"
                                       "01/05/2026,JADE MORRIS,-227.50\n"
                                       "08/05/2026,JADE MORRIS,-227.50\n"));
    const auto preview = previewOrFail(file, oneAmountColumn(), {recorded});
    QCOMPARE(preview.rows[0].status, RowStatus::AlreadyRecorded);
    QVERIFY(!preview.rows[0].include);
    QCOMPARE(preview.rows[1].status, RowStatus::Ready);
    QCOMPARE(preview.payments().size(), 1);
    QCOMPARE(preview.payments().first().date, QDate(2026, 5, 8));
}

void TestStatementImporter::paymentsAreLinkedToSupportByProvider()
{
    const QList<SupportItem> items {item(1, SupportType::PersonalAssistant, "Jade Morris"),
        item(2, SupportType::Leisure, "Oldham Leisure"),
        item(3, SupportType::Unpaid, "Mum"), // costs nothing: never paid
        item(4, SupportType::Transport, "Cab"), item(5, SupportType::Other, "Cab")}; // two "Cab"s
    const auto file = readOrFail(bytes("Date,Description,Amount\n"
                                       "01/05/2026,JADE MORRIS WAGES,-227.50\n"
                                       "02/05/2026,oldham leisure swim,-4.80\n"
                                       "03/05/2026,Mum,-10.00\n"
                                       "04/05/2026,Cab ride,-8.00\n"
                                       "05/05/2026,Refund Oldham Leisure,4.80\n"));
    const auto payments = previewOrFail(file, oneAmountColumn(), {}, items).payments();
    QCOMPARE(payments.size(), 5);
    QCOMPARE(payments[0].itemKey, std::optional<int>(1));
    QCOMPARE(payments[1].itemKey, std::optional<int>(2));
    QCOMPARE(payments[2].itemKey, std::nullopt);
    QCOMPARE(payments[3].itemKey, std::nullopt); // which "Cab" can't be known
    QCOMPARE(payments[4].itemKey, std::nullopt); // money in is not spending on an item
}

void TestStatementImporter::layoutSignatureFollowsTheHeader()
{
    const auto a = readOrFail(bytes("Date,Description,Amount\n01/05/2026,x,-1\n"));
    const auto b = readOrFail(bytes("DATE, description ,Amount\n02/06/2026,y,-2\n"));
    const auto c = readOrFail(bytes("Date,Paid out,Paid in\n01/05/2026,1,\n"));
    QCOMPARE(a.layoutSignature(true), b.layoutSignature(true));
    QVERIFY(a.layoutSignature(true) != c.layoutSignature(true));
    QCOMPARE(a.layoutSignature(false), QStringLiteral("columns:3"));
}

void TestStatementImporter::readsAFileFromDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statement.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF"
                "Date,Description,Amount\n01/05/2026,Tesco,-5.00\n");
    }
    const auto file = StatementImporter::readFile(path);
    QVERIFY(file);
    QCOMPARE(file->encoding, StatementTextDecoder::Encoding::Utf8WithBom);
    QCOMPARE(file->firstRow(),
        (QStringList {
            QStringLiteral("Date"), QStringLiteral("Description"), QStringLiteral("Amount")}));

    const auto missing = StatementImporter::readFile(dir.filePath(QStringLiteral("gone.csv")));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("no file")));
}

QTEST_GUILESS_MAIN(TestStatementImporter)
#include "test_statementimporter.moc"
