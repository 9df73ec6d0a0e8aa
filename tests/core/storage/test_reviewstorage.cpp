#include "sampleplan.h"
#include "storage/caseloadreviewquery.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"
#include "storage/reviewthemerepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

namespace {

const QDateTime kAgreedAt(QDate(2027, 3, 3), QTime(10, 0));

Review reviewOn(QDate date, OutcomeRating first)
{
    Review r;
    r.date = date;
    r.reviewer = QStringLiteral("Priya (support planner)");
    r.outcomes = {OutcomeReview {1, first, QStringLiteral("Swimming again, with Jo")}};
    r.working = QStringLiteral("My PA, the bus pass");
    r.notWorking = QStringLiteral("Agency staff keep changing");
    r.importantForFuture = QStringLiteral("A college course");
    r.overallHappiness = 4;
    return r;
}

QString why(const Status& s)
{
    return s.ok() ? QString() : s.error().fullText();
}

} // namespace

class TestReviewStorage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savingAddsReplacesAndRemovesTheLast();
    void nextReviewDateIsSavedWithTheReview();
    void refusedWritesChangeNothing();
    void changeMyPlanMakesALinkedDraft();
    void changeMyPlanLinksAnExistingDraft();
    void themesAreTidiedKeptAndRemoved();
    void themesSurviveEditsButNotRemoval();
    void caseloadReviewsHaveWordsAreasThemesAndLinks();

private:
    // Ann: an agreed version 1 with two outcomes; Bob: an agreed plan too.
    Plan agreedPlanFor(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestReviewStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::create(m_dir->filePath(QStringLiteral("caseload.pbdb")));
    QVERIFY(db);
    m_db = std::move(db).value();
}

void TestReviewStorage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Plan TestReviewStorage::agreedPlanFor(const QString& name)
{
    Person person;
    person.name = name;
    const auto id = PersonRepository(*m_db).add(person);
    PlanRepository plans(*m_db);
    Plan contents;
    contents.outcomes = {
        Outcome {1, QStringLiteral("Go swimming every week"), LifeArea::ThingsIDo, true, {}},
        Outcome {2, QStringLiteral("Feel safe at night"), LifeArea::Safety, true, {}}};
    contents.deployment.choice = DeploymentChoice::CouncilManaged;
    const auto draft = plans.createPlan(*id, contents, QDate(2027, 3, 1));
    const auto agreed =
        plans.agree(draft->id, QStringLiteral("Panel"), kAgreedAt, QDate(2027, 6, 3));
    return *agreed;
}

void TestReviewStorage::savingAddsReplacesAndRemovesTheLast()
{
    const Plan plan = agreedPlanFor(QStringLiteral("Ann"));
    PlanRepository plans(*m_db);
    const Review first = reviewOn(QDate(2027, 6, 3), OutcomeRating::Better);
    QVERIFY2(plans.saveReview(plan.id, 0, first, {}), "add the first");
    Review second = reviewOn(QDate(2028, 6, 3), OutcomeRating::Same);
    QVERIFY(plans.saveReview(plan.id, 1, second, {}));
    second.working = QStringLiteral("Changed my mind");
    QVERIFY(plans.saveReview(plan.id, 1, second, {}));
    QCOMPARE(plans.load(plan.id)->reviews, (QList<Review> {first, second}));

    // Only the last can be removed (that undoes adding it).
    QVERIFY(!plans.saveReview(plan.id, 0, std::nullopt, {}));
    QCOMPARE(plans.load(plan.id)->reviews.size(), 2);
    QVERIFY(plans.saveReview(plan.id, 1, std::nullopt, {}));
    QCOMPARE(plans.load(plan.id)->reviews, QList<Review> {first});
    // An index past the end is a mistake, not an add.
    QVERIFY(!plans.saveReview(plan.id, 3, second, {}));
    QCOMPARE(plans.load(plan.id)->reviews, QList<Review> {first});
}

void TestReviewStorage::nextReviewDateIsSavedWithTheReview()
{
    const Plan plan = agreedPlanFor(QStringLiteral("Ann"));
    PlanRepository plans(*m_db);
    Review kept = reviewOn(QDate(2027, 6, 3), OutcomeRating::Better);
    kept.decision = ReviewDecision::KeepPlan;
    // A year on from 3 June 2027.
    QVERIFY(plans.saveReview(plan.id, 0, kept, QDate(2028, 6, 3)));
    const Plan loaded = *plans.load(plan.id);
    QCOMPARE(loaded.reviewDate, QDate(2028, 6, 3));
    QCOMPARE(loaded.reviews.first().decision, ReviewDecision::KeepPlan);
    QCOMPARE(loaded.status, PlanStatus::Agreed); // still the agreed version
    // The agreed copy keeps the plan as it was agreed.
    QVERIFY(plans.snapshot(plan.id)->contains("2027-06-03"));

    // Undoing it puts both back together.
    QVERIFY(plans.saveReview(plan.id, 0, std::nullopt, QDate(2027, 6, 3)));
    QCOMPARE(plans.load(plan.id)->reviewDate, QDate(2027, 6, 3));
    QVERIFY(plans.load(plan.id)->reviews.isEmpty());

    // Undoing "keep" on a late review puts back the date it was due, which
    // is before the review: allowed, since nothing is being kept.
    Review late = reviewOn(QDate(2027, 7, 1), OutcomeRating::Same);
    QVERIFY(plans.saveReview(plan.id, 0, late, QDate(2027, 6, 3)));
    QCOMPARE(plans.load(plan.id)->reviewDate, QDate(2027, 6, 3));
}

void TestReviewStorage::refusedWritesChangeNothing()
{
    const Plan plan = agreedPlanFor(QStringLiteral("Ann"));
    PlanRepository plans(*m_db);
    Review review = reviewOn(QDate(2027, 6, 3), OutcomeRating::Better);
    review.decision = ReviewDecision::KeepPlan;
    // Keeping the plan with a next review before the review itself.
    const Status early = plans.saveReview(plan.id, 0, review, QDate(2027, 6, 2));
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(QStringLiteral("before the day of this review")),
        qPrintable(why(early)));
    QVERIFY(plans.load(plan.id)->reviews.isEmpty());
    QCOMPARE(plans.load(plan.id)->reviewDate, QDate(2027, 6, 3));

    // A draft has nothing to review.
    const auto draft = plans.newDraftFrom(plan.id, QDate(2027, 6, 4));
    QVERIFY(draft);
    const Status onDraft = plans.saveReview(draft->id, 0, review, {});
    QVERIFY(!onDraft);
    QVERIFY(onDraft.error().message.contains(QStringLiteral("hasn't been agreed yet")));
    QVERIFY(plans.load(draft->id)->reviews.isEmpty());
}

void TestReviewStorage::changeMyPlanMakesALinkedDraft()
{
    const Plan plan = agreedPlanFor(QStringLiteral("Ann"));
    PlanRepository plans(*m_db);
    const Review review = reviewOn(QDate(2027, 6, 3), OutcomeRating::Worse);
    const auto draft = plans.newDraftAfterReview(plan.id, 0, review, QDate(2027, 6, 3));
    QVERIFY2(draft, qPrintable(draft.ok() ? QString() : draft.error().fullText()));
    QCOMPARE(draft->version, 2);
    QCOMPARE(draft->status, PlanStatus::Draft);
    QCOMPARE(draft->outcomes, plan.outcomes); // made from the agreed plan
    QCOMPARE(plans.currentPlan(plan.personId)->value().id, draft->id);

    const Plan reviewed = *plans.load(plan.id);
    QCOMPARE(reviewed.status, PlanStatus::Agreed); // until the new version is agreed
    QCOMPARE(reviewed.reviews.size(), 1);
    QCOMPARE(reviewed.reviews.first().decision, ReviewDecision::ChangePlan);
    QCOMPARE(reviewed.reviews.first().outcomes, review.outcomes);

    const auto listed = CaseloadReviewQuery(*m_db).forPerson(plan.personId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().changedToPlanId, draft->id);
}

void TestReviewStorage::changeMyPlanLinksAnExistingDraft()
{
    const Plan plan = agreedPlanFor(QStringLiteral("Ann"));
    PlanRepository plans(*m_db);
    const auto made = plans.newDraftFrom(plan.id, QDate(2027, 6, 1));
    QVERIFY(made);
    const auto draft = plans.newDraftAfterReview(
        plan.id, 0, reviewOn(QDate(2027, 6, 3), OutcomeRating::Same), QDate(2027, 6, 3));
    QVERIFY(draft);
    QCOMPARE(draft->id, made->id); // no third version
    QCOMPARE(plans.versions(plan.personId)->size(), 2);
    QCOMPARE(
        CaseloadReviewQuery(*m_db).forPerson(plan.personId)->first().changedToPlanId, made->id);
}

void TestReviewStorage::themesAreTidiedKeptAndRemoved()
{
    const Plan plan = agreedPlanFor(QStringLiteral("Ann"));
    QVERIFY(PlanRepository(*m_db).saveReview(
        plan.id, 0, reviewOn(QDate(2027, 6, 3), OutcomeRating::Better), {}));
    ReviewThemeRepository themes(*m_db);
    const ReviewComment working {plan.id, 0, ReviewQuestion::Working, 0};
    const ReviewComment outcome {plan.id, 0, ReviewQuestion::Outcome, 1};
    QVERIFY(themes.setThemes(working,
        {QStringLiteral(" Good  PA "), QStringLiteral("transport"), QStringLiteral("good pa"),
            QString()}));
    QVERIFY(themes.setThemes(outcome, {QStringLiteral("Swimming")}));
    QCOMPARE(*themes.themes(working),
        (QStringList {QStringLiteral("Good PA"), QStringLiteral("transport")}));
    QCOMPARE(*themes.themes(outcome), QStringList {QStringLiteral("Swimming")});
    QVERIFY(themes.setThemes(working, {QStringLiteral("transport")}));
    QCOMPARE(*themes.themes(working), QStringList {QStringLiteral("transport")});
    QVERIFY(themes.setThemes(working, {}));
    QVERIFY(themes.themes(working)->isEmpty());

    // A paragraph is not a theme; a review that isn't there can't be tagged.
    const Status tooLong = themes.setThemes(outcome, {QString(81, QLatin1Char('x'))});
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().message.contains(QStringLiteral("80 characters")));
    QCOMPARE(*themes.themes(outcome), QStringList {QStringLiteral("Swimming")});
    const Status missing = themes.setThemes(
        ReviewComment {plan.id, 7, ReviewQuestion::Working, 0}, {QStringLiteral("x")});
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("no longer")));
}

void TestReviewStorage::themesSurviveEditsButNotRemoval()
{
    const Plan plan = agreedPlanFor(QStringLiteral("Ann"));
    PlanRepository plans(*m_db);
    Review review = reviewOn(QDate(2027, 6, 3), OutcomeRating::Better);
    QVERIFY(plans.saveReview(plan.id, 0, review, {}));
    ReviewThemeRepository themes(*m_db);
    const ReviewComment notWorking {plan.id, 0, ReviewQuestion::NotWorking, 0};
    QVERIFY(themes.setThemes(notWorking, {QStringLiteral("staff keep changing")}));

    review.notWorking += QStringLiteral(" every week");
    QVERIFY(plans.saveReview(plan.id, 0, review, {})); // the review's row is replaced
    QVERIFY(plans.updateReview(plan.id, 0, review));
    QCOMPARE(*themes.themes(notWorking), QStringList {QStringLiteral("staff keep changing")});

    // Removed with its review, so a new review in its place starts untagged.
    QVERIFY(plans.saveReview(plan.id, 0, std::nullopt, {}));
    QVERIFY(plans.saveReview(plan.id, 0, review, {}));
    QVERIFY(themes.themes(notWorking)->isEmpty());
}

void TestReviewStorage::caseloadReviewsHaveWordsAreasThemesAndLinks()
{
    const Plan bob = agreedPlanFor(QStringLiteral("Bob"));
    const Plan ann = agreedPlanFor(QStringLiteral("Ann"));
    PlanRepository plans(*m_db);
    ReviewThemeRepository themes(*m_db);
    Review annFirst = reviewOn(QDate(2027, 6, 3), OutcomeRating::Better);
    annFirst.outcomes.append(OutcomeReview {2, OutcomeRating::Worse, QStringLiteral("Noisy")});
    annFirst.outcomes.append(OutcomeReview {9, OutcomeRating::Same, QString()}); // no outcome 9
    QVERIFY(plans.saveReview(ann.id, 0, annFirst, {}));
    QVERIFY(themes.setThemes({ann.id, 0, ReviewQuestion::Outcome, 2}, {QStringLiteral("Noise")}));
    QVERIFY(themes.setThemes({ann.id, 0, ReviewQuestion::ImportantForFuture, 0},
        {QStringLiteral("College"), QStringLiteral("Work")}));
    const auto annDraft = plans.newDraftAfterReview(
        ann.id, 1, reviewOn(QDate(2027, 9, 1), OutcomeRating::Same), QDate(2027, 9, 1));
    QVERIFY(annDraft);
    QVERIFY(plans.saveReview(bob.id, 0, reviewOn(QDate(2027, 7, 1), OutcomeRating::Worse), {}));

    const auto list = CaseloadReviewQuery(*m_db).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3); // by name: Ann's two, then Bob's
    const CaseloadReview& a0 = list->at(0);
    QCOMPARE(a0.name, QStringLiteral("Ann"));
    QCOMPARE(a0.planId, ann.id);
    QCOMPARE(a0.version, 1);
    QCOMPARE(a0.status, PlanStatus::Agreed);
    QCOMPARE(a0.deployment, DeploymentChoice::CouncilManaged);
    QCOMPARE(a0.index, 0);
    QCOMPARE(a0.review, annFirst); // every field and rating, in order
    QCOMPARE(a0.outcomes.size(), 2); // outcome 9 has no words
    QCOMPARE(a0.outcome(2)->text, QStringLiteral("Feel safe at night"));
    QCOMPARE(a0.outcome(2)->lifeArea, LifeArea::Safety);
    QVERIFY(!a0.outcome(9));
    QCOMPARE(a0.themesOf(ReviewQuestion::Outcome, 2), QStringList {QStringLiteral("Noise")});
    QCOMPARE(a0.themesOf(ReviewQuestion::ImportantForFuture),
        (QStringList {QStringLiteral("College"), QStringLiteral("Work")}));
    QVERIFY(a0.themesOf(ReviewQuestion::Working).isEmpty());
    QCOMPARE(a0.changedToPlanId, qint64(0));
    QCOMPARE(list->at(1).index, 1);
    QCOMPARE(list->at(1).review.decision, ReviewDecision::ChangePlan);
    QCOMPARE(list->at(1).changedToPlanId, annDraft->id);
    QCOMPARE(list->at(2).name, QStringLiteral("Bob"));
    QCOMPARE(list->at(2).review.outcomes.first().rating, OutcomeRating::Worse);

    // One person's reviews are the same as their lines in the list.
    const auto bobs = CaseloadReviewQuery(*m_db).forPerson(bob.personId);
    QVERIFY(bobs);
    QCOMPARE(*bobs, QList<CaseloadReview> {list->at(2)});
    // Archived people's reviews still count: they say how things were.
    QVERIFY(PersonRepository(*m_db).archive(bob.personId));
    QCOMPARE(CaseloadReviewQuery(*m_db).list()->size(), 3);
    QVERIFY(CaseloadReviewQuery(*m_db).forPerson(bob.personId)->first().archived);
}

QTEST_GUILESS_MAIN(TestReviewStorage)
#include "test_reviewstorage.moc"
