#include "demo/democaseload.h"
#include "plan/planpage.h"
#include "plan/steps/agree/versiontablemodel.h"
#include "plan/steps/agreestep.h"
#include "results/resultslabels.h"
#include "results/resultspage.h"
#include "results/resultstablemodel.h"
#include "results/worseoutcomesmodel.h"
#include "review/outcomereviewcard.h"
#include "review/ratingchoice.h"
#include "review/reviewpage.h"
#include "sessionfixture.h"
#include "storage/caseloadreviewquery.h"
#include "widgets/choicegroup.h"
#include "widgets/choiceoption.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

namespace {

// Harold Pritchard's agreed plan (three outcomes: staying at home, the lunch
// club, a hot meal), agreed half a year ago, with the review three weeks
// overdue, so the page starts a new review whatever day the test runs.
PlanFileContents haroldDue()
{
    for (PlanFileContents contents : DemoCaseload::people()) {
        if (contents.person.name == QStringLiteral("Harold Pritchard")) {
            const QDate today = QDate::currentDate();
            contents.plan.agreedAt = QDateTime(today.addMonths(-6), QTime(10, 0));
            contents.plan.reviewDate = today.addDays(-21);
            contents.plan.reviews.clear();
            return contents;
        }
    }
    qFatal("no Harold in the demo caseload");
}

QRadioButton* ratingButton(ui::ReviewPage& page, int card, OutcomeRating rating)
{
    return page.outcomeCards().at(card)->rating()->option(rating)->button();
}

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

} // namespace

class TestReviewPage : public QObject {
    Q_OBJECT
private slots:
    void aReviewRecordedWithTheWidgetsShowsInTheCaseloadReport();
    void keepMyPlanSetsTheNextReviewAYearOn();
    void changeMyPlanMakesANewDraftLinkedToTheReview();
    void undoTakesBackEachEditAndReopeningShowsTheReview();
    void theBannerOffersAReviewOfAnAgreedPlanOnly();
    void aDraftHasNothingToReview();
    void everyControlHasAnAccessibleName();
};

void TestReviewPage::aReviewRecordedWithTheWidgetsShowsInTheCaseloadReport()
{
    test::SessionFixture fixture(haroldDue());
    ui::ReviewPage page;
    page.setSession(fixture.session());
    QCOMPARE(page.outcomeCards().size(), 3);
    QVERIFY(!page.reviewExists()); // nothing stored until the first answer
    QCOMPARE(page.reviewIndex(), 0);

    QTest::mouseClick(ratingButton(page, 0, OutcomeRating::Better), Qt::LeftButton);
    QVERIFY(page.reviewExists());
    QTest::mouseClick(ratingButton(page, 1, OutcomeRating::Worse), Qt::LeftButton);
    typeInto(page.outcomeCards().at(1)->comment(), QStringLiteral("The minibus stopped"));
    // The third by its picture: clicking the "the same" face chooses it.
    QLabel* same = page.outcomeCards().at(2)->rating()->picture(OutcomeRating::Same);
    QTest::mouseClick(same, Qt::LeftButton);
    typeInto(page.workingEdit(), QStringLiteral("The morning carers"));
    typeInto(page.notWorkingEdit(), QStringLiteral("Getting to the club"));
    typeInto(page.futureEdit(), QStringLiteral("Stay at home"));
    QTest::mouseClick(page.happiness()->option(4)->button(), Qt::LeftButton);

    const Plan& plan = fixture.session()->plan();
    QCOMPARE(plan.reviews.size(), 1);
    const Review& review = plan.reviews.first();
    QCOMPARE(review.date, QDate::currentDate());
    QCOMPARE(review.outcomes.size(), 3);
    QCOMPARE(review.outcomes.at(0).rating, OutcomeRating::Better);
    QCOMPARE(review.outcomes.at(1).rating, OutcomeRating::Worse);
    QCOMPARE(review.outcomes.at(1).comment, QStringLiteral("The minibus stopped"));
    QCOMPARE(review.outcomes.at(2).rating, OutcomeRating::Same);
    QCOMPARE(review.notWorking, QStringLiteral("Getting to the club"));
    QCOMPARE(review.overallHappiness, 4);
    QCOMPARE(review.decision, ReviewDecision::Undecided);

    // On paper too, in easy-read, through the shared renderer.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    QVERIFY(page.saveReviewPdf(pdf, DocumentForm::EasyRead));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));

    // The caseload report counts it: 1 better, 1 the same, 1 worse, and
    // lists the lunch club as got worse, with what was said.
    ui::ResultsPage results;
    results.setDatabase(&fixture.database());
    QVERIFY(results.reload());
    QCOMPARE(results.summaryLabel()->text().left(38),
        QStringLiteral("Of 3 outcomes rated: 1 got better (33%"));
    const ui::ResultsTableModel* table = results.tableModel();
    const int total = table->rowCount() - 1;
    QCOMPARE(
        table->index(total, ui::ResultsTableModel::Better).data().toString(), QStringLiteral("1"));
    QCOMPARE(
        table->index(total, ui::ResultsTableModel::Same).data().toString(), QStringLiteral("1"));
    QCOMPARE(
        table->index(total, ui::ResultsTableModel::Worse).data().toString(), QStringLiteral("1"));
    QCOMPARE(results.worseModel()->rowCount(), 1);
    QCOMPARE(results.worseModel()->index(0, ui::WorseOutcomesModel::Said).data().toString(),
        QStringLiteral("The minibus stopped"));
    QVERIFY(results.worseModel()
                ->index(0, ui::WorseOutcomesModel::Outcome)
                .data()
                .toString()
                .startsWith(QStringLiteral("I want to see my friends at the lunch club")));
}

void TestReviewPage::keepMyPlanSetsTheNextReviewAYearOn()
{
    test::SessionFixture fixture(haroldDue());
    const QDate dueOn = fixture.session()->plan().reviewDate;
    ui::ReviewPage page;
    page.setSession(fixture.session());
    // The plan's history (Agree step) shows each version's reviews.
    ui::AgreeStep history(fixture.session());
    const auto reviewsOfNewest = [&] {
        return history.versionsModel()->index(0, ui::VersionTableModel::Reviews).data().toString();
    };
    QCOMPARE(reviewsOfNewest(), QStringLiteral("Not reviewed yet"));
    QTest::mouseClick(ratingButton(page, 0, OutcomeRating::Better), Qt::LeftButton);
    QCOMPARE(reviewsOfNewest(),
        QStringLiteral("Reviewed on %1: 1 better. Not finished.")
            .arg(ResultsLabels::date(QDate::currentDate())));
    // The review is today; the next one is offered a year on.
    const QDate aYearOn = QDate::currentDate().addYears(1);
    QCOMPARE(page.nextReviewEdit()->date(), aYearOn);
    QVERIFY(page.keepButton()->isVisible() || !page.isVisible());
    QTest::mouseClick(page.keepButton(), Qt::LeftButton);

    const Plan& plan = fixture.session()->plan();
    QCOMPARE(plan.reviews.first().decision, ReviewDecision::KeepPlan);
    QCOMPARE(plan.reviewDate, aYearOn);
    QCOMPARE(plan.status, PlanStatus::Agreed);
    QVERIFY(page.decisionText()->text().contains(ResultsLabels::date(aYearOn)));
    QVERIFY(reviewsOfNewest().endsWith(QStringLiteral("Kept the plan.")));

    // One undo step takes back both the decision and the date.
    fixture.session()->undoStack()->undo();
    QCOMPARE(fixture.session()->plan().reviews.first().decision, ReviewDecision::Undecided);
    QCOMPARE(fixture.session()->plan().reviewDate, dueOn);
    fixture.session()->undoStack()->redo();
    QCOMPARE(fixture.session()->plan().reviewDate, aYearOn);

    // Another date may be chosen after keeping; it is saved too.
    page.nextReviewEdit()->setFocus();
    QTest::keyClick(page.nextReviewEdit(), Qt::Key_Down); // a day earlier (the day is selected)
    QCOMPARE(fixture.session()->plan().reviewDate, aYearOn.addDays(-1));

    fixture.reopen();
    QCOMPARE(fixture.session()->plan().reviewDate, aYearOn.addDays(-1));
    QCOMPARE(fixture.session()->plan().reviews.first().decision, ReviewDecision::KeepPlan);
}

void TestReviewPage::changeMyPlanMakesANewDraftLinkedToTheReview()
{
    test::SessionFixture fixture(haroldDue());
    const Plan agreed = fixture.session()->plan();
    ui::ReviewPage page;
    page.setSession(fixture.session());
    QSignalSpy changed(&page, &ui::ReviewPage::planChanged);
    QTest::mouseClick(ratingButton(page, 1, OutcomeRating::Worse), Qt::LeftButton);
    typeInto(page.notWorkingEdit(), QStringLiteral("The lunch club minibus stopped"));
    QTest::mouseClick(page.changeButton(), Qt::LeftButton);

    QCOMPARE(changed.size(), 1);
    const Plan& draft = fixture.session()->plan();
    QCOMPARE(draft.status, PlanStatus::Draft);
    QCOMPARE(draft.version, agreed.version + 1);
    QCOMPARE(draft.outcomes, agreed.outcomes); // made from the agreed plan
    QCOMPARE(fixture.session()->undoStack()->count(), 0); // a decision, like a new version

    const auto reviews = CaseloadReviewQuery(fixture.database()).forPerson(fixture.personId());
    QVERIFY(reviews);
    QCOMPARE(reviews->size(), 1);
    QCOMPARE(reviews->first().planId, agreed.id); // kept with the version it looked at
    QCOMPARE(reviews->first().review.decision, ReviewDecision::ChangePlan);
    QCOMPARE(reviews->first().review.notWorking, QStringLiteral("The lunch club minibus stopped"));
    QCOMPARE(reviews->first().changedToPlanId, draft.id);
    // The page now says there is nothing to review in a draft.
    QVERIFY(
        page.keepButton()->isHidden() || !page.keepButton()->parentWidget()->isVisibleTo(&page));
}

void TestReviewPage::undoTakesBackEachEditAndReopeningShowsTheReview()
{
    test::SessionFixture fixture(haroldDue());
    {
        ui::ReviewPage page;
        page.setSession(fixture.session());
        typeInto(page.workingEdit(), QStringLiteral("June's dinners"));
        typeInto(page.notWorkingEdit(), QStringLiteral("Late carers"));
        QCOMPARE(fixture.session()->undoStack()->count(), 2); // one step per field
        fixture.session()->undoStack()->undo();
        QCOMPARE(fixture.session()->plan().reviews.first().notWorking, QString());
        QCOMPARE(page.notWorkingEdit()->toPlainText(), QString());
        // Undoing the first answer takes the new review away again.
        fixture.session()->undoStack()->undo();
        QVERIFY(fixture.session()->plan().reviews.isEmpty());
        QCOMPARE(page.workingEdit()->toPlainText(), QString());
        QVERIFY(!page.reviewExists());
        fixture.session()->undoStack()->redo();
        QCOMPARE(
            fixture.session()->plan().reviews.first().working, QStringLiteral("June's dinners"));
        QCOMPARE(page.workingEdit()->toPlainText(), QStringLiteral("June's dinners"));
        QTest::mouseClick(ratingButton(page, 2, OutcomeRating::NotYet), Qt::LeftButton);
    }
    fixture.reopen();
    QCOMPARE(fixture.session()->plan().reviews.size(), 1);
    ui::ReviewPage page;
    page.setSession(fixture.session());
    // The unfinished review is picked up where it was left.
    QCOMPARE(page.reviewIndex(), 0);
    QVERIFY(page.reviewExists());
    QCOMPARE(page.workingEdit()->toPlainText(), QStringLiteral("June's dinners"));
    QCOMPARE(page.outcomeCards().at(2)->rating()->chosen(), std::optional(OutcomeRating::NotYet));
    QCOMPARE(page.outcomeCards().at(0)->rating()->chosen(), std::nullopt);
}

void TestReviewPage::theBannerOffersAReviewOfAnAgreedPlanOnly()
{
    test::SessionFixture fixture(haroldDue());
    ui::PlanPage page;
    page.setSession(fixture.session());
    page.show();
    QPushButton* review = nullptr;
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Review this plan")) {
            review = b;
        }
    }
    QVERIFY(review);
    QVERIFY(review->isVisible());
    QSignalSpy asked(&page, &ui::PlanPage::reviewRequested);
    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(fixture.session()->makeNewVersion());
    QVERIFY(!review->isVisible()); // a draft is changed, not reviewed
}

void TestReviewPage::aDraftHasNothingToReview()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::ReviewPage page;
    page.setSession(fixture.session());
    page.show();
    QVERIFY(!page.keepButton()->isVisible());
    QVERIFY(page.outcomeCards().isEmpty());
}

void TestReviewPage::everyControlHasAnAccessibleName()
{
    test::SessionFixture fixture(haroldDue());
    ui::ReviewPage page;
    page.setSession(fixture.session());
    int interactive = 0;
    for (QWidget* w : page.findChildren<QWidget*>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
    // 3 outcomes x (4 answers + a comment), date, who, 3 questions, 5 happiness
    // answers, next review date, keep, change, start a new review, back.
    QVERIFY2(interactive >= 15 + 2 + 3 + 5 + 4, qPrintable(QString::number(interactive)));
}

QTEST_MAIN(TestReviewPage)
#include "test_reviewpage.moc"
