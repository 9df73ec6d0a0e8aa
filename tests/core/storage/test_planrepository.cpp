#include "exchange/planfile.h"
#include "sampleplan.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

namespace {

const QDate kToday(2027, 2, 10);
// Agreed at a local time, so the date in messages is 3 March in any time zone.
const QDateTime kAgreedAt(QDate(2027, 3, 3), QTime(10, 15));
const QString kFrozen = QStringLiteral("This version was agreed on 3 March 2027 and can't be "
                                       "changed. Make a new version to change it.");

QString why(const Status& s)
{
    return s.ok() ? QString() : s.error().fullText();
}

template <typename T> QString why(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().fullText();
}

// The sample plan as createPlan() stores it: a version-1 draft of today.
Plan asNewDraft(Plan plan, qint64 id, qint64 personId)
{
    plan.id = id;
    plan.personId = personId;
    plan.version = 1;
    plan.status = PlanStatus::Draft;
    plan.createdOn = kToday;
    plan.agreedAt = {};
    plan.agreedBy.clear();
    plan.reviews.clear();
    return plan;
}

int countRows(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace

class TestPlanRepository : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void everyFieldSurvivesAsRecorded();
    void everyFieldSurvivesDraftAgreeReview();
    void editChangesOnlyWhatItSays_data();
    void editChangesOnlyWhatItSays();
    void reorderMustNameEveryKeyOnce();
    void agreedPlanRefusesEveryEdit_data();
    void agreedPlanRefusesEveryEdit();
    void agreeFreezesStoresSnapshotAndSupersedes();
    void agreeNeedsWhoAndReviewDate_data();
    void agreeNeedsWhoAndReviewDate();
    void newDraftFromOnlyFromTheCurrentAgreedVersion();
    void createPlanRefusedWhileADraftExists();
    void importPlanAddsPersonAndDraft();
    void failureInTheMiddleLeavesNothingHalfWritten_data();
    void failureInTheMiddleLeavesNothingHalfWritten();
    void reviewsGoOnTheCurrentAgreedVersion();
    void missingThingsAreExplained();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Person m_person;
    Plan m_draft; // the sample as stored by createPlan
};

void TestPlanRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::create(m_dir->filePath(QStringLiteral("plans.pbdb")));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_person = pb::test::samplePerson();
    auto personId = PersonRepository(*m_db).add(m_person);
    QVERIFY(personId);
    m_person.id = *personId;
    auto created = PlanRepository(*m_db).createPlan(m_person.id, pb::test::samplePlan(), kToday);
    QVERIFY2(created, qPrintable(why(created)));
    m_draft = *created;
    QCOMPARE(m_draft, asNewDraft(pb::test::samplePlan(), m_draft.id, m_person.id));
}

void TestPlanRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPlanRepository::everyFieldSurvivesAsRecorded()
{
    PlanRepository plans(*m_db);
    const Person person = pb::test::samplePerson();
    const Plan sample = pb::test::samplePlan();
    auto ids =
        plans.importPlans({PlanFileContents {person, sample}}, PlanRepository::ImportAs::Recorded);
    QVERIFY2(ids, qPrintable(why(ids)));
    QCOMPARE(ids->size(), 1);

    auto loaded = plans.load(ids->first());
    QVERIFY2(loaded, qPrintable(why(loaded)));
    Plan expected = sample;
    expected.id = ids->first();
    expected.personId = loaded->personId;
    QVERIFY(expected.personId != m_person.id); // a new person
    QCOMPARE(loaded->budget, expected.budget);
    QCOMPARE(loaded->outcomes, expected.outcomes);
    QCOMPARE(loaded->items, expected.items);
    QCOMPARE(loaded->reviews, expected.reviews);
    QCOMPARE(*loaded, expected);

    Person storedPerson = person;
    storedPerson.id = expected.personId;
    auto loadedPerson = PersonRepository(*m_db).load(expected.personId);
    QVERIFY(loadedPerson);
    QCOMPARE(*loadedPerson, storedPerson);
    // An agreed plan arrives with its frozen copy.
    auto snapshot = plans.snapshot(expected.id);
    QVERIFY2(snapshot, qPrintable(why(snapshot)));
    QCOMPARE(*snapshot, PlanFile::toXml(storedPerson, expected));
}

void TestPlanRepository::everyFieldSurvivesDraftAgreeReview()
{
    PlanRepository plans(*m_db);
    const Plan sample = pb::test::samplePlan();
    auto loaded = plans.load(m_draft.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, m_draft);

    auto agreed = plans.agree(m_draft.id, sample.agreedBy, sample.agreedAt, sample.reviewDate);
    QVERIFY2(agreed, qPrintable(why(agreed)));
    auto index = plans.addReview(m_draft.id, sample.reviews.first());
    QVERIFY2(index, qPrintable(why(index)));
    QCOMPARE(*index, 0);

    loaded = plans.load(m_draft.id);
    QVERIFY(loaded);
    Plan expected = sample;
    expected.id = m_draft.id;
    expected.personId = m_person.id;
    expected.version = 1;
    expected.createdOn = kToday;
    QCOMPARE(*loaded, expected);
}

enum class Edit {
    Budget,
    BudgetCleared,
    OutcomeChanged,
    OutcomeAdded,
    OutcomeDeleted,
    OutcomeDeletedTwice,
    ItemChanged,
    ItemAdded,
    ItemDeleted,
    OutcomesReordered,
    ItemsReordered,
    Deployment,
    Emergency,
    WholeDraft,
};
Q_DECLARE_METATYPE(Edit)

const QList<std::pair<Edit, const char*>> kEdits {
    {Edit::Budget, "update budget"},
    {Edit::BudgetCleared, "budget amounts cleared"},
    {Edit::OutcomeChanged, "outcome changed"},
    {Edit::OutcomeAdded, "outcome added"},
    {Edit::OutcomeDeleted, "outcome deleted"},
    {Edit::OutcomeDeletedTwice, "outcome deleted twice"},
    {Edit::ItemChanged, "support item changed"},
    {Edit::ItemAdded, "support item added"},
    {Edit::ItemDeleted, "support item deleted"},
    {Edit::OutcomesReordered, "outcomes reordered"},
    {Edit::ItemsReordered, "support items reordered"},
    {Edit::Deployment, "deployment"},
    {Edit::Emergency, "emergency plan"},
    {Edit::WholeDraft, "whole draft saved"},
};

void TestPlanRepository::editChangesOnlyWhatItSays_data()
{
    QTest::addColumn<Edit>("edit");
    for (const auto& [edit, name] : kEdits) {
        QTest::newRow(name) << edit;
    }
}

void TestPlanRepository::editChangesOnlyWhatItSays()
{
    QFETCH(Edit, edit);
    PlanRepository plans(*m_db);
    Plan expected = m_draft;
    const qint64 id = m_draft.id;
    Status result = success();
    switch (edit) {
    case Edit::Budget: {
        Budget b = expected.budget;
        b.agreed = Money::fromPence(99999);
        b.period = Period::Month;
        b.start = QDate(2027, 5, 1);
        b.source = BudgetSource::Entered;
        b.rasSchemeId.clear();
        b.rasAnswers.remove(QStringLiteral("personal-care"));
        b.rasAnswers.insert(QStringLiteral("night"), QStringLiteral("sometimes"));
        b.streams.removeFirst();
        b.streams.append(FundingStream {expected.nextKey(), FundingSource::AccessToWork,
            Money::fromPence(500), QStringLiteral("For the job")});
        expected.budget = b;
        result = plans.updateBudget(id, b);
        break;
    }
    case Edit::BudgetCleared:
        expected.budget.indicative.reset();
        expected.budget.agreed.reset();
        expected.budget.streams.clear();
        result = plans.updateBudget(id, expected.budget);
        break;
    case Edit::OutcomeChanged: {
        Outcome o = expected.outcomes[1];
        o.text = QStringLiteral("Stay in my own flat, with my cat");
        o.topThree = false;
        o.lifeArea = LifeArea::CleanHome;
        expected.outcomes[1] = o; // keeps its place in the list
        result = plans.upsertOutcome(id, o);
        break;
    }
    case Edit::OutcomeAdded: {
        const Outcome o {expected.nextKey(), QStringLiteral("See my grandchildren"),
            LifeArea::PeopleAndCommunity, false, QStringLiteral("Monthly visits")};
        expected.outcomes.append(o); // added at the end
        result = plans.upsertOutcome(id, o);
        break;
    }
    case Edit::OutcomeDeleted:
        // Items keep their links to it: the store keeps what the model says.
        expected.outcomes.removeAt(0);
        result = plans.deleteOutcome(id, m_draft.outcomes.at(0).key);
        break;
    case Edit::OutcomeDeletedTwice:
        expected.outcomes.removeAt(2);
        QVERIFY(plans.deleteOutcome(id, m_draft.outcomes.at(2).key));
        result = plans.deleteOutcome(id, m_draft.outcomes.at(2).key); // an undo/redo repeat
        break;
    case Edit::ItemChanged: {
        SupportItem item = expected.items[0];
        item.unitPrice = Money::fromPence(1350);
        item.quantityHundredths = 1000;
        item.outcomeKeys = {5, 3, 6};
        item.notes.clear();
        expected.items[0] = item;
        result = plans.upsertSupportItem(id, item);
        break;
    }
    case Edit::ItemAdded: {
        SupportItem item;
        item.key = expected.nextKey();
        item.type = SupportType::ShortBreak;
        item.what = QStringLiteral("A weekend by the sea");
        item.unitPrice = Money::fromPence(35000);
        item.frequency = Period::Year;
        item.outcomeKeys = {3};
        expected.items.append(item);
        result = plans.upsertSupportItem(id, item);
        break;
    }
    case Edit::ItemDeleted:
        expected.items.removeAt(2);
        result = plans.deleteSupportItem(id, m_draft.items.at(2).key);
        break;
    case Edit::OutcomesReordered: {
        std::reverse(expected.outcomes.begin(), expected.outcomes.end());
        QList<int> keys;
        for (const Outcome& o : expected.outcomes) {
            keys << o.key;
        }
        result = plans.reorderOutcomes(id, keys);
        break;
    }
    case Edit::ItemsReordered: {
        expected.items.move(4, 0);
        QList<int> keys;
        for (const SupportItem& i : expected.items) {
            keys << i.key;
        }
        result = plans.reorderSupportItems(id, keys);
        break;
    }
    case Edit::Deployment:
        expected.deployment = Deployment {DeploymentChoice::IndividualServiceFund, QString(),
            QStringLiteral("Another provider"), QString()};
        result = plans.setDeployment(id, expected.deployment);
        break;
    case Edit::Emergency:
        expected.emergency = EmergencyPlan {QStringLiteral("Call 111"), QString(), QString()};
        result = plans.setEmergencyPlan(id, expected.emergency);
        break;
    case Edit::WholeDraft:
        expected.items.removeAt(1);
        expected.outcomes.removeLast();
        expected.outcomes.first().howIWillKnow = QStringLiteral("Swimming log");
        expected.budget.streams.clear();
        expected.reviewDate = QDate(2027, 12, 1);
        expected.emergency.whatToDo = QStringLiteral("Phone Dai");
        // Fields the repository manages are not the caller's to change.
        {
            Plan sent = expected;
            sent.version = 7;
            sent.status = PlanStatus::Agreed;
            sent.agreedBy = QStringLiteral("Nobody");
            result = plans.saveDraft(sent);
        }
        break;
    }
    QVERIFY2(result, qPrintable(why(result)));

    auto loaded = plans.load(id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, expected);

    // Durable on return: a second connection to the file sees it at once.
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    auto seen = PlanRepository(**other).load(id);
    QVERIFY(seen);
    QCOMPARE(*seen, expected);
}

void TestPlanRepository::reorderMustNameEveryKeyOnce()
{
    PlanRepository plans(*m_db);
    QVERIFY(!plans.reorderOutcomes(m_draft.id, {3, 4, 5})); // one missing
    QVERIFY(!plans.reorderOutcomes(m_draft.id, {3, 4, 5, 6, 99})); // one unknown
    QVERIFY(!plans.reorderOutcomes(m_draft.id, {3, 3, 4, 5, 6})); // one twice
    auto loaded = plans.load(m_draft.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, m_draft);
}

void TestPlanRepository::agreedPlanRefusesEveryEdit_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("superseded");
    for (const auto& [edit, name] : kEdits) {
        QTest::addRow("agreed: %s", name) << edit << false;
        QTest::addRow("superseded: %s", name) << edit << true;
    }
}

void TestPlanRepository::agreedPlanRefusesEveryEdit()
{
    QFETCH(Edit, edit);
    QFETCH(bool, superseded);
    PlanRepository plans(*m_db);
    auto agreed = plans.agree(m_draft.id, QStringLiteral("Priya"), kAgreedAt, QDate(2028, 3, 3));
    QVERIFY2(agreed, qPrintable(why(agreed)));
    if (superseded) {
        auto next = plans.newDraftFrom(m_draft.id, QDate(2027, 6, 1));
        QVERIFY(next);
        QVERIFY(plans.agree(next->id, QStringLiteral("Priya"),
            QDateTime(QDate(2027, 6, 2), QTime(9, 0)), QDate(2028, 6, 2)));
    }
    auto before = plans.load(m_draft.id);
    QVERIFY(before);
    const QByteArray snapshotBefore = *plans.snapshot(m_draft.id);

    const qint64 id = m_draft.id;
    Plan changed = *before;
    changed.emergency.whatToDo = QStringLiteral("changed");
    Status result = success();
    switch (edit) {
    case Edit::Budget:
    case Edit::BudgetCleared:
        changed.budget.agreed = Money::fromPence(1);
        result = plans.updateBudget(id, changed.budget);
        break;
    case Edit::OutcomeChanged:
    case Edit::OutcomeAdded: {
        Outcome o = changed.outcomes.first();
        if (edit == Edit::OutcomeAdded) {
            o.key = changed.nextKey();
        }
        o.text = QStringLiteral("changed");
        result = plans.upsertOutcome(id, o);
        break;
    }
    case Edit::OutcomeDeleted:
    case Edit::OutcomeDeletedTwice:
        result = plans.deleteOutcome(id, changed.outcomes.first().key);
        break;
    case Edit::ItemChanged:
    case Edit::ItemAdded: {
        SupportItem item = changed.items.first();
        if (edit == Edit::ItemAdded) {
            item.key = changed.nextKey();
        }
        item.unitPrice = Money::fromPence(1);
        result = plans.upsertSupportItem(id, item);
        break;
    }
    case Edit::ItemDeleted:
        result = plans.deleteSupportItem(id, changed.items.first().key);
        break;
    case Edit::OutcomesReordered: {
        QList<int> keys;
        for (const Outcome& o : changed.outcomes) {
            keys.prepend(o.key);
        }
        result = plans.reorderOutcomes(id, keys);
        break;
    }
    case Edit::ItemsReordered: {
        QList<int> keys;
        for (const SupportItem& i : changed.items) {
            keys.prepend(i.key);
        }
        result = plans.reorderSupportItems(id, keys);
        break;
    }
    case Edit::Deployment:
        result = plans.setDeployment(id, Deployment {DeploymentChoice::CouncilManaged, {}, {}, {}});
        break;
    case Edit::Emergency:
        result = plans.setEmergencyPlan(id, changed.emergency);
        break;
    case Edit::WholeDraft:
        result = plans.saveDraft(changed);
        break;
    }
    QVERIFY(!result);
    if (superseded) {
        QCOMPARE(result.error().message,
            QStringLiteral(
                "This version was agreed on 3 March 2027 and has since been replaced by a "
                "newer version, so it can't be changed. Open the current version to "
                "make changes."));
    } else {
        QCOMPARE(result.error().message, kFrozen);
    }
    auto after = plans.load(id);
    QVERIFY(after);
    QCOMPARE(*after, *before);
    QCOMPARE(*plans.snapshot(id), snapshotBefore);
    // Agreeing again is an edit too.
    QVERIFY(!plans.agree(id, QStringLiteral("Someone"), kAgreedAt.addDays(1), QDate(2029, 1, 1)));
}

void TestPlanRepository::agreeFreezesStoresSnapshotAndSupersedes()
{
    PlanRepository plans(*m_db);
    auto v1 = plans.agree(m_draft.id, QStringLiteral("Priya Shah"), kAgreedAt, QDate(2028, 3, 3));
    QVERIFY2(v1, qPrintable(why(v1)));
    QCOMPARE(v1->status, PlanStatus::Agreed);
    QCOMPARE(v1->agreedBy, QStringLiteral("Priya Shah"));
    QCOMPARE(v1->agreedAt, kAgreedAt);
    QCOMPARE(v1->reviewDate, QDate(2028, 3, 3));
    QCOMPARE(*plans.load(m_draft.id), *v1);

    // The snapshot is the .pbplan XML of the person and the plan as agreed.
    auto snapshot1 = plans.snapshot(v1->id);
    QVERIFY(snapshot1);
    QCOMPARE(*snapshot1, PlanFile::toXml(m_person, *v1));
    auto parsed = PlanFile::fromXml(*snapshot1);
    QVERIFY2(parsed, qPrintable(why(parsed)));
    QCOMPARE(parsed->plan.status, PlanStatus::Agreed);
    QCOMPARE(parsed->plan.items, v1->items);

    // Version 2: a draft copy; version 1 stays agreed until 2 is agreed.
    auto v2 = plans.newDraftFrom(v1->id, QDate(2027, 9, 1));
    QVERIFY2(v2, qPrintable(why(v2)));
    Plan expectedV2 = v1->nextDraft(QDate(2027, 9, 1));
    expectedV2.id = v2->id;
    QCOMPARE(*v2, expectedV2);
    QCOMPARE(*plans.load(v2->id), expectedV2);
    QCOMPARE(v2->version, 2);
    QCOMPARE(plans.load(v1->id)->status, PlanStatus::Agreed);
    auto current = plans.currentPlan(m_person.id);
    QVERIFY(current && current->has_value());
    QCOMPARE((*current)->id, v2->id);

    // The draft changes freely; the agreed version and its snapshot don't.
    SupportItem cheaper = v2->items.first();
    cheaper.unitPrice = Money::fromPence(1200);
    QVERIFY(plans.upsertSupportItem(v2->id, cheaper));
    QCOMPARE(plans.load(v1->id)->items.first().unitPrice, Money::fromPence(1271));

    const QDateTime secondAgreement(QDate(2027, 9, 5), QTime(14, 0));
    auto agreed2 = plans.agree(v2->id, QStringLiteral("Panel"), secondAgreement, QDate(2028, 9, 5));
    QVERIFY2(agreed2, qPrintable(why(agreed2)));
    QCOMPARE(plans.load(v1->id)->status, PlanStatus::Superseded);
    QCOMPARE(plans.load(v2->id)->status, PlanStatus::Agreed);
    QCOMPARE(*plans.snapshot(v1->id), *snapshot1);
    QCOMPARE(*plans.snapshot(v2->id), PlanFile::toXml(m_person, *agreed2));

    auto versions = plans.versions(m_person.id);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(0).version, 1);
    QCOMPARE(versions->at(0).status, PlanStatus::Superseded);
    QCOMPARE(versions->at(0).agreedAt, kAgreedAt);
    QCOMPARE(versions->at(1).version, 2);
    QCOMPARE(versions->at(1).status, PlanStatus::Agreed);
    QCOMPARE(versions->at(1).agreedBy, QStringLiteral("Panel"));
    QCOMPARE(versions->at(1).reviewDate, QDate(2028, 9, 5));
}

void TestPlanRepository::agreeNeedsWhoAndReviewDate_data()
{
    QTest::addColumn<QString>("agreedBy");
    QTest::addColumn<QDate>("reviewDate");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("nobody named") << QStringLiteral("  ") << QDate(2028, 1, 1)
                                  << QStringLiteral("Say who agreed");
    QTest::newRow("no review date")
        << QStringLiteral("Priya") << QDate() << QStringLiteral("Choose a date");
    QTest::newRow("review before agreeing")
        << QStringLiteral("Priya") << QDate(2027, 3, 2) << QStringLiteral("before the day");
}

void TestPlanRepository::agreeNeedsWhoAndReviewDate()
{
    QFETCH(QString, agreedBy);
    QFETCH(QDate, reviewDate);
    QFETCH(QString, phrase);
    PlanRepository plans(*m_db);
    auto agreed = plans.agree(m_draft.id, agreedBy, kAgreedAt, reviewDate);
    QVERIFY(!agreed);
    QVERIFY2(agreed.error().message.contains(phrase), qPrintable(agreed.error().message));
    QCOMPARE(*plans.load(m_draft.id), m_draft);
    QVERIFY(!plans.snapshot(m_draft.id)); // still a draft: no frozen copy
    // The same day is fine (a review may be booked the day the plan is agreed).
    QVERIFY(plans.agree(m_draft.id, QStringLiteral("Priya"), kAgreedAt, kAgreedAt.date()));
}

void TestPlanRepository::newDraftFromOnlyFromTheCurrentAgreedVersion()
{
    PlanRepository plans(*m_db);
    auto fromDraft = plans.newDraftFrom(m_draft.id, kToday);
    QVERIFY(!fromDraft);
    QVERIFY(fromDraft.error().message.contains(QStringLiteral("still a draft")));

    QVERIFY(plans.agree(m_draft.id, QStringLiteral("Priya"), kAgreedAt, QDate(2028, 3, 3)));
    auto v2 = plans.newDraftFrom(m_draft.id, kToday);
    QVERIFY(v2);
    auto again = plans.newDraftFrom(m_draft.id, kToday);
    QVERIFY(!again);
    QVERIFY(
        again.error().message.contains(QStringLiteral("Version 2 of this plan already exists")));

    QVERIFY(plans.agree(v2->id, QStringLiteral("Priya"), kAgreedAt.addDays(30), QDate(2028, 4, 3)));
    auto fromSuperseded = plans.newDraftFrom(m_draft.id, kToday);
    QVERIFY(!fromSuperseded);
    QVERIFY(fromSuperseded.error().message.contains(QStringLiteral("replaced by a newer one")));
    auto versions = plans.versions(m_person.id);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2); // nothing was added by the refusals
}

void TestPlanRepository::createPlanRefusedWhileADraftExists()
{
    PlanRepository plans(*m_db);
    auto second = plans.createPlan(m_person.id, Plan {}, kToday);
    QVERIFY(!second);
    QVERIFY(
        second.error().message.contains(QStringLiteral("already has a draft plan (version 1)")));
    QVERIFY(second.error().message.contains(m_person.name));

    // Once agreed, a fresh plan becomes the next version.
    QVERIFY(plans.agree(m_draft.id, QStringLiteral("Priya"), kAgreedAt, QDate(2028, 3, 3)));
    auto fresh = plans.createPlan(m_person.id, Plan {}, QDate(2027, 4, 1));
    QVERIFY(fresh);
    QCOMPARE(fresh->version, 2);
    QCOMPARE(fresh->status, PlanStatus::Draft);
    QVERIFY(fresh->outcomes.isEmpty());

    auto nobody = plans.createPlan(98765, Plan {}, kToday);
    QVERIFY(!nobody);
}

void TestPlanRepository::importPlanAddsPersonAndDraft()
{
    PlanRepository plans(*m_db);
    const Person person = pb::test::samplePerson();
    const Plan sample = pb::test::samplePlan(); // agreed, version 2, with a review
    auto imported = plans.importPlan(person, sample);
    QVERIFY2(imported, qPrintable(why(imported)));
    QVERIFY(imported->person.id != m_person.id);
    Person expectedPerson = person;
    expectedPerson.id = imported->person.id;
    QCOMPARE(imported->person, expectedPerson);

    Plan expected = sample;
    expected.id = imported->plan.id;
    expected.personId = imported->person.id;
    expected.version = 1;
    expected.status = PlanStatus::Draft;
    expected.agreedAt = {};
    expected.agreedBy.clear(); // agreeing is this caseload's business; reviews are kept
    QCOMPARE(imported->plan, expected);
    QCOMPARE(*plans.load(expected.id), expected);
    QVERIFY(plans.upsertOutcome(expected.id,
        Outcome {expected.nextKey(), QStringLiteral("new"), LifeArea::Health, false, {}}));
}

enum class MidFailure { DuplicateOutcomeKey, DiskFull, BadImportInBatch };
Q_DECLARE_METATYPE(MidFailure)

void TestPlanRepository::failureInTheMiddleLeavesNothingHalfWritten_data()
{
    QTest::addColumn<MidFailure>("failure");
    QTest::newRow("saveDraft: the 4th outcome repeats a key") << MidFailure::DuplicateOutcomeKey;
    QTest::newRow("saveDraft: the disk fills up") << MidFailure::DiskFull;
    QTest::newRow("importPlans: the 3rd plan is broken") << MidFailure::BadImportInBatch;
}

void TestPlanRepository::failureInTheMiddleLeavesNothingHalfWritten()
{
    QFETCH(MidFailure, failure);
    PlanRepository plans(*m_db);
    const int peopleBefore = countRows(*m_db, QStringLiteral("persons"));
    const int plansBefore = countRows(*m_db, QStringLiteral("plans"));

    Status result = success();
    switch (failure) {
    case MidFailure::DuplicateOutcomeKey: {
        // saveDraft deletes the old rows, then inserts three outcomes before
        // the fourth breaks the (plan, key) rule.
        Plan broken = m_draft;
        broken.outcomes[3].key = broken.outcomes[0].key;
        broken.emergency.whatToDo = QStringLiteral("must not be saved");
        result = plans.saveDraft(broken);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("nothing was changed")));
        break;
    }
    case MidFailure::DiskFull: {
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
            const int pages = q.value(0).toInt();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        }
        Plan big = m_draft;
        for (int i = 0; i < 200; ++i) {
            SupportItem item;
            item.key = big.nextKey();
            item.what = QString(2000, QLatin1Char('w'));
            big.items.append(item);
        }
        result = plans.saveDraft(big);
        QVERIFY(!result);
        QVERIFY2(
            result.error().message.contains(QStringLiteral("free space")), qPrintable(why(result)));
        // With room again, the same save works.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(plans.saveDraft(m_draft));
        break;
    }
    case MidFailure::BadImportInBatch: {
        QList<PlanFileContents> batch;
        for (int i = 0; i < 4; ++i) {
            batch.append(PlanFileContents {pb::test::samplePerson(), pb::test::samplePlan()});
        }
        batch[2].plan.items[1].key = batch[2].plan.items[0].key;
        auto ids = plans.importPlans(batch, PlanRepository::ImportAs::Recorded);
        QVERIFY(!ids);
        break;
    }
    }
    auto loaded = plans.load(m_draft.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, m_draft);
    QCOMPARE(countRows(*m_db, QStringLiteral("persons")), peopleBefore);
    QCOMPARE(countRows(*m_db, QStringLiteral("plans")), plansBefore);
}

void TestPlanRepository::reviewsGoOnTheCurrentAgreedVersion()
{
    PlanRepository plans(*m_db);
    const Review review = pb::test::samplePlan().reviews.first();
    auto onDraft = plans.addReview(m_draft.id, review);
    QVERIFY(!onDraft);
    QVERIFY(onDraft.error().message.contains(QStringLiteral("hasn't been agreed yet")));

    QVERIFY(plans.agree(m_draft.id, QStringLiteral("Priya"), kAgreedAt, QDate(2028, 3, 3)));
    QCOMPARE(*plans.addReview(m_draft.id, review), 0);
    Review second = review;
    second.date = QDate(2028, 3, 3);
    second.decision = ReviewDecision::KeepPlan;
    QCOMPARE(*plans.addReview(m_draft.id, second), 1);
    Review corrected = review;
    corrected.overallHappiness = 2;
    corrected.outcomes.removeLast();
    QVERIFY(plans.updateReview(m_draft.id, 0, corrected));
    QVERIFY(!plans.updateReview(m_draft.id, 5, corrected));
    QCOMPARE(plans.load(m_draft.id)->reviews, (QList<Review> {corrected, second}));

    auto v2 = plans.newDraftFrom(m_draft.id, QDate(2028, 3, 4));
    QVERIFY(v2);
    QVERIFY(v2->reviews.isEmpty());
    QVERIFY(plans.agree(v2->id, QStringLiteral("Priya"), QDateTime(QDate(2028, 3, 5), QTime(9, 0)),
        QDate(2029, 3, 5)));
    auto onOld = plans.addReview(m_draft.id, review);
    QVERIFY(!onOld);
    QVERIFY(onOld.error().message.contains(QStringLiteral("replaced by a newer agreed version")));
}

void TestPlanRepository::missingThingsAreExplained()
{
    PlanRepository plans(*m_db);
    auto missing = plans.load(424242);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("no longer in the database")));
    auto edit = plans.setEmergencyPlan(424242, EmergencyPlan {});
    QVERIFY(!edit);
    QVERIFY(edit.error().message.contains(QStringLiteral("no longer in the database")));

    Person p;
    p.name = QStringLiteral("No plan yet");
    auto id = PersonRepository(*m_db).add(p);
    QVERIFY(id);
    auto current = plans.currentPlan(*id);
    QVERIFY(current);
    QVERIFY(!current->has_value());
    auto versions = plans.versions(*id);
    QVERIFY(versions);
    QVERIFY(versions->isEmpty());

    Outcome keyless;
    keyless.text = QStringLiteral("no key");
    QVERIFY(!plans.upsertOutcome(m_draft.id, keyless));
    QCOMPARE(*plans.load(m_draft.id), m_draft);
}

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "test_planrepository.moc"
