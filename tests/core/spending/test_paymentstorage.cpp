// Payments and settings in the database: saved as they are made, read back
// whole, all or nothing for an imported statement, and put back with their
// ids by undo.
#include "spending/spendingsettings.h"
#include "storage/database.h"
#include "storage/paymentrepository.h"
#include "storage/personrepository.h"
#include "storage/settingsrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

namespace {

Payment payment(qint64 personId, QDate date, qint64 pence, PaymentDirection direction)
{
    Payment p;
    p.personId = personId;
    p.date = date;
    p.amount = Money::fromPence(pence);
    p.direction = direction;
    p.payee = QStringLiteral("Jade Morris");
    p.description = QStringLiteral("Wages, week 1 \u2014 \u201cthanks\u201d");
    p.itemKey = 4;
    return p;
}

} // namespace

class TestPaymentStorage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void paymentsRoundTripInDateOrder();
    void updateAndRemove();
    void importIsAllOrNothing();
    void removedPaymentComesBackWithItsId();
    void paymentsSurviveReopening();
    void buildUpWeeksIsKeptWithTheData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_person = 0;
    qint64 m_other = 0;
};

void TestPaymentStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::create(m_dir->filePath(QStringLiteral("caseload.pbdb")));
    QVERIFY(db);
    m_db = std::move(db).value();
    Person person;
    person.name = QStringLiteral("Aisha");
    m_person = PersonRepository(*m_db).add(person).value();
    person.name = QStringLiteral("Harold");
    m_other = PersonRepository(*m_db).add(person).value();
}

void TestPaymentStorage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPaymentStorage::paymentsRoundTripInDateOrder()
{
    PaymentRepository repo(*m_db);
    Payment later = payment(m_person, QDate(2026, 5, 2), 22750, PaymentDirection::Out);
    Payment earlier = payment(m_person, QDate(2026, 4, 6), 143000, PaymentDirection::In);
    earlier.itemKey.reset();
    Payment someoneElse = payment(m_other, QDate(2026, 4, 1), 100, PaymentDirection::Out);
    auto ids = repo.addAll({later, earlier, someoneElse});
    QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().fullText()));
    QCOMPARE(ids->size(), 3);
    later.id = ids->at(0);
    earlier.id = ids->at(1);

    auto listed = repo.list(m_person);
    QVERIFY(listed);
    QCOMPARE(*listed, (QList<Payment> {earlier, later})); // every field, oldest first
}

void TestPaymentStorage::updateAndRemove()
{
    PaymentRepository repo(*m_db);
    Payment p = payment(m_person, QDate(2026, 5, 2), 22750, PaymentDirection::Out);
    p.id = repo.add(p).value();
    p.amount = Money::fromPence(23000);
    p.itemKey.reset();
    p.direction = PaymentDirection::In;
    QVERIFY(repo.update(p));
    QCOMPARE(repo.list(m_person)->first(), p);

    QVERIFY(repo.removeAll({p.id}));
    QVERIFY(repo.list(m_person)->isEmpty());
    QVERIFY(repo.removeAll({p.id})); // already gone: fine, so undo can repeat
}

void TestPaymentStorage::importIsAllOrNothing()
{
    PaymentRepository repo(*m_db);
    // The second payment names no stored person: the database refuses it,
    // and the first, already written in the same transaction, goes too.
    const QList<Payment> statement {
        payment(m_person, QDate(2026, 5, 1), 500, PaymentDirection::Out),
        payment(999, QDate(2026, 5, 2), 600, PaymentDirection::Out)};
    const auto ids = repo.addAll(statement);
    QVERIFY(!ids);
    QVERIFY(ids.error().message.contains(QStringLiteral("nothing was changed")));
    QVERIFY(repo.list(m_person)->isEmpty());

    // A payment of £0 is refused before anything is written.
    const auto zero = repo.addAll({payment(m_person, QDate(2026, 5, 1), 0, PaymentDirection::Out)});
    QVERIFY(!zero);
    QVERIFY(repo.list(m_person)->isEmpty());
}

void TestPaymentStorage::removedPaymentComesBackWithItsId()
{
    PaymentRepository repo(*m_db);
    Payment p = payment(m_person, QDate(2026, 5, 2), 22750, PaymentDirection::Out);
    p.id = repo.add(p).value();
    QVERIFY(repo.removeAll({p.id}));
    const auto back = repo.addAll({p});
    QVERIFY(back);
    QCOMPARE(back->first(), p.id);
    QCOMPARE(repo.list(m_person)->first(), p);
}

void TestPaymentStorage::paymentsSurviveReopening()
{
    const QString path = m_db->path();
    Payment p = payment(m_person, QDate(2026, 5, 2), 22750, PaymentDirection::Out);
    p.id = PaymentRepository(*m_db).add(p).value();
    m_db.reset();
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE(PaymentRepository(**db).list(m_person)->first(), p);
}

void TestPaymentStorage::buildUpWeeksIsKeptWithTheData()
{
    SettingsRepository settings(*m_db);
    QCOMPARE(SpendingSettings::load(settings)->buildUpWeeks, 8); // never set: the default

    QVERIFY(SpendingSettings::saveBuildUpWeeks(settings, 12));
    QCOMPARE(SpendingSettings::load(settings)->buildUpWeeks, 12);
    QVERIFY(SpendingSettings::saveBuildUpWeeks(settings, 6)); // changed again: one value kept
    QCOMPARE(SpendingSettings::load(settings)->buildUpWeeks, 6);

    const auto refused = SpendingSettings::saveBuildUpWeeks(settings, 0);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("between 1 and 52")));
    QCOMPARE(SpendingSettings::load(settings)->buildUpWeeks, 6);

    // A value changed outside the program reads as the default.
    QVERIFY(settings.setValue(SpendingSettings::buildUpWeeksKey(), QStringLiteral("lots")));
    QCOMPARE(SpendingSettings::load(settings)->buildUpWeeks, 8);
}

QTEST_GUILESS_MAIN(TestPaymentStorage)
#include "test_paymentstorage.moc"
