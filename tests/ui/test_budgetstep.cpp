// GUI tests for step 2, "My budget": real widgets driven with QTest on the
// offscreen platform, against a real (temporary) database.
#include "plan/planpage.h"
#include "plan/steps/budget/budgetdatespanel.h"
#include "plan/steps/budget/enteredamountpanel.h"
#include "plan/steps/budget/fundingstreammodel.h"
#include "plan/steps/budget/fundingstreamspanel.h"
#include "plan/steps/budget/rasexplanationpanel.h"
#include "plan/steps/budget/rasquestionnaire.h"
#include "plan/steps/budgetstep.h"
#include "ras/rasschemeloader.h"
#include "sampleplan.h"
#include "sessionfixture.h"
#include "widgets/choicegroup.h"
#include "widgets/choiceoption.h"
#include "widgets/moneyedit.h"
#include "widgets/runningtotal.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QtTest>

using namespace pb;
using ui::BudgetStep;
using ui::RasQuestionnaire;

namespace {

Money pounds(qint64 p)
{
    return Money::fromPounds(p);
}

// Types into a field the way a person does: everything in it replaced.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Clicks the words of an answer, not its radio button: the whole label must
// be clickable.
void choose(ui::ChoiceGroup* group, int id)
{
    ui::ChoiceOption* option = group->option(id);
    QVERIFY2(option, qPrintable(QStringLiteral("no option %1").arg(id)));
    QTest::mouseClick(
        option, Qt::LeftButton, {}, QPoint(option->width() - 5, option->height() / 2));
}

RasScheme pointsScheme()
{
    auto scheme = RasSchemeLoader::load(QStringLiteral(":/ras/example-points.json"));
    if (!scheme.ok()) {
        qFatal("example-points scheme: %s", qPrintable(scheme.error().message));
    }
    return scheme.value();
}

int optionIndex(const RasScheme::Question& q, const QString& id)
{
    for (int i = 0; i < q.options.size(); ++i) {
        if (q.options[i].id == id) {
            return i;
        }
    }
    qFatal("no option %s", qPrintable(id));
}

int schemeIndex(RasQuestionnaire* ras, const QString& id)
{
    for (int i = 0; i < ras->schemes().size(); ++i) {
        if (ras->schemes()[i].id == id) {
            return i;
        }
    }
    return -1;
}

// Shows the step in a window, as a person would see it.
void showStep(BudgetStep& step)
{
    step.resize(1000, 900);
    step.show();
    QVERIFY(QTest::qWaitForWindowExposed(&step));
}

// Sets the budget as it would have been saved earlier.
void setBudget(test::SessionFixture& fixture, const std::function<void(Budget&)>& change)
{
    Budget b = fixture.session()->plan().budget;
    change(b);
    QVERIFY(fixture.session()->applyBudget(b));
}

} // namespace

class TestBudgetStep : public QObject {
    Q_OBJECT
private slots:
    void typingAnAmountUpdatesThePlanAndTheRunningTotal();
    void aBadAmountShowsWhyAndChangesNothing_data();
    void aBadAmountShowsWhyAndChangesNothing();
    void switchingThePeriodKeepsTheFigure();
    void sayingTheCouncilAgreedItKeepsTheEstimate();
    void theEndDateFollowsTheStartAndCantComeBeforeIt();
    void fundingStreamsAddUpAndEachEditCanBeUndone();
    void theFundingStreamTableIsASoundModel();
    void answeringQuestionsOneAtATimeWorksTheAmountOutLive();
    void goingBackToChangeAnAnswerChangesTheAmount();
    void checkYourAnswersHasAChangeLinkForEachQuestion();
    void reopeningShowsEverythingThatWasSaved();
    void aSchemeTheProgramDoesNotHaveIsSaidPlainly();
    void anAgreedPlanCanBeReadButNotChanged();
    void findingsAboutTheBudgetOpenTheRightField();
    void everyControlHasAnAccessibleName();
    void theTabOrderFollowsThePage();
};

void TestBudgetStep::typingAnAmountUpdatesThePlanAndTheRunningTotal()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::PlanPage page;
    page.setSession(fixture.session());
    page.goToStep(1);
    auto* step = qobject_cast<BudgetStep*>(page.step(1));
    QVERIFY(step);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.runningTotal()->summary().contains(QStringLiteral("not set yet")));

    QLineEdit* amount = step->enteredPanel()->amountEdit()->lineEdit();
    QTest::keyClicks(amount, QStringLiteral("12000"));
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(12000));
    QCOMPARE(fixture.session()->plan().budget.source, BudgetSource::Entered);
    QVERIFY2(page.runningTotal()->summary().contains(QStringLiteral("Budget: £12,000 a year")),
        qPrintable(page.runningTotal()->summary()));
    // One undo step for the whole figure, not one per digit.
    QCOMPARE(fixture.session()->undoStack()->count(), 1);

    fixture.session()->undoStack()->undo();
    QCOMPARE(fixture.session()->plan().budget.indicative, std::nullopt);
    QCOMPARE(amount->text(), QString());
    QVERIFY(page.runningTotal()->summary().contains(QStringLiteral("not set yet")));
    fixture.session()->undoStack()->redo();
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(12000));
    QCOMPARE(amount->text(), QStringLiteral("12,000"));
}

void TestBudgetStep::aBadAmountShowsWhyAndChangesNothing_data()
{
    QTest::addColumn<QString>("typed");
    // "12" is a good amount on the way to "12,34": it must not stay in the plan.
    QTest::newRow("comma in the wrong place") << QStringLiteral("12,34");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("three decimal places") << QStringLiteral("10.505");
}

void TestBudgetStep::aBadAmountShowsWhyAndChangesNothing()
{
    QFETCH(QString, typed);
    test::SessionFixture fixture(QStringLiteral("Jo"));
    setBudget(fixture, [](Budget& b) { b.indicative = pounds(500); });
    BudgetStep step(fixture.session());
    showStep(step);
    ui::MoneyEdit* amount = step.enteredPanel()->amountEdit();
    QCOMPARE(amount->lineEdit()->text(), QStringLiteral("500"));

    typeInto(amount->lineEdit(), typed);
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(500));
    QCOMPARE(fixture.session()->undoStack()->count(), 0); // nothing to undo: nothing changed
    QVERIFY(amount->hasError());
    QVERIFY(!amount->errorText().isEmpty());
    QCOMPARE(amount->lineEdit()->text(), typed); // kept, to be put right

    // Putting it right saves it, and clears the message.
    typeInto(amount->lineEdit(), QStringLiteral("1234"));
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(1234));
    QVERIFY(!amount->hasError());
}

void TestBudgetStep::switchingThePeriodKeepsTheFigure()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    BudgetStep step(fixture.session());
    showStep(step);
    typeInto(step.enteredPanel()->amountEdit()->lineEdit(), QStringLiteral("230.50"));
    QComboBox* period = step.enteredPanel()->periodCombo();
    QCOMPARE(period->currentText(), QStringLiteral("Year")); // a new plan's budget is a year's

    QTest::keyClick(period, Qt::Key_Home); // the first: a week
    QCOMPARE(fixture.session()->plan().budget.period, Period::Week);
    // The figure is what the council's letter says; only what it is for changed.
    QCOMPARE(fixture.session()->plan().budget.indicative, Money::fromPence(23050));
    QCOMPARE(fixture.session()->totals().budget(), Money::fromPence(23050));
    QCOMPARE(fixture.session()->totals().budgetPeriod(), Period::Week);

    QTest::keyClick(period, Qt::Key_Down); // every four weeks
    QCOMPARE(fixture.session()->plan().budget.period, Period::FourWeeks);
    QCOMPARE(period->currentText(), QStringLiteral("Four weeks"));

    fixture.session()->undoStack()->undo(); // both period changes are one step
    QCOMPARE(fixture.session()->plan().budget.period, Period::Year);
    QCOMPARE(period->currentText(), QStringLiteral("Year"));
}

void TestBudgetStep::sayingTheCouncilAgreedItKeepsTheEstimate()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    BudgetStep step(fixture.session());
    showStep(step);
    ui::EnteredAmountPanel* panel = step.enteredPanel();
    QLineEdit* amount = panel->amountEdit()->lineEdit();
    typeInto(amount, QStringLiteral("11000"));
    QCOMPARE(panel->agreedChoice()->chosen(), 0); // "not yet": a new figure is an estimate

    choose(panel->agreedChoice(), 1); // "yes, agreed"
    QCOMPARE(fixture.session()->plan().budget.agreed, pounds(11000));
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(11000));

    // The council agreed more than its estimate: the estimate is kept.
    typeInto(amount, QStringLiteral("11500"));
    QCOMPARE(fixture.session()->plan().budget.agreed, pounds(11500));
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(11000));
    QCOMPARE(fixture.session()->totals().budget(), pounds(11500)); // the plan is held to it

    // Rubbing the figure out to type it again doesn't flip the answer.
    typeInto(amount, QString());
    QTest::keyClick(amount, Qt::Key_Backspace);
    QCOMPARE(amount->text(), QString());
    QCOMPARE(panel->agreedChoice()->chosen(), 1);
    QTest::keyClicks(amount, QStringLiteral("11600"));
    QCOMPARE(fixture.session()->plan().budget.agreed, pounds(11600));

    choose(panel->agreedChoice(), 0); // "not yet" after all
    QCOMPARE(fixture.session()->plan().budget.agreed, std::nullopt);
    QCOMPARE(amount->text(), QStringLiteral("11,000")); // the field shows the estimate again
    fixture.session()->undoStack()->undo();
    QCOMPARE(fixture.session()->plan().budget.agreed, pounds(11600));
    QCOMPARE(panel->agreedChoice()->chosen(), 1);
    QCOMPARE(amount->text(), QStringLiteral("11,600"));
}

void TestBudgetStep::theEndDateFollowsTheStartAndCantComeBeforeIt()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    setBudget(fixture, [](Budget& b) {
        b.start = QDate(2026, 4, 1);
        b.end = QDate(2027, 3, 31);
    });
    BudgetStep step(fixture.session());
    showStep(step);
    QDateEdit* start = step.datesPanel()->startEdit();
    QDateEdit* end = step.datesPanel()->endEdit();
    QCOMPARE(end->date(), QDate(2027, 3, 31));

    // 1 April 2026 → 1 May 2026 (the month section, one step up): the usual
    // end follows, a year on less a day: 30 April 2027.
    start->setCurrentSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(start, Qt::Key_Up);
    QCOMPARE(fixture.session()->plan().budget.start, QDate(2026, 5, 1));
    QCOMPARE(fixture.session()->plan().budget.end, QDate(2027, 4, 30));
    QCOMPARE(end->date(), QDate(2027, 4, 30));

    // An end before the start is refused, with the reason beside it.
    end->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(end, Qt::Key_Down); // 30 April 2026
    QTest::keyClick(end, Qt::Key_Down); // 30 April 2025
    QCOMPARE(fixture.session()->plan().budget.end, QDate(2027, 4, 30));
    QVERIFY(!step.datesPanel()->endError().isEmpty());
    QCOMPARE(end->date(), QDate(2025, 4, 30)); // kept as chosen, to be put right

    QTest::keyClick(end, Qt::Key_Up);
    QTest::keyClick(end, Qt::Key_Up);
    QTest::keyClick(end, Qt::Key_Up); // 30 April 2028: after the start again
    QCOMPARE(fixture.session()->plan().budget.end, QDate(2028, 4, 30));
    QVERIFY(step.datesPanel()->endError().isEmpty());
}

void TestBudgetStep::fundingStreamsAddUpAndEachEditCanBeUndone()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    setBudget(fixture, [](Budget& b) { b.indicative = pounds(12000); });
    BudgetStep step(fixture.session());
    showStep(step);
    ui::FundingStreamsPanel* streams = step.streamsPanel();
    QUndoStack* undo = fixture.session()->undoStack();
    const auto& plan = [&]() -> const Budget& { return fixture.session()->plan().budget; };

    // The first stream is the whole budget, from the council.
    QTest::mouseClick(streams->addButton(), Qt::LeftButton);
    QCOMPARE(plan().streams.size(), 1);
    QCOMPARE(plan().streams[0].source, FundingSource::CouncilSocialCare);
    QCOMPARE(plan().streams[0].amount, pounds(12000));
    QCOMPARE(streams->model()->rowCount(), 1);
    QVERIFY2(streams->totalText().contains(QStringLiteral("£12,000 a year, which matches")),
        qPrintable(streams->totalText()));

    // Part of it is the person's own contribution: £12,000 − £2,000 = £10,000 from the council.
    // Rubbed out first: the field stays empty while typing (the plan holds £0).
    QLineEdit* streamAmount = streams->amountEdit()->lineEdit();
    streamAmount->selectAll();
    QTest::keyClick(streamAmount, Qt::Key_Backspace);
    QCOMPARE(plan().streams[0].amount, Money());
    QCOMPARE(streamAmount->text(), QString());
    QTest::keyClicks(streamAmount, QStringLiteral("10000"));
    QCOMPARE(streamAmount->text(), QStringLiteral("10000"));
    QCOMPARE(plan().streams[0].amount, pounds(10000));
    QVERIFY2(streams->totalText().contains(QStringLiteral("£2,000 a year less than your budget")),
        qPrintable(streams->totalText()));
    const int councilKey = plan().streams[0].key;

    // The next one fills what is missing, from the next kind of money.
    QTest::mouseClick(streams->addButton(), Qt::LeftButton);
    QCOMPARE(plan().streams.size(), 2);
    QCOMPARE(plan().streams[1].amount, pounds(2000));
    QCOMPARE(plan().streams[1].source, FundingSource::NhsPersonalHealthBudget);
    QCOMPARE(streams->selectedKey(), plan().streams[1].key);
    streams->sourceCombo()->setFocus();
    QTest::keyClick(streams->sourceCombo(), Qt::Key_End); // "Other" is last
    QTest::keyClick(streams->sourceCombo(), Qt::Key_Up); // my own contribution
    QCOMPARE(plan().streams[1].source, FundingSource::OwnContribution);
    QTest::keyClicks(streams->noteEdit(), QStringLiteral("My assessed contribution"));
    QCOMPARE(plan().streams[1].note, QStringLiteral("My assessed contribution"));
    QVERIFY(streams->totalText().contains(QStringLiteral("which matches your budget")));
    // add, amount, add, source, note
    QCOMPARE(undo->count(), 5);

    // Take the council's out.
    streams->showStream(councilKey);
    QTest::mouseClick(streams->removeButton(), Qt::LeftButton);
    QCOMPARE(plan().streams.size(), 1);
    QCOMPARE(plan().streams[0].source, FundingSource::OwnContribution);
    QVERIFY(streams->totalText().contains(QStringLiteral("£10,000 a year less")));

    // Each of those comes back off one at a time.
    undo->undo(); // the removal: back in its place, first
    QCOMPARE(plan().streams.size(), 2);
    QCOMPARE(plan().streams[0].key, councilKey);
    QCOMPARE(plan().streams[0].amount, pounds(10000));
    QCOMPARE(streams->model()->rowCount(), 2);
    undo->undo(); // the note
    QCOMPARE(plan().streams[1].note, QString());
    undo->undo(); // where it comes from
    QCOMPARE(plan().streams[1].source, FundingSource::NhsPersonalHealthBudget);
    undo->undo(); // the second stream
    QCOMPARE(plan().streams.size(), 1);
    QCOMPARE(streams->model()->rowCount(), 1);
    undo->undo(); // the amount
    QCOMPARE(plan().streams[0].amount, pounds(12000));
    undo->undo(); // the first stream
    QCOMPARE(plan().streams.size(), 0);
    QCOMPARE(streams->model()->rowCount(), 0);
    QVERIFY(!undo->canUndo());

    for (int i = 0; i < 6; ++i) {
        undo->redo();
    }
    QCOMPARE(plan().streams.size(), 1);
    QCOMPARE(plan().streams[0].source, FundingSource::OwnContribution);
    QCOMPARE(plan().streams[0].note, QStringLiteral("My assessed contribution"));

    // Delete on the table takes out the chosen one too.
    streams->showStream(plan().streams[0].key);
    QTest::keyClick(streams->table(), Qt::Key_Delete);
    QCOMPARE(plan().streams.size(), 0);
    fixture.reopen(); // every step was saved as it went
    QCOMPARE(fixture.session()->plan().budget.streams.size(), 0);
}

void TestBudgetStep::theFundingStreamTableIsASoundModel()
{
    ui::FundingStreamModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStreams({FundingStream {1, FundingSource::CouncilSocialCare, pounds(200), {}},
                         FundingStream {2, FundingSource::OwnContribution, Money::fromPence(3050),
                             QStringLiteral("Mine")}},
        Period::Week);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, ui::FundingStreamModel::AmountColumn)).toString(),
        QStringLiteral("£30.50"));
    QCOMPARE(model.headerData(ui::FundingStreamModel::AmountColumn, Qt::Horizontal).toString(),
        QStringLiteral("Amount a week"));
    // Money is right-aligned.
    const auto align =
        model.data(model.index(0, ui::FundingStreamModel::AmountColumn), Qt::TextAlignmentRole)
            .value<Qt::Alignment>();
    QVERIFY(align & Qt::AlignRight);
    // A changed value keeps the rows (and so the selection); a new stream resets.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStreams({FundingStream {1, FundingSource::CouncilSocialCare, pounds(210), {}},
                         FundingStream {2, FundingSource::OwnContribution, Money::fromPence(3050),
                             QStringLiteral("Mine")}},
        Period::Week);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    model.setStreams({}, Period::Week);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestBudgetStep::answeringQuestionsOneAtATimeWorksTheAmountOutLive()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    BudgetStep step(fixture.session());
    showStep(step);
    RasQuestionnaire* ras = step.questionnaire();
    const RasScheme scheme = pointsScheme();
    const auto& budget = [&]() -> const Budget& { return fixture.session()->plan().budget; };

    choose(step.sourceChoice(), BudgetStep::Ras);
    QCOMPARE(budget().source, BudgetSource::Ras);
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Scheme);
    QVERIFY(!ras->isHidden());
    QVERIFY(step.enteredPanel()->isHidden() || !step.enteredPanel()->isVisibleTo(&step));

    // Continue without a scheme says what to do.
    QTest::mouseClick(ras->schemeContinueButton(), Qt::LeftButton);
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Scheme);
    QVERIFY(!ras->errorText().isEmpty());
    const int points = schemeIndex(ras, QStringLiteral("example-points"));
    QVERIFY(points >= 0);
    choose(ras->schemeChoice(), points);
    QCOMPARE(budget().rasSchemeId, QStringLiteral("example-points"));
    // No answers yet: 0 points × £45 = £0, raised to the council's lowest amount, £2,000.
    QCOMPARE(budget().indicative, pounds(2000));
    QCOMPARE(budget().period, Period::Year);
    QCOMPARE(ras->amountText(), QStringLiteral("Your budget so far: £2,000 a year"));

    // Enter on the scheme page continues to the first question.
    QTest::keyClick(ras->schemeChoice()->option(points)->button(), Qt::Key_Return);
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Question);
    QCOMPARE(ras->progressText(), QStringLiteral("Question 1 of %1").arg(scheme.questions.size()));
    QCOMPARE(ras->questionText(), scheme.questions[0].question);
    QCOMPARE(ras->answers()->count(), scheme.questions[0].options.size());

    // "Someone has to do all of it with me": 110 points × £45 = £4,950.
    choose(ras->answers(), optionIndex(scheme.questions[0], QStringLiteral("all")));
    QCOMPARE(budget().rasAnswers.value(QStringLiteral("personal-care")), QStringLiteral("all"));
    QCOMPARE(budget().indicative, pounds(4950));
    QCOMPARE(ras->amountText(), QStringLiteral("Your budget so far: £4,950 a year"));
    QCOMPARE(fixture.session()->totals().budget(), pounds(4950)); // the running total follows
    QVERIFY(
        ras->explanation()->steps().join(QLatin1Char(' ')).contains(QStringLiteral("110 points")));
    QVERIFY(ras->changeText().contains(QStringLiteral("up by £2,950")));

    QTest::mouseClick(ras->continueButton(), Qt::LeftButton);
    QCOMPARE(ras->progressText(), QStringLiteral("Question 2 of %1").arg(scheme.questions.size()));
    QCOMPARE(ras->questionText(), scheme.questions[1].question);
    QCOMPARE(ras->answers()->chosen(), -1); // not answered yet

    // Continue without an answer says so, and stays.
    QTest::mouseClick(ras->continueButton(), Qt::LeftButton);
    QCOMPARE(ras->questionIndex(), 1);
    QVERIFY(!ras->errorText().isEmpty());

    // "Help with every meal and drink": (110 + 50) points × £45 = £7,200.
    choose(ras->answers(), optionIndex(scheme.questions[1], QStringLiteral("a-lot")));
    QVERIFY(ras->errorText().isEmpty());
    QCOMPARE(budget().indicative, pounds(7200));
    QCOMPARE(ras->amountText(), QStringLiteral("Your budget so far: £7,200 a year"));
    QVERIFY(
        ras->explanation()->steps().join(QLatin1Char(' ')).contains(QStringLiteral("160 points")));

    // Each answer is its own undo step.
    QUndoStack* undo = fixture.session()->undoStack();
    undo->undo();
    QCOMPARE(budget().indicative, pounds(4950));
    QCOMPARE(ras->answers()->chosen(), -1);
    undo->redo();
    QCOMPARE(budget().indicative, pounds(7200));
    QCOMPARE(ras->answers()->chosen(), optionIndex(scheme.questions[1], QStringLiteral("a-lot")));
}

void TestBudgetStep::goingBackToChangeAnAnswerChangesTheAmount()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    BudgetStep step(fixture.session());
    showStep(step);
    RasQuestionnaire* ras = step.questionnaire();
    const RasScheme scheme = pointsScheme();
    choose(step.sourceChoice(), BudgetStep::Ras);
    choose(ras->schemeChoice(), schemeIndex(ras, QStringLiteral("example-points")));
    QTest::mouseClick(ras->schemeContinueButton(), Qt::LeftButton);
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Question);
    choose(ras->answers(), optionIndex(scheme.questions[0], QStringLiteral("all"))); // 110
    QTest::mouseClick(ras->continueButton(), Qt::LeftButton);
    choose(ras->answers(), optionIndex(scheme.questions[1], QStringLiteral("a-lot"))); // 50
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(7200)); // 160 × £45
    const QStringList before = ras->explanation()->steps();

    QTest::mouseClick(ras->backButton(), Qt::LeftButton);
    QCOMPARE(ras->questionIndex(), 0);
    QCOMPARE(ras->answers()->chosen(), optionIndex(scheme.questions[0], QStringLiteral("all")));
    // "Help with most of it every day": (70 + 50) points × £45 = £5,400.
    choose(ras->answers(), optionIndex(scheme.questions[0], QStringLiteral("a-lot")));
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(5400));
    QCOMPARE(ras->amountText(), QStringLiteral("Your budget so far: £5,400 a year"));
    // £7,200 − £5,400 = £1,800 less, and the explanation is the new sum.
    QVERIFY2(ras->changeText().contains(QStringLiteral("down by £1,800")),
        qPrintable(ras->changeText()));
    QVERIFY(ras->explanation()->steps() != before);
    QVERIFY(
        ras->explanation()->steps().join(QLatin1Char(' ')).contains(QStringLiteral("120 points")));
    // The second answer is still there.
    QCOMPARE(fixture.session()->plan().budget.rasAnswers.value(QStringLiteral("eating-drinking")),
        QStringLiteral("a-lot"));
}

void TestBudgetStep::checkYourAnswersHasAChangeLinkForEachQuestion()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    BudgetStep step(fixture.session());
    showStep(step);
    RasQuestionnaire* ras = step.questionnaire();
    const RasScheme scheme = pointsScheme();
    choose(step.sourceChoice(), BudgetStep::Ras);
    choose(ras->schemeChoice(), schemeIndex(ras, QStringLiteral("example-points")));
    ras->showQuestion(0);
    // The first answer to every question: each scores 0 points and makes no
    // adjustment, so the amount is the council's lowest, £2,000.
    for (int i = 0; i < scheme.questions.size(); ++i) {
        QCOMPARE(ras->questionIndex(), i);
        choose(ras->answers(), 0);
        QTest::keyClick(ras->answers()->option(0)->button(), Qt::Key_Return);
    }
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Summary);
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(2000));
    QCOMPARE(ras->amountText(), QStringLiteral("Your budget: £2,000 a year"));
    QCOMPARE(ras->changeButtons().size(), scheme.questions.size());

    // Change the last answer: the carer often needs a break, which adds a
    // separate £1,200 after the council's limits: £2,000 + £1,200 = £3,200.
    const int last = int(scheme.questions.size()) - 1;
    QPushButton* change = ras->changeButtons().at(last);
    QVERIFY(change->accessibleName().contains(scheme.questions[last].question));
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Question);
    QCOMPARE(ras->questionIndex(), last);
    choose(ras->answers(), optionIndex(scheme.questions[last], QStringLiteral("often")));
    QCOMPARE(fixture.session()->plan().budget.indicative, pounds(3200));
    QVERIFY(ras->explanation()->steps().join(QLatin1Char(' ')).contains(QStringLiteral("£1,200")));
    // Continue goes back to the check page, not to the next question.
    QTest::mouseClick(ras->continueButton(), Qt::LeftButton);
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Summary);

    // And the first: Back from there also returns to the check page.
    QTest::mouseClick(ras->changeButtons().at(0), Qt::LeftButton);
    QCOMPARE(ras->questionIndex(), 0);
    QTest::mouseClick(ras->backButton(), Qt::LeftButton);
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Summary);
}

void TestBudgetStep::reopeningShowsEverythingThatWasSaved()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    const RasScheme scheme = pointsScheme();
    {
        BudgetStep step(fixture.session());
        showStep(step);
        RasQuestionnaire* ras = step.questionnaire();
        choose(step.sourceChoice(), BudgetStep::Ras);
        choose(ras->schemeChoice(), schemeIndex(ras, QStringLiteral("example-points")));
        ras->showQuestion(0);
        choose(ras->answers(), optionIndex(scheme.questions[0], QStringLiteral("some"))); // 40
        QTest::mouseClick(ras->continueButton(), Qt::LeftButton);
        choose(ras->answers(), optionIndex(scheme.questions[1], QStringLiteral("a-lot"))); // 50
        typeInto(step.rasAgreedEdit()->lineEdit(), QStringLiteral("4300"));
        QTest::mouseClick(step.streamsPanel()->addButton(), Qt::LeftButton);
    }
    fixture.reopen();
    const Budget& saved = fixture.session()->plan().budget;
    QCOMPARE(saved.source, BudgetSource::Ras);
    QCOMPARE(saved.rasSchemeId, QStringLiteral("example-points"));
    QCOMPARE(saved.rasAnswers.size(), 2);
    QCOMPARE(saved.indicative, pounds(4050)); // (40 + 50) points × £45
    QCOMPARE(saved.agreed, pounds(4300));
    QCOMPARE(saved.streams.size(), 1);
    QCOMPARE(saved.streams[0].amount, pounds(4300)); // the whole (agreed) budget

    BudgetStep step(fixture.session());
    showStep(step);
    RasQuestionnaire* ras = step.questionnaire();
    QCOMPARE(step.sourceChoice()->chosen(), int(BudgetStep::Ras));
    QVERIFY(!ras->isHidden());
    // Back where the person left off: the first question not answered.
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Question);
    QCOMPARE(ras->questionIndex(), 2);
    QCOMPARE(ras->amountText(), QStringLiteral("Your budget so far: £4,050 a year"));
    QVERIFY(!ras->explanation()->steps().isEmpty());
    QCOMPARE(step.rasAgreedEdit()->lineEdit()->text(), QStringLiteral("4,300"));
    QCOMPARE(step.streamsPanel()->model()->rowCount(), 1);
    ras->showQuestion(1);
    QCOMPARE(ras->answers()->chosen(), optionIndex(scheme.questions[1], QStringLiteral("a-lot")));
}

void TestBudgetStep::aSchemeTheProgramDoesNotHaveIsSaidPlainly()
{
    // The sample plan's answers were given to "example-council-2027".
    Plan plan = test::samplePlan();
    plan.status = PlanStatus::Draft;
    test::SessionFixture fixture(PlanFileContents {test::samplePerson(), plan});
    BudgetStep step(fixture.session());
    showStep(step);
    RasQuestionnaire* ras = step.questionnaire();
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Scheme);
    const auto labels = ras->findChildren<QLabel*>();
    const bool said = std::any_of(labels.cbegin(), labels.cend(), [](QLabel* l) {
        return l->isVisibleTo(l->window())
            && l->text().contains(QStringLiteral("example-council-2027"));
    });
    QVERIFY(said);
    // The amounts it came with are still what the plan is held to.
    QCOMPARE(fixture.session()->totals().budget(), Money::fromPence(23050));
    QCOMPARE(step.rasAgreedEdit()->lineEdit()->text(), QStringLiteral("230.50"));
}

void TestBudgetStep::anAgreedPlanCanBeReadButNotChanged()
{
    Plan plan = test::samplePlan(); // agreed
    plan.budget.rasSchemeId = QStringLiteral("example-points");
    plan.budget.rasAnswers = {{QStringLiteral("personal-care"), QStringLiteral("some")},
        {QStringLiteral("eating-drinking"), QStringLiteral("a-lot")}};
    test::SessionFixture fixture(PlanFileContents {test::samplePerson(), plan});
    QVERIFY(fixture.session()->isFrozen());
    ui::PlanPage page; // as in the window: the page tells each step the plan is frozen
    page.setSession(fixture.session());
    auto* step = qobject_cast<BudgetStep*>(page.step(1));
    QVERIFY(step);
    page.goToStep(1);
    page.resize(1200, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const Budget before = fixture.session()->plan().budget;

    RasQuestionnaire* ras = step->questionnaire();
    QVERIFY(step->sourceChoice()->isReadOnly());
    QVERIFY(step->rasAgreedEdit()->lineEdit()->isReadOnly());
    QVERIFY(!step->streamsPanel()->addButton()->isEnabled());
    QVERIFY(step->datesPanel()->startEdit()->isReadOnly());
    QVERIFY(ras->schemeChoice()->isReadOnly());
    // The explanation stays: why the amount is what it is matters most now.
    QVERIFY(ras->explanation()->isVisibleTo(step));
    QVERIFY(!ras->explanation()->steps().isEmpty());

    // Reading through the questions works; answering doesn't.
    // It opens on all the answers, to be read.
    QCOMPARE(ras->page(), RasQuestionnaire::Page::Summary);
    QCOMPARE(ras->changeButtons().first()->text(), QStringLiteral("View"));
    ras->showQuestion(0);
    QVERIFY(ras->answers()->isReadOnly());
    QVERIFY(!ras->answers()->options().first()->button()->isEnabled());
    choose(ras->answers(), 0);
    QTest::mouseClick(ras->continueButton(), Qt::LeftButton);
    QCOMPARE(ras->questionIndex(), 1);
    QTest::keyClicks(step->rasAgreedEdit()->lineEdit(), QStringLiteral("9"));
    QTest::mouseClick(step->streamsPanel()->addButton(), Qt::LeftButton);
    choose(step->sourceChoice(), BudgetStep::Entered);
    QCOMPARE(fixture.session()->plan().budget, before);
    QCOMPARE(fixture.session()->undoStack()->count(), 0);
}

void TestBudgetStep::findingsAboutTheBudgetOpenTheRightField()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    setBudget(fixture, [](Budget& b) {
        b.indicative = pounds(9000);
        b.streams = {FundingStream {4, FundingSource::CouncilSocialCare, pounds(6000), {}},
            FundingStream {7, FundingSource::OwnContribution, pounds(1000), {}}};
    });
    BudgetStep step(fixture.session());
    QVERIFY(step.handles(FindingTarget::Budget));
    QVERIFY(step.handles(FindingTarget::FundingStream));
    QVERIFY(!step.handles(FindingTarget::SupportItem));
    showStep(step);
    step.activateWindow();
    step.showTarget(FindingTarget::FundingStream, 7);
    QCOMPARE(step.streamsPanel()->selectedKey(), 7);
    QCOMPARE(step.streamsPanel()->table()->currentIndex().row(), 1);
    QCOMPARE(step.streamsPanel()->amountEdit()->lineEdit()->text(), QStringLiteral("1,000"));
    step.showTarget(FindingTarget::Budget, 0);
    QTRY_VERIFY(step.enteredPanel()->amountEdit()->lineEdit()->hasFocus());
}

void TestBudgetStep::everyControlHasAnAccessibleName()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    setBudget(fixture, [](Budget& b) {
        b.indicative = pounds(9000);
        b.streams = {FundingStream {4, FundingSource::CouncilSocialCare, pounds(9000), {}}};
    });
    BudgetStep step(fixture.session());
    showStep(step);
    step.streamsPanel()->showStream(4);

    const auto check = [&step](const char* where) {
        int interactive = 0;
        for (QWidget* w : step.findChildren<QWidget*>()) {
            if (w->isVisibleTo(&step) && (w->focusPolicy() & Qt::TabFocus)) {
                ++interactive;
                QVERIFY2(!w->accessibleName().isEmpty(),
                    qPrintable(
                        QStringLiteral("%1: %2 %3")
                            .arg(QLatin1String(where), QLatin1String(w->metaObject()->className()),
                                w->objectName())));
            }
        }
        QVERIFY(interactive >= 8);
    };
    check("I know my amount");

    choose(step.sourceChoice(), BudgetStep::Ras);
    check("choosing a scheme");
    RasQuestionnaire* ras = step.questionnaire();
    choose(ras->schemeChoice(), 0);
    ras->showQuestion(0);
    check("a question");
    // Each answer is announced in the words shown.
    for (ui::ChoiceOption* option : ras->answers()->options()) {
        QCOMPARE(option->button()->accessibleName(), option->label());
    }
    ras->showSummary();
    check("check your answers");
}

void TestBudgetStep::theTabOrderFollowsThePage()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    setBudget(fixture, [](Budget& b) {
        b.streams = {FundingStream {4, FundingSource::CouncilSocialCare, pounds(9000), {}}};
    });
    BudgetStep step(fixture.session());
    showStep(step);
    // Where each widget comes when tabbing from the top of the page.
    const auto position = [&step](QWidget* target) {
        QWidget* w = step.sourceChoice()->option(BudgetStep::Entered)->button();
        for (int i = 0; i < 1000; ++i, w = w->nextInFocusChain()) {
            if (w == target) {
                return i;
            }
        }
        return -1;
    };
    ui::EnteredAmountPanel* entered = step.enteredPanel();
    const QList<QWidget*> enteredOrder {entered->amountEdit()->lineEdit(), entered->periodCombo(),
        entered->agreedChoice()->option(0)->button(), step.datesPanel()->startEdit(),
        step.datesPanel()->endEdit(), step.streamsPanel()->table(),
        step.streamsPanel()->addButton()};
    for (int i = 1; i < enteredOrder.size(); ++i) {
        QVERIFY2(position(enteredOrder[i - 1]) < position(enteredOrder[i]),
            qPrintable(QStringLiteral("I know my amount: field %1").arg(i)));
    }

    choose(step.sourceChoice(), BudgetStep::Ras);
    RasQuestionnaire* ras = step.questionnaire();
    choose(ras->schemeChoice(), 0);
    ras->showQuestion(0);
    const QList<QWidget*> rasOrder {step.sourceChoice()->option(BudgetStep::Ras)->button(),
        ras->answers()->options().first()->button(), ras->answers()->options().last()->button(),
        ras->backButton(), ras->continueButton(), step.rasAgreedEdit()->lineEdit(),
        step.datesPanel()->startEdit(), step.streamsPanel()->table()};
    for (int i = 1; i < rasOrder.size(); ++i) {
        QVERIFY2(position(rasOrder[i - 1]) < position(rasOrder[i]),
            qPrintable(QStringLiteral("a question: field %1").arg(i)));
    }
}

QTEST_MAIN(TestBudgetStep)
#include "test_budgetstep.moc"
