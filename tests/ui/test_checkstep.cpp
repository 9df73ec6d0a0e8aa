#include "commands/editemergencyplancommand.h"
#include "commands/editpersoncommand.h"
#include "demo/democaseload.h"
#include "plan/steps/aboutmestep.h"
#include "plan/steps/check/findingbutton.h"
#include "plan/steps/check/summarysection.h"
#include "plan/steps/checkstep.h"
#include "sessionfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace pb;
using Section = ui::CheckStep::Section;

Q_DECLARE_METATYPE(ui::CheckStep::Section)

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

ui::FindingButton* buttonFor(const ui::CheckStep& step, const QString& code)
{
    for (ui::FindingButton* b : step.findingButtons()) {
        if (b->finding().code == code) {
            return b;
        }
    }
    return nullptr;
}

int itemKey(const Plan& plan, const QString& what)
{
    for (const SupportItem& item : plan.items) {
        if (item.what == what) {
            return item.key;
        }
    }
    qFatal("no item %s", qPrintable(what));
}

// The value shown beside `label` in a summary section ("" when there is none).
QString valueOf(const ui::SummarySection* section, const QString& label)
{
    for (const auto& [l, value] : section->rows()) {
        if (l == label) {
            return value;
        }
    }
    return {};
}

// A plan the checker has nothing to say about: Grace Thompson's (budget met
// within £500, three outcomes marked and served, a back-up plan) as a draft.
PlanFileContents cleanDraft()
{
    PlanFileContents grace = demoPerson(QStringLiteral("Grace Thompson"));
    grace.plan.status = PlanStatus::Draft;
    grace.plan.agreedAt = {};
    grace.plan.agreedBy.clear();
    grace.plan.reviewDate = {};
    return grace;
}

} // namespace

class TestCheckStep : public QObject {
    Q_OBJECT
private slots:
    void findingsShowWithIconWordAndAdvice();
    void activatingAFindingAsksForItsTarget();
    void aCleanPlanSaysSo();
    void aFindingGoesAwayWhenPutRight();
    void changeLinksGoToTheirSteps_data();
    void changeLinksGoToTheirSteps();
    void summariesSayWhatThePlanSays();
    void summariesFollowEdits();
    void agreedPlanOffersToSeeDetails();
    void tabFollowsReadingOrder();
    void everyControlHasAnAccessibleName();
};

void TestCheckStep::findingsShowWithIconWordAndAdvice()
{
    // Bethany Hughes has no back-up plan and pays her daughter, who lives
    // with her, from her direct payment without the council's agreement.
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::CheckStep step(fixture.session());

    const QList<Finding>& findings = fixture.session()->findings();
    QCOMPARE(step.findingButtons().size(), findings.size());
    QVERIFY(!step.findingsSummary()->text().contains(QStringLiteral("no problems")));

    ui::FindingButton* emergency = buttonFor(step, QStringLiteral("no-emergency-plan"));
    QVERIFY(emergency);
    QCOMPARE(emergency->accessibleName(),
        QStringLiteral("Worth a look: ") + emergency->finding().message);
    QVERIFY(buttonFor(step, QStringLiteral("close-relative-without-agreement")));
    // The bath lift serves no outcome: a suggestion, said as a tip.
    ui::FindingButton* tip = buttonFor(step, QStringLiteral("item-serves-no-outcome"));
    QVERIFY(tip);
    QVERIFY(tip->accessibleName().startsWith(QStringLiteral("Tip: ")));

    // Never colour alone: each button shows its word and the advice as text.
    for (ui::FindingButton* b : step.findingButtons()) {
        const QString word = ui::FindingButton::severityWord(b->finding().severity);
        bool wordShown = false;
        for (QLabel* label : b->findChildren<QLabel*>()) {
            wordShown = wordShown || label->text().contains(word);
        }
        QVERIFY2(wordShown, qPrintable(b->finding().code));
    }
    // Most serious first.
    for (int i = 1; i < step.findingButtons().size(); ++i) {
        QVERIFY(step.findingButtons()[i - 1]->finding().severity
            <= step.findingButtons()[i]->finding().severity);
    }
}

void TestCheckStep::activatingAFindingAsksForItsTarget()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::CheckStep step(fixture.session());
    QSignalSpy spy(&step, &ui::StepPage::findingActivated);

    ui::FindingButton* relative =
        buttonFor(step, QStringLiteral("close-relative-without-agreement"));
    QTest::mouseClick(relative, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy[0][0].value<FindingTarget>(), FindingTarget::SupportItem);
    QCOMPARE(
        spy[0][1].toInt(), itemKey(fixture.session()->plan(), QStringLiteral("Help with bathing")));

    ui::FindingButton* emergency = buttonFor(step, QStringLiteral("no-emergency-plan"));
    QTest::keyClick(emergency, Qt::Key_Return);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy[1][0].value<FindingTarget>(), FindingTarget::EmergencyPlan);
    QCOMPARE(spy[1][1].toInt(), 0);
    QTest::keyClick(emergency, Qt::Key_Space);
    QCOMPARE(spy.size(), 3);
}

void TestCheckStep::aCleanPlanSaysSo()
{
    test::SessionFixture fixture(cleanDraft());
    QVERIFY(fixture.session()->findings().isEmpty()); // what this test is about
    ui::CheckStep step(fixture.session());
    QVERIFY(step.findingButtons().isEmpty());
    QCOMPARE(
        step.findingsSummary()->text(), QStringLiteral("Your plan has no problems we can see."));
}

void TestCheckStep::aFindingGoesAwayWhenPutRight()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::PlanSession* session = fixture.session();
    ui::CheckStep step(session);
    const auto before = step.findingButtons().size();
    QVERIFY(buttonFor(step, QStringLiteral("no-emergency-plan")));

    EmergencyPlan backUp;
    backUp.whatToDo = QStringLiteral("If Ellie is away, my neighbour Pat helps me bathe.");
    backUp.contactName = QStringLiteral("Pat Byrne");
    session->undoStack()->push(
        new ui::EditEmergencyPlanCommand(session, session->plan().emergency, backUp, QString()));
    QVERIFY(!buttonFor(step, QStringLiteral("no-emergency-plan")));
    QCOMPARE(step.findingButtons().size(), before - 1);

    session->undoStack()->undo();
    QVERIFY(buttonFor(step, QStringLiteral("no-emergency-plan")));
    QCOMPARE(step.findingButtons().size(), before);
}

void TestCheckStep::changeLinksGoToTheirSteps_data()
{
    QTest::addColumn<Section>("section");
    QTest::addColumn<FindingTarget>("target");
    QTest::newRow("budget") << Section::Budget << FindingTarget::Budget;
    QTest::newRow("outcomes") << Section::Outcomes << FindingTarget::Outcome;
    QTest::newRow("money") << Section::MoneyManagement << FindingTarget::Deployment;
    QTest::newRow("support") << Section::Support << FindingTarget::SupportItem;
    QTest::newRow("back-up plan") << Section::Emergency << FindingTarget::EmergencyPlan;
}

void TestCheckStep::changeLinksGoToTheirSteps()
{
    QFETCH(Section, section);
    QFETCH(FindingTarget, target);
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::CheckStep step(fixture.session());
    QSignalSpy findings(&step, &ui::StepPage::findingActivated);
    QSignalSpy steps(&step, &ui::StepPage::stepRequested);

    QPushButton* change = step.section(section)->changeButton();
    QCOMPARE(change->text(), QStringLiteral("Change"));
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0][0].value<FindingTarget>(), target);
    QCOMPARE(steps.size(), 0);

    // About me is about no finding: it asks for its step by name.
    QTest::mouseClick(step.section(Section::AboutMe)->changeButton(), Qt::LeftButton);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0][0].value<const QMetaObject*>(), &ui::AboutMeStep::staticMetaObject);
}

void TestCheckStep::summariesSayWhatThePlanSays()
{
    PlanFileContents bethany = demoPerson(QStringLiteral("Bethany Hughes"));
    // Put the outcome that is not in the top three first in the plan, to
    // see the top three come first in the summary anyway.
    std::reverse(bethany.plan.outcomes.begin(), bethany.plan.outcomes.end());
    QVERIFY(!bethany.plan.outcomes.first().topThree);
    test::SessionFixture fixture(bethany);
    ui::CheckStep step(fixture.session());

    const auto outcomes = step.section(Section::Outcomes)->rows();
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes[0].first, QStringLiteral("One of my three most important"));
    QVERIFY(outcomes[0].second.startsWith(
        QStringLiteral("I want less pain so I can walk to the shops")));
    QVERIFY(outcomes[0].second.contains(QStringLiteral("Part of life: Health")));
    QCOMPARE(outcomes[1].first, QStringLiteral("Also matters to me"));
    QVERIFY(
        outcomes[1].second.startsWith(QStringLiteral("I want to have a bath without worrying")));

    const ui::SummarySection* budget = step.section(Section::Budget);
    // £6,200 a year from the NHS, as the council gave it.
    QCOMPARE(valueOf(budget, QStringLiteral("The amount the council suggests (indicative budget)")),
        QStringLiteral("£6,200 a year"));
    QCOMPARE(valueOf(budget, QStringLiteral("Where the money comes from (funding streams)")),
        QStringLiteral("NHS personal health budget: £6,200 a year"));
    // 1 December 2026 for a year.
    QCOMPARE(valueOf(budget, QStringLiteral("Dates")),
        QStringLiteral("1 December 2026 to 30 November 2027"));

    const ui::SummarySection* support = step.section(Section::Support);
    // Hydrotherapy: £45 once a week, 52 weeks: £2,340 a year.
    QCOMPARE(valueOf(support, QStringLiteral("Hydrotherapy sessions")),
        QStringLiteral("£2,340 a year\nFrom Oldham Physio Centre"));
    // The bath lift: £420 once, counted in full in the year.
    QVERIFY(
        valueOf(support, QStringLiteral("Bath lift")).startsWith(QStringLiteral("£420 a year")));
    QCOMPARE(valueOf(support, QStringLiteral("Personal assistants I employ")), QStringLiteral("1"));
    QVERIFY(!valueOf(support, QStringLiteral("Left over")).isEmpty());

    QCOMPARE(valueOf(step.section(Section::Emergency),
                 QStringLiteral("What happens if my support can't come")),
        QStringLiteral("Not written yet"));
    QCOMPARE(valueOf(step.section(Section::MoneyManagement),
                 QStringLiteral("Who looks after the money")),
        QStringLiteral("Money paid to you to arrange support yourself (direct payment)"));
    QCOMPARE(valueOf(step.section(Section::AboutMe), QStringLiteral("My name")),
        QStringLiteral("Bethany Hughes"));
}

void TestCheckStep::summariesFollowEdits()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::PlanSession* session = fixture.session();
    ui::CheckStep step(session);
    Person renamed = session->person();
    renamed.name = QStringLiteral("Beth Hughes");
    session->undoStack()->push(
        new ui::EditPersonCommand(session, session->person(), renamed, QString()));
    QCOMPARE(valueOf(step.section(Section::AboutMe), QStringLiteral("My name")),
        QStringLiteral("Beth Hughes"));
    session->undoStack()->undo();
    QCOMPARE(valueOf(step.section(Section::AboutMe), QStringLiteral("My name")),
        QStringLiteral("Bethany Hughes"));
}

void TestCheckStep::agreedPlanOffersToSeeDetails()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Grace Thompson"))); // agreed
    QVERIFY(fixture.session()->isFrozen());
    ui::CheckStep step(fixture.session());
    QCOMPARE(step.section(Section::Budget)->changeButton()->text(), QStringLiteral("See details"));
    QCOMPARE(
        step.section(Section::Emergency)->changeButton()->text(), QStringLiteral("See details"));
    // About me is the person's, not the agreed version's: it can still change.
    QCOMPARE(step.section(Section::AboutMe)->changeButton()->text(), QStringLiteral("Change"));
}

void TestCheckStep::tabFollowsReadingOrder()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::CheckStep step(fixture.session());
    step.show();
    QApplication::setActiveWindow(&step);
    QVERIFY(QTest::qWaitForWindowActive(&step));

    // The findings first, most serious first, then each part's Change button.
    QList<QWidget*> expected;
    for (ui::FindingButton* b : step.findingButtons()) {
        expected.append(b);
    }
    for (Section s : {Section::AboutMe, Section::Budget, Section::Outcomes,
             Section::MoneyManagement, Section::Support, Section::Emergency}) {
        expected.append(step.section(s)->changeButton());
    }
    expected.first()->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited {QApplication::focusWidget()};
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget());
    }
    QCOMPARE(visited, expected);

    // Still so after the findings change (a back-up plan is added, then undone).
    EmergencyPlan backUp;
    backUp.whatToDo = QStringLiteral("My neighbour Pat helps me bathe.");
    ui::PlanSession* session = fixture.session();
    session->undoStack()->push(
        new ui::EditEmergencyPlanCommand(session, session->plan().emergency, backUp, QString()));
    session->undoStack()->undo();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ui::FindingButton* last = step.findingButtons().last();
    last->setFocus(Qt::TabFocusReason);
    QTest::keyClick(last, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), step.section(Section::AboutMe)->changeButton());
}

void TestCheckStep::everyControlHasAnAccessibleName()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::CheckStep step(fixture.session());
    int interactive = 0;
    for (QWidget* w : step.findChildren<QWidget*>()) {
        if (w->focusPolicy() & Qt::TabFocus) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
    // Six Change buttons and at least the two findings above.
    QVERIFY(interactive >= 8);
    QCOMPARE(step.section(Section::Budget)->changeButton()->accessibleName(),
        QStringLiteral("Change my budget"));
}

QTEST_MAIN(TestCheckStep)
#include "test_checkstep.moc"
