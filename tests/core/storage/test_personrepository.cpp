#include "sampleplan.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

class TestPersonRepository : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addThenLoadKeepsEveryField();
    void updateChangesEveryField_data();
    void updateChangesEveryField();
    void updateOfMissingPersonIsRefused();
    void archiveHidesButNeverDeletes();
    void listIsByNameThenAge();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPersonRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::create(m_dir->filePath(QStringLiteral("people.pbdb")));
    QVERIFY(db);
    m_db = std::move(db).value();
}

void TestPersonRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPersonRepository::addThenLoadKeepsEveryField()
{
    PersonRepository people(*m_db);
    Person sample = pb::test::samplePerson();
    auto id = people.add(sample);
    QVERIFY(id);
    QVERIFY(*id > 0);
    auto loaded = people.load(*id);
    QVERIFY(loaded);
    sample.id = *id;
    QCOMPARE(*loaded, sample);
}

void TestPersonRepository::updateChangesEveryField_data()
{
    QTest::addColumn<int>("field");
    for (int f = 0; f < 9; ++f) {
        QTest::addRow("field %d", f) << f;
    }
}

void TestPersonRepository::updateChangesEveryField()
{
    QFETCH(int, field);
    PersonRepository people(*m_db);
    Person p = pb::test::samplePerson();
    auto id = people.add(p);
    QVERIFY(id);
    p.id = *id;
    switch (field) {
    case 0:
        p.name = QStringLiteral("Siân Price");
        break;
    case 1:
        p.dateOfBirth = QDate(1990, 1, 2);
        break;
    case 2:
        p.helperName.clear();
        break;
    case 3:
        p.phone = QStringLiteral("029 2000 0000");
        break;
    case 4:
        p.email = QStringLiteral("new@example.org");
        break;
    case 5:
        p.address = QStringLiteral("Somewhere else");
        break;
    case 6:
        p.preferredLanguage = QStringLiteral("English");
        break;
    case 7:
        p.wantsEasyRead = false;
        break;
    case 8:
        p.dateOfBirth = QDate();
        break; // forgetting a date is an edit too
    }
    QVERIFY(people.update(p));
    auto loaded = people.load(p.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, p);
}

void TestPersonRepository::updateOfMissingPersonIsRefused()
{
    PersonRepository people(*m_db);
    Person ghost = pb::test::samplePerson();
    ghost.id = 4242;
    auto s = people.update(ghost);
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("no longer in the database")));
    QVERIFY(!people.archive(4242));
    auto all = people.list(PersonRepository::Archived::Shown);
    QVERIFY(all);
    QVERIFY(all->isEmpty()); // update never inserts
}

void TestPersonRepository::archiveHidesButNeverDeletes()
{
    PersonRepository people(*m_db);
    Person a;
    a.name = QStringLiteral("Ann");
    Person b;
    b.name = QStringLiteral("Bob");
    auto idA = people.add(a);
    auto idB = people.add(b);
    QVERIFY(idA && idB);

    QVERIFY(people.archive(*idA));
    auto shown = people.list();
    QVERIFY(shown);
    QCOMPARE(shown->size(), 1);
    QCOMPARE(shown->first().name, QStringLiteral("Bob"));
    auto all = people.list(PersonRepository::Archived::Shown);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    auto ann = people.load(*idA);
    QVERIFY(ann);
    QVERIFY(ann->archived);

    QVERIFY(people.unarchive(*idA));
    shown = people.list();
    QVERIFY(shown);
    QCOMPARE(shown->size(), 2);
}

void TestPersonRepository::listIsByNameThenAge()
{
    PersonRepository people(*m_db);
    QList<qint64> ids;
    for (const char* name : {"Zoe", "Amir", "Zoe", "Bea"}) {
        Person p;
        p.name = QString::fromLatin1(name);
        auto id = people.add(p);
        QVERIFY(id);
        ids << *id;
    }
    auto list = people.list();
    QVERIFY(list);
    QStringList names;
    QList<qint64> order;
    for (const Person& p : *list) {
        names << p.name;
        order << p.id;
    }
    QCOMPARE(names,
        (QStringList {QStringLiteral("Amir"), QStringLiteral("Bea"), QStringLiteral("Zoe"),
            QStringLiteral("Zoe")}));
    // The two Zoes in the order they were added (id).
    QCOMPARE(order.mid(2), (QList<qint64> {ids.at(0), ids.at(2)}));
}

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "test_personrepository.moc"
