// The direct payment return for a chosen period: the balance carried in,
// money in by who paid it, money out by kind of support, the closing balance,
// and the CSV and document made from them.
#include "spending/directpaymentreturn.h"

#include <QtTest>

using namespace pb;

namespace {

Money pounds(qint64 p)
{
    return Money::fromPounds(p);
}
Money pence(qint64 p)
{
    return Money::fromPence(p);
}

Payment payment(qint64 id, QDate date, Money amount, PaymentDirection direction, const char* payee,
    std::optional<int> itemKey = {})
{
    Payment p;
    p.id = id;
    p.personId = 1;
    p.date = date;
    p.amount = amount;
    p.direction = direction;
    p.payee = QString::fromUtf8(payee);
    p.description = QStringLiteral("payment %1").arg(id);
    p.itemKey = itemKey;
    return p;
}

Plan plan()
{
    Plan plan;
    SupportItem care;
    care.key = 1;
    care.type = SupportType::AgencyHomeCare;
    SupportItem gym;
    gym.key = 2;
    gym.type = SupportType::Leisure;
    SupportItem swim;
    swim.key = 3;
    swim.type = SupportType::Leisure;
    plan.items = {care, gym, swim};
    plan.deployment.nominee = QStringLiteral("Farida Khan");
    return plan;
}

QList<Payment> payments()
{
    using D = PaymentDirection;
    return {
        payment(1, QDate(2026, 3, 30), pounds(50), D::Out, "Agency", 1),
        payment(2, QDate(2026, 4, 10), pounds(200), D::Out, "Agency", 1),
        payment(3, QDate(2026, 5, 2), pounds(200), D::Out, "Agency", 1),
        payment(4, QDate(2026, 5, 10), pounds(30), D::Out, "Gym", 2),
        payment(5, QDate(2026, 5, 11), pence(480), D::Out, "Pool", 3),
        payment(6, QDate(2026, 5, 12), pounds(15), D::Out, "Taxi"), // not linked
        payment(7, QDate(2026, 5, 14), pounds(1000), D::In, "Oldham Council"),
        payment(8, QDate(2026, 5, 28), pounds(20), D::In, "OLDHAM  council"), // same payer
        payment(
            9, QDate(2026, 5, 20), pounds(200), D::Out, "Agency", 99), // item gone from the plan
        payment(10, QDate(2026, 5, 31), pounds(5), D::In, "=HYPERLINK(\"http://x\",\"y\")"),
        payment(11, QDate(2026, 6, 1), pounds(999), D::Out, "After", 1), // after the period
    };
}

} // namespace

class TestDirectPaymentReturn : public QObject {
    Q_OBJECT
private slots:
    void balancesForThePeriod();
    void csvIsSpreadsheetReady();
    void documentHasEveryPart();
    void emptyPeriod();
};

void TestDirectPaymentReturn::balancesForThePeriod()
{
    Person person;
    person.name = QStringLiteral("Aisha Khan");
    const auto r = DirectPaymentReturn::make(
        person, plan(), payments(), QDate(2026, 5, 1), QDate(2026, 5, 31));
    // Opening: before 1 May, −£50 − £200 = −£250.
    QCOMPARE(r.opening(), pounds(-250));
    // In: £1,000 + £20 (the same council, spelt differently) + £5 = £1,025.
    QCOMPARE(r.moneyIn(), pounds(1025));
    QCOMPARE(r.inLines().size(), 2);
    QCOMPARE(r.inLines()[0].what, QStringLiteral("Oldham Council"));
    QCOMPARE(r.inLines()[0].amount, pounds(1020));
    QCOMPARE(r.inLines()[1].amount, pounds(5));
    // Out: £200 + £30 + £4.80 + £15 + £200 = £449.80, by kind in the list's
    // order: home care £200; leisure £30 + £4.80 = £34.80; other £15 + £200
    // (the item no longer in the plan) = £215.
    QCOMPARE(r.moneyOut(), pence(44980));
    QCOMPARE(r.outLines().size(), 3);
    QCOMPARE(r.outLines()[0].what, QStringLiteral("Home care from an agency"));
    QCOMPARE(r.outLines()[0].amount, pounds(200));
    QCOMPARE(r.outLines()[1].what, QStringLiteral("Leisure"));
    QCOMPARE(r.outLines()[1].amount, pence(3480));
    QCOMPARE(r.outLines()[2].amount, pounds(215));
    // Closing: −£250 + £1,025 − £449.80 = £325.20.
    QCOMPARE(r.closing(), pence(32520));
    // The payments of the period, in date order: 3, 4, 5, 6, 7, 9, 8, 10.
    QList<qint64> ids;
    for (const Payment& p : r.payments()) {
        ids.append(p.id);
    }
    QCOMPARE(ids, (QList<qint64> {3, 4, 5, 6, 7, 9, 8, 10}));
    QCOMPARE(r.fileStem(), QStringLiteral("direct-payment-return-2026-05-01-to-2026-05-31"));
}

void TestDirectPaymentReturn::csvIsSpreadsheetReady()
{
    const auto r = DirectPaymentReturn::make(
        Person {}, plan(), payments(), QDate(2026, 5, 1), QDate(2026, 5, 31));
    const QByteArray csv = r.toCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.last(), QString()); // every line ends in CRLF
    const QStringList expected {
        QStringLiteral("Section,Description,Amount (£)"),
        QStringLiteral("Opening balance,Balance on 1 May 2026,-250.00"),
        QStringLiteral("Money in,Oldham Council,1020.00"),
        // A payer's name that starts like a formula is shown as text, quoted
        // because it holds commas and doubled quotes.
        QStringLiteral("Money in,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",5.00"),
        QStringLiteral("Money in,Total money in,1025.00"),
        QStringLiteral("Money out,Home care from an agency,200.00"),
        QStringLiteral("Money out,Leisure,34.80"),
        QStringLiteral("Money out,Other spending (not linked to support in the plan),215.00"),
        QStringLiteral("Money out,Total money out,449.80"),
        QStringLiteral("Closing balance,Balance on 31 May 2026,325.20"),
        QString(),
    };
    QCOMPARE(lines, expected);
}

void TestDirectPaymentReturn::documentHasEveryPart()
{
    Person person;
    person.name = QStringLiteral("Aisha Khan");
    const auto doc =
        DirectPaymentReturn::make(person, plan(), payments(), QDate(2026, 5, 1), QDate(2026, 5, 31))
            .toDocument();
    QCOMPARE(doc.title, QStringLiteral("Direct payment return for Aisha Khan"));
    QCOMPARE(doc.author, QStringLiteral("Aisha Khan"));
    QVERIFY(doc.footer.contains(QStringLiteral("1 May 2026 to 31 May 2026")));
    const DocumentSection* summary = doc.section(QStringLiteral("summary"));
    QVERIFY(summary);
    const auto& facts = summary->blocks.first().table.rows;
    QCOMPARE(facts.size(), 5);
    QCOMPARE(facts[1],
        (QStringList {
            QStringLiteral("Money in the account on 1 May 2026"), QStringLiteral("-£250.00")}));
    QCOMPARE(facts[4],
        (QStringList {
            QStringLiteral("Money in the account on 31 May 2026"), QStringLiteral("£325.20")}));
    const DocumentSection* out = doc.section(QStringLiteral("money-out"));
    QVERIFY(out);
    QCOMPARE(out->blocks.first().table.totals,
        (QStringList {QStringLiteral("Total money out"), QStringLiteral("£449.80")}));
    const DocumentSection* list = doc.section(QStringLiteral("payments"));
    QVERIFY(list);
    QCOMPARE(list->blocks.first().table.rows.size(), 8);
    QCOMPARE(list->blocks.first().table.rows.first(),
        (QStringList {QStringLiteral("2 May 2026"), QStringLiteral("Agency"),
            QStringLiteral("payment 3"), QString(), QStringLiteral("£200.00")}));
}

void TestDirectPaymentReturn::emptyPeriod()
{
    // Nothing in June except payment 11 (£999 out): opening is everything
    // before, −£250 + £1,025 − £449.80 = £325.20; closing £325.20 − £999 = −£673.80.
    const auto r = DirectPaymentReturn::make(
        Person {}, plan(), payments(), QDate(2026, 6, 1), QDate(2026, 6, 30));
    QCOMPARE(r.opening(), pence(32520));
    QCOMPARE(r.moneyIn(), Money());
    QCOMPARE(r.closing(), pence(-67380));
    const auto none = DirectPaymentReturn::make(
        Person {}, plan(), payments(), QDate(2026, 7, 1), QDate(2026, 7, 31));
    QVERIFY(none.payments().isEmpty());
    QCOMPARE(none.opening(), none.closing());
    QVERIFY(none.toDocument().section(QStringLiteral("payments")));
}

QTEST_GUILESS_MAIN(TestDirectPaymentReturn)
#include "test_directpaymentreturn.moc"
