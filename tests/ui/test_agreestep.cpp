#include "demo/democaseload.h"
#include "plan/planpage.h"
#include "plan/steps/agree/agreedialog.h"
#include "plan/steps/agree/versiontablemodel.h"
#include "plan/steps/agreestep.h"
#include "plan/steps/checkstep.h"
#include "sessionfixture.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace pb;

namespace {

PlanFileContents demoPerson(const QString& name)
{
    for (const PlanFileContents& contents : DemoCaseload::people()) {
        if (contents.person.name == name) {
            return contents;
        }
    }
    qFatal("no demo person called %s", qPrintable(name));
}

// Bethany Hughes's plan, but with a budget of £3,000 a year: her support
// costs more than that, so the checker says it needs changing (over budget).
PlanFileContents overBudget()
{
    PlanFileContents bethany = demoPerson(QStringLiteral("Bethany Hughes"));
    bethany.plan.budget.indicative = Money::fromPence(300000);
    bethany.plan.budget.streams.clear();
    return bethany;
}

QString dateText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString cell(const ui::VersionTableModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

const QString kWho = QStringLiteral("Aisha Khan and Kim Lee (social worker)");

} // namespace

class TestAgreeStep : public QObject {
    Q_OBJECT
private slots:
    void firstReviewIsThreeMonthsLater_data();
    void firstReviewIsThreeMonthsLater();
    void theFormSuggestsAReviewDateFromToday();
    void agreeingThroughTheDialogFreezesThePlan();
    void notYetChangesNothing();
    void sayingWhoIsNeededFirst();
    void problemsAreNamedAndThePersonMayGoBack();
    void problemsDoNotStopAgreeing();
    void aNewVersionIsADraftAgain();
    void whatWasTypedSurvivesMovingBetweenSteps();
    void anAgreedPlanShowsWhoAndWhen();
    void theVersionsModelIsSound();
    void everyControlHasAnAccessibleName();
};

void TestAgreeStep::firstReviewIsThreeMonthsLater_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("review");
    QTest::newRow("mid-month") << QDate(2027, 5, 12) << QDate(2027, 8, 12);
    QTest::newRow("over new year") << QDate(2026, 11, 3) << QDate(2027, 2, 3);
    // 30 November + 3 months: there is no 30 February, so the last day of February.
    QTest::newRow("short month") << QDate(2026, 11, 30) << QDate(2027, 2, 28);
}

void TestAgreeStep::firstReviewIsThreeMonthsLater()
{
    QFETCH(QDate, today);
    QFETCH(QDate, review);
    QCOMPARE(ui::AgreeStep::defaultReviewDate(today), review);
}

void TestAgreeStep::theFormSuggestsAReviewDateFromToday()
{
    test::SessionFixture fixture(QStringLiteral("Aisha Khan"));
    ui::AgreeStep step(fixture.session());
    const QDate suggested = ui::AgreeStep::defaultReviewDate(QDate::currentDate());
    QCOMPARE(step.reviewDateEdit()->date(), suggested);
    QVERIFY(step.reviewDateEdit()->calendarPopup());
    QCOMPARE(step.reviewSentence()->text(),
        QStringLiteral("Your first review will be on %1.").arg(dateText(suggested)));

    // The sentence follows the date as it is changed.
    step.reviewDateEdit()->setDate(QDate(2040, 8, 12));
    QCOMPARE(step.reviewSentence()->text(),
        QStringLiteral("Your first review will be on 12 August 2040."));
    // A review before today is refused by the repository, so it can't be chosen.
    QCOMPARE(step.reviewDateEdit()->minimumDate(), QDate::currentDate());
}

void TestAgreeStep::agreeingThroughTheDialogFreezesThePlan()
{
    test::SessionFixture fixture(QStringLiteral("Aisha Khan"));
    ui::PlanSession* session = fixture.session();
    {
        ui::AgreeStep step(session);
        QTest::keyClicks(step.agreedByEdit(), kWho);
        const QDate review(QDate::currentDate().year() + 1, 8, 12);
        step.reviewDateEdit()->setDate(review);
        QVERIFY(session->undoStack()->count() == 0); // typing here is not plan data yet

        QTest::mouseClick(step.agreeButton(), Qt::LeftButton);
        ui::AgreeDialog* dialog = step.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->goBackButton()); // a new plan has no errors, only advice
        QVERIFY(dialog->agreeButton()->isDefault());
        QCOMPARE(session->plan().status, PlanStatus::Draft); // nothing yet: it is a question

        QTest::keyClick(dialog, Qt::Key_Return); // Enter agrees
        QCOMPARE(session->plan().status, PlanStatus::Agreed);
        QCOMPARE(session->plan().agreedBy, kWho);
        QCOMPARE(session->plan().reviewDate, review);
        QCOMPARE(session->plan().agreedAt.date(), QDate::currentDate());
        QCOMPARE(session->undoStack()->count(), 0);

        // Edits are refused now.
        QSignalSpy refused(session, &ui::PlanSession::editFailed);
        EmergencyPlan backUp;
        backUp.whatToDo = QStringLiteral("Call my brother");
        QVERIFY(!session->applyEmergency(backUp));
        QCOMPARE(refused.size(), 1);
        QVERIFY(session->plan().emergency.isEmpty());

        // The page shows what happened, and the versions table has it.
        QVERIFY(!step.agreeButton()->isVisibleTo(&step));
        QVERIFY(step.agreedPanel()->isVisibleTo(&step));
        QVERIFY(step.agreedText()->text().startsWith(
            QStringLiteral("Agreed on %1 by %2.").arg(dateText(QDate::currentDate()), kWho)));
        QVERIFY(step.agreedText()->text().contains(
            QStringLiteral("Next review: %1.").arg(dateText(review))));
        const ui::VersionTableModel* versions = step.versionsModel();
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(
            cell(versions, 0, ui::VersionTableModel::Status), QStringLiteral("Agreed (open now)"));
        QCOMPARE(cell(versions, 0, ui::VersionTableModel::Agreed),
            QStringLiteral("%1 by %2").arg(dateText(QDate::currentDate()), kWho));
        QCOMPARE(cell(versions, 0, ui::VersionTableModel::ReviewDate), dateText(review));
    }
    fixture.reopen();
    QCOMPARE(fixture.session()->plan().status, PlanStatus::Agreed);
    ui::AgreeStep reopened(fixture.session());
    QVERIFY(reopened.agreedPanel()->isVisibleTo(&reopened));
    QVERIFY(reopened.agreedText()->text().contains(kWho));
}

void TestAgreeStep::notYetChangesNothing()
{
    test::SessionFixture fixture(QStringLiteral("Aisha Khan"));
    ui::AgreeStep step(fixture.session());
    QTest::keyClicks(step.agreedByEdit(), kWho);
    QTest::mouseClick(step.agreeButton(), Qt::LeftButton);
    QVERIFY(step.openDialog());
    QTest::keyClick(step.openDialog(), Qt::Key_Escape);
    QVERIFY(!step.openDialog() || !step.openDialog()->isVisible());
    QCOMPARE(fixture.session()->plan().status, PlanStatus::Draft);
    QCOMPARE(step.agreedByEdit()->text(), kWho); // kept, to agree later

    // "Not yet" by its button does the same.
    QTest::mouseClick(step.agreeButton(), Qt::LeftButton);
    QTest::mouseClick(step.openDialog()->notYetButton(), Qt::LeftButton);
    QCOMPARE(fixture.session()->plan().status, PlanStatus::Draft);
}

void TestAgreeStep::sayingWhoIsNeededFirst()
{
    test::SessionFixture fixture(QStringLiteral("Aisha Khan"));
    ui::AgreeStep step(fixture.session());
    step.show();
    QApplication::setActiveWindow(&step);
    QVERIFY(QTest::qWaitForWindowActive(&step));
    QTest::keyClicks(step.agreedByEdit(), QStringLiteral("   "));
    QTest::mouseClick(step.agreeButton(), Qt::LeftButton);
    QVERIFY(!step.openDialog()); // no question without an answer to this one
    QVERIFY(step.agreedByError()->isVisible());
    QVERIFY(step.agreedByError()->text().contains(QStringLiteral("who is agreeing")));
    QCOMPARE(QApplication::focusWidget(), step.agreedByEdit());
    QCOMPARE(fixture.session()->plan().status, PlanStatus::Draft);

    QTest::keyClicks(step.agreedByEdit(), QStringLiteral("Aisha"));
    QVERIFY(!step.agreedByError()->isVisible());
}

void TestAgreeStep::problemsAreNamedAndThePersonMayGoBack()
{
    test::SessionFixture fixture(overBudget());
    ui::PlanSession* session = fixture.session();
    QCOMPARE(session->findings().first().code, QStringLiteral("over-budget"));
    ui::AgreeStep step(session);
    QSignalSpy requested(&step, &ui::StepPage::stepRequested);
    QTest::keyClicks(step.agreedByEdit(), kWho);
    QTest::mouseClick(step.agreeButton(), Qt::LeftButton);
    ui::AgreeDialog* dialog = step.openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->goBackButton());

    QStringList shown;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        shown.append(label->text());
    }
    const QString said = shown.join(QLatin1Char('\n'));
    QVERIFY2(said.contains(session->findings().first().message.toHtmlEscaped()), qPrintable(said));
    QVERIFY2(
        said.contains(QStringLiteral("Something in your plan needs changing:")), qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("This version will be kept exactly as it is.")));

    QTest::mouseClick(dialog->goBackButton(), Qt::LeftButton);
    QCOMPARE(session->plan().status, PlanStatus::Draft);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][0].value<const QMetaObject*>(), &ui::CheckStep::staticMetaObject);
}

void TestAgreeStep::problemsDoNotStopAgreeing()
{
    test::SessionFixture fixture(overBudget());
    ui::AgreeStep step(fixture.session());
    QTest::keyClicks(step.agreedByEdit(), kWho);
    QTest::mouseClick(step.agreeButton(), Qt::LeftButton);
    QTest::mouseClick(step.openDialog()->agreeButton(), Qt::LeftButton);
    QCOMPARE(fixture.session()->plan().status, PlanStatus::Agreed); // the council decides
}

void TestAgreeStep::aNewVersionIsADraftAgain()
{
    test::SessionFixture fixture(QStringLiteral("Aisha Khan"));
    ui::PlanPage page;
    page.setSession(fixture.session());
    auto* step = qobject_cast<ui::AgreeStep*>(page.step(page.stepCount() - 1));
    QVERIFY(step);
    page.goToStep(page.stepCount() - 1);
    QTest::keyClicks(step->agreedByEdit(), kWho);
    QTest::mouseClick(step->agreeButton(), Qt::LeftButton);
    QTest::mouseClick(step->openDialog()->agreeButton(), Qt::LeftButton);
    QCOMPARE(fixture.session()->plan().version, 1);
    QVERIFY(fixture.session()->isFrozen());

    // The plan page's banner offers a new version.
    QPushButton* newVersion = nullptr;
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->accessibleName() == QStringLiteral("Make a new version of this plan")) {
            newVersion = b;
        }
    }
    QVERIFY(newVersion);
    QVERIFY(newVersion->isVisibleTo(&page));
    QTest::mouseClick(newVersion, Qt::LeftButton);

    const Plan& plan = fixture.session()->plan();
    QCOMPARE(plan.version, 2);
    QCOMPARE(plan.status, PlanStatus::Draft);
    QVERIFY(!newVersion->isVisibleTo(&page));
    // The form is back, empty, for the new version; the agreed one is history.
    QVERIFY(step->agreeButton()->isVisibleTo(step));
    QVERIFY(step->agreeButton()->isEnabled());
    QVERIFY(!step->agreedPanel()->isVisibleTo(step));
    QCOMPARE(step->agreedByEdit()->text(), QString());
    QVERIFY(!step->agreedByEdit()->isReadOnly());
    const ui::VersionTableModel* versions = step->versionsModel();
    QCOMPARE(versions->rowCount(), 2);
    QCOMPARE(cell(versions, 0, ui::VersionTableModel::Version), QStringLiteral("2"));
    QCOMPARE(cell(versions, 0, ui::VersionTableModel::Status), QStringLiteral("Draft (open now)"));
    QCOMPARE(cell(versions, 0, ui::VersionTableModel::Agreed), QStringLiteral("Not yet"));
    QCOMPARE(cell(versions, 1, ui::VersionTableModel::Version), QStringLiteral("1"));
    QCOMPARE(cell(versions, 1, ui::VersionTableModel::Status), QStringLiteral("Agreed"));
    QVERIFY(
        cell(versions, 1, ui::VersionTableModel::Agreed).endsWith(QStringLiteral(" by ") + kWho));

    fixture.reopen();
    QCOMPARE(fixture.session()->plan().version, 2);
    QCOMPARE(fixture.session()->plan().status, PlanStatus::Draft);
}

void TestAgreeStep::whatWasTypedSurvivesMovingBetweenSteps()
{
    test::SessionFixture fixture(QStringLiteral("Aisha Khan"));
    ui::PlanPage page;
    page.setSession(fixture.session());
    const int last = page.stepCount() - 1;
    auto* step = qobject_cast<ui::AgreeStep*>(page.step(last));
    page.goToStep(last);
    QTest::keyClicks(step->agreedByEdit(), kWho);
    const QDate review(QDate::currentDate().year() + 2, 1, 31);
    step->reviewDateEdit()->setDate(review);

    page.goToStep(0);
    // An edit elsewhere refreshes every step; it must not wipe the form.
    Person renamed = fixture.session()->person();
    renamed.name = QStringLiteral("Aisha Begum Khan");
    QVERIFY(fixture.session()->applyPerson(renamed));
    page.goToStep(last);
    QCOMPARE(step->agreedByEdit()->text(), kWho);
    QCOMPARE(step->reviewDateEdit()->date(), review);
}

void TestAgreeStep::anAgreedPlanShowsWhoAndWhen()
{
    // Grace Thompson's plan was agreed on 20 April 2026, to be reviewed a year later.
    test::SessionFixture fixture(demoPerson(QStringLiteral("Grace Thompson")));
    ui::AgreeStep step(fixture.session());
    QVERIFY(step.agreedPanel()->isVisibleTo(&step));
    QVERIFY(!step.agreeButton()->isVisibleTo(&step));
    QVERIFY(!step.agreeButton()->isEnabled());
    QVERIFY(step.agreedByEdit()->isReadOnly());
    QVERIFY(step.reviewDateEdit()->isReadOnly());
    QVERIFY(step.agreedText()->text().startsWith(
        QStringLiteral("Agreed on 20 April 2026 by Grace Thompson and Bridges Support Ltd.")));
    QVERIFY(step.agreedText()->text().contains(QStringLiteral("Next review: 20 April 2027.")));
    QCOMPARE(step.versionsModel()->rowCount(), 1);
    QCOMPARE(cell(step.versionsModel(), 0, ui::VersionTableModel::Agreed),
        QStringLiteral("20 April 2026 by Grace Thompson and Bridges Support Ltd"));
}

void TestAgreeStep::theVersionsModelIsSound()
{
    ui::VersionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<PlanVersion> versions {
        {11, 1, PlanStatus::Superseded, QDate(2025, 4, 1),
            QDateTime(QDate(2025, 4, 20), QTime(10, 0)), QStringLiteral("Tom Evans"),
            QDate(2025, 7, 20)},
        {12, 2, PlanStatus::Agreed, QDate(2026, 4, 1), QDateTime(QDate(2026, 4, 21), QTime(11, 0)),
            QStringLiteral("Tom and Rhian Evans"), QDate(2026, 7, 21)},
        {13, 3, PlanStatus::Draft, QDate(2026, 9, 1), {}, {}, {}},
    };
    model.setVersions(versions, 12);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ui::VersionTableModel::ColumnCount));
    // Newest first; the open one marked.
    QCOMPARE(cell(&model, 0, ui::VersionTableModel::Version), QStringLiteral("3"));
    QCOMPARE(cell(&model, 0, ui::VersionTableModel::Agreed), QStringLiteral("Not yet"));
    QCOMPARE(cell(&model, 1, ui::VersionTableModel::Version), QStringLiteral("2"));
    QCOMPARE(cell(&model, 1, ui::VersionTableModel::Status), QStringLiteral("Agreed (open now)"));
    QCOMPARE(cell(&model, 1, ui::VersionTableModel::Agreed),
        QStringLiteral("21 April 2026 by Tom and Rhian Evans"));
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(&model, 2, ui::VersionTableModel::Status),
        QStringLiteral("Replaced by a newer version"));
    QCOMPARE(cell(&model, 2, ui::VersionTableModel::Created), QStringLiteral("1 April 2025"));
    QCOMPARE(model.headerData(ui::VersionTableModel::ReviewDate, Qt::Horizontal).toString(),
        QStringLiteral("Review date"));
    model.setVersions({}, 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestAgreeStep::everyControlHasAnAccessibleName()
{
    test::SessionFixture fixture(overBudget());
    ui::AgreeStep step(fixture.session());
    QTest::keyClicks(step.agreedByEdit(), kWho);
    QTest::mouseClick(step.agreeButton(), Qt::LeftButton);
    QList<QWidget*> widgets = step.findChildren<QWidget*>();
    int interactive = 0;
    for (QWidget* w : widgets) {
        // A date field's own text box is named through the date field.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget())) {
            continue;
        }
        if (w->focusPolicy() & Qt::TabFocus) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
    // Who, the date, Agree, the versions table, and the dialog's three buttons.
    QVERIFY(interactive >= 7);
    // Labels name their fields.
    for (QLabel* label : step.findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("Who is agreeing the plan")) {
            QCOMPARE(label->buddy(), step.agreedByEdit());
        }
        if (label->text() == QStringLiteral("Date of the first review")) {
            QCOMPARE(label->buddy(), step.reviewDateEdit());
        }
    }
}

QTEST_MAIN(TestAgreeStep)
#include "test_agreestep.moc"
