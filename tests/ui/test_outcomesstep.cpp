#include "demo/democaseload.h"
#include "plan/steps/outcomes/outcomecard.h"
#include "plan/steps/outcomesstep.h"
#include "sessionfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
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

QList<int> outcomeKeys(const Plan& plan)
{
    QList<int> keys;
    for (const Outcome& o : plan.outcomes) {
        keys.append(o.key);
    }
    return keys;
}

int topThreeCount(const Plan& plan)
{
    return int(std::count_if(
        plan.outcomes.cbegin(), plan.outcomes.cend(), [](const Outcome& o) { return o.topThree; }));
}

// The step inside a scroll area in a shown, active window, as PlanPage has
// it, so that focus, shortcuts and scrolling behave as they do for people.
struct ShownStep {
    explicit ShownStep(ui::PlanSession* session)
        : step(new ui::OutcomesStep(session))
    {
        scroll.setWidgetResizable(true);
        scroll.setWidget(step);
        scroll.resize(900, 600);
        scroll.show();
        QApplication::setActiveWindow(&scroll);
        if (!QTest::qWaitForWindowActive(&scroll)) {
            qWarning("the window did not become active");
        }
    }
    QScrollArea scroll;
    ui::OutcomesStep* step;
};

} // namespace

class TestOutcomesStep : public QObject {
    Q_OBJECT
private slots:
    void addTypeChooseThenUndoAndRedoEach();
    void removingIsUndoableFromTheNotice();
    void topThreeIsLimitedKindly();
    void outcomesMoveUpAndDownByButtonAndKeyboard();
    void reopeningShowsEverything();
    void spendingComesFromThePlanTotals();
    void showTargetFocusesTheOutcome();
    void frozenPlanRefusesEdits();
    void everyControlHasAnAccessibleName();
};

void TestOutcomesStep::addTypeChooseThenUndoAndRedoEach()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::PlanSession* session = fixture.session();
    ShownStep shown(session);
    ui::OutcomesStep* step = shown.step;
    QUndoStack* undo = session->undoStack();

    QTest::mouseClick(step->addButton(), Qt::LeftButton);
    QCOMPARE(session->plan().outcomes.size(), 1);
    QCOMPARE(step->cards().size(), 1);
    ui::OutcomeCard* card = step->cards().first();
    QCOMPARE(QApplication::focusWidget(), card->wordsEdit()); // ready to type

    const QString words = QStringLiteral("I want to go swimming every week with a friend");
    QTest::keyClicks(card->wordsEdit(), words);
    QCOMPARE(session->plan().outcomes.first().text, words);
    const QString how = QStringLiteral("I have been 40 times this year");
    QTest::keyClicks(card->howIWillKnowEdit(), how);
    QCOMPARE(session->plan().outcomes.first().howIWillKnow, how);
    QCOMPARE(undo->count(), 3); // add, then one step per field typed in, not one per letter

    // The default life area is "Things I do"; the next one down is "People and community".
    QCOMPARE(session->plan().outcomes.first().lifeArea, LifeArea::ThingsIDo);
    QTest::keyClick(card->lifeAreaCombo(), Qt::Key_Down);
    QCOMPARE(session->plan().outcomes.first().lifeArea, LifeArea::PeopleAndCommunity);
    QCOMPARE(undo->count(), 4);

    undo->undo();
    QCOMPARE(session->plan().outcomes.first().lifeArea, LifeArea::ThingsIDo);
    QCOMPARE(card->lifeAreaCombo()->currentData().toInt(), int(LifeArea::ThingsIDo));
    undo->undo();
    QCOMPARE(session->plan().outcomes.first().howIWillKnow, QString());
    QCOMPARE(card->howIWillKnowEdit()->toPlainText(), QString());
    undo->undo();
    QCOMPARE(session->plan().outcomes.first().text, QString());
    QCOMPARE(card->wordsEdit()->toPlainText(), QString());
    undo->undo();
    QVERIFY(session->plan().outcomes.isEmpty());
    QTRY_VERIFY(step->cards().isEmpty());

    undo->redo();
    undo->redo();
    undo->redo();
    undo->redo();
    QCOMPARE(session->plan().outcomes.size(), 1);
    const Outcome redone = session->plan().outcomes.first();
    QCOMPARE(redone.text, words);
    QCOMPARE(redone.howIWillKnow, how);
    QCOMPARE(redone.lifeArea, LifeArea::PeopleAndCommunity);
    QCOMPARE(step->cards().first()->wordsEdit()->toPlainText(), words);

    fixture.reopen();
    QCOMPARE(fixture.session()->plan().outcomes.size(), 1);
    QCOMPARE(fixture.session()->plan().outcomes.first(), redone);
}

void TestOutcomesStep::removingIsUndoableFromTheNotice()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::PlanSession* session = fixture.session();
    ShownStep shown(session);
    ui::OutcomesStep* step = shown.step;
    const QList<int> keys = outcomeKeys(session->plan());
    QCOMPARE(keys.size(), 3);
    const Outcome middle = session->plan().outcomes.at(1);

    QTest::mouseClick(step->cards().at(1)->removeButton(), Qt::LeftButton); // no confirmation
    QCOMPARE(outcomeKeys(session->plan()), (QList<int> {keys[0], keys[2]}));
    QTRY_COMPARE(step->cards().size(), 2);
    QVERIFY(step->removedNotice()->isVisible());
    const QString notice = step->removedNotice()->accessibleName();
    QVERIFY2(notice.contains(QStringLiteral("You can undo this")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("railway museum")), qPrintable(notice));
    QCOMPARE(QApplication::focusWidget(), step->putBackButton());

    QTest::mouseClick(step->putBackButton(), Qt::LeftButton);
    QCOMPARE(outcomeKeys(session->plan()), keys); // back in the same place
    QCOMPARE(session->plan().outcomes.at(1), middle);
    QVERIFY(!step->removedNotice()->isVisible());
    QCOMPARE(step->cards().size(), 3);

    session->undoStack()->redo(); // removed again, from the menu this time
    QCOMPARE(outcomeKeys(session->plan()), (QList<int> {keys[0], keys[2]}));
    fixture.reopen();
    QCOMPARE(outcomeKeys(fixture.session()->plan()), (QList<int> {keys[0], keys[2]}));
}

void TestOutcomesStep::topThreeIsLimitedKindly()
{
    // Tom has three outcomes, all three marked most important.
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::PlanSession* session = fixture.session();
    ShownStep shown(session);
    ui::OutcomesStep* step = shown.step;
    QCOMPARE(topThreeCount(session->plan()), 3);
    QCOMPARE(step->topThreeLine()->text(),
        QStringLiteral("You have picked 3 of 3 most important outcomes."));

    QTest::mouseClick(step->addButton(), Qt::LeftButton);
    ui::OutcomeCard* fourth = step->cards().last();
    const int stepsBefore = session->undoStack()->count();
    fourth->topThreeBox()->click();
    QVERIFY(!fourth->topThreeBox()->isChecked()); // it does not tick
    QVERIFY(fourth->topThreeMessage()->isVisible());
    QVERIFY2(fourth->topThreeMessage()->text().contains(QStringLiteral("untick one of the others")),
        qPrintable(fourth->topThreeMessage()->text()));
    QCOMPARE(topThreeCount(session->plan()), 3);
    QVERIFY(!session->plan().outcomes.last().topThree);
    QCOMPARE(session->undoStack()->count(), stepsBefore); // nothing to undo

    step->cards().first()->topThreeBox()->click(); // untick another first
    QCOMPARE(topThreeCount(session->plan()), 2);
    QCOMPARE(step->topThreeLine()->text(),
        QStringLiteral("You have picked 2 of 3 most important outcomes."));
    QVERIFY(!fourth->topThreeMessage()->isVisible());

    fourth->topThreeBox()->click();
    QVERIFY(fourth->topThreeBox()->isChecked());
    QVERIFY(session->plan().outcomes.last().topThree);
    QCOMPARE(step->topThreeLine()->text(),
        QStringLiteral("You have picked 3 of 3 most important outcomes."));

    session->undoStack()->undo();
    QVERIFY(!session->plan().outcomes.last().topThree);
    QVERIFY(!fourth->topThreeBox()->isChecked());
    session->undoStack()->undo();
    QVERIFY(session->plan().outcomes.first().topThree);
    QVERIFY(step->cards().first()->topThreeBox()->isChecked());
    QCOMPARE(step->topThreeLine()->text(),
        QStringLiteral("You have picked 3 of 3 most important outcomes."));
}

void TestOutcomesStep::outcomesMoveUpAndDownByButtonAndKeyboard()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::PlanSession* session = fixture.session();
    ShownStep shown(session);
    ui::OutcomesStep* step = shown.step;
    const QList<int> keys = outcomeKeys(session->plan());
    ui::OutcomeCard* second = step->cards().at(1);
    QVERIFY(!step->cards().first()->moveUpButton()->isEnabled()); // the top can't go higher
    QVERIFY(!step->cards().last()->moveDownButton()->isEnabled());

    second->moveUpButton()->setFocus();
    QTest::mouseClick(second->moveUpButton(), Qt::LeftButton);
    QCOMPARE(outcomeKeys(session->plan()), (QList<int> {keys[1], keys[0], keys[2]}));
    QCOMPARE(step->cards().first(), second); // the same card, moved
    QCOMPARE(QApplication::focusWidget(), second->moveDownButton()); // Move up is now disabled
    QCOMPARE(second->wordsEdit()->accessibleName(), QStringLiteral("Outcome 1, in my own words"));

    session->undoStack()->undo();
    QCOMPARE(outcomeKeys(session->plan()), keys);
    QCOMPARE(step->cards().at(1), second);

    // Alt+Down from inside the first card's words.
    ui::OutcomeCard* first = step->cards().first();
    first->wordsEdit()->setFocus();
    QTest::keyClick(first->wordsEdit(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(outcomeKeys(session->plan()), (QList<int> {keys[1], keys[0], keys[2]}));
    QCOMPARE(QApplication::focusWidget(), first->wordsEdit()); // still typing where they were
    QTest::keyClick(first->wordsEdit(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(outcomeKeys(session->plan()), (QList<int> {keys[1], keys[2], keys[0]}));
    QTest::keyClick(first->wordsEdit(), Qt::Key_Down, Qt::AltModifier); // already at the bottom
    QCOMPARE(outcomeKeys(session->plan()), (QList<int> {keys[1], keys[2], keys[0]}));
    QTest::keyClick(first->wordsEdit(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(outcomeKeys(session->plan()), (QList<int> {keys[1], keys[0], keys[2]}));
    QCOMPARE(session->plan().outcomes.at(1).text,
        QStringLiteral("I want the same people at the same times so my week is calm"));

    // Tab goes through the cards in the order they are shown.
    QWidget* w = step->cards().at(0)->removeButton();
    w->setFocus();
    QTest::keyClick(w, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), step->cards().at(1)->wordsEdit());

    fixture.reopen();
    QCOMPARE(outcomeKeys(fixture.session()->plan()), (QList<int> {keys[1], keys[0], keys[2]}));
}

void TestOutcomesStep::reopeningShowsEverything()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    {
        ui::OutcomesStep step(fixture.session());
        QTest::mouseClick(step.addButton(), Qt::LeftButton);
        ui::OutcomeCard* card = step.cards().first();
        QTest::keyClicks(card->wordsEdit(), QStringLiteral("I want to cook my own tea"));
        QTest::keyClicks(card->howIWillKnowEdit(), QStringLiteral("I can make five meals"));
        card->lifeAreaCombo()->setFocus();
        QTest::keyClick(card->lifeAreaCombo(), Qt::Key_Home); // the first: personal care
        QTest::keyClick(card->lifeAreaCombo(), Qt::Key_Down); // then food and drink
        card->topThreeBox()->click();
        QTest::mouseClick(step.addButton(), Qt::LeftButton);
        QTest::keyClicks(step.cards().last()->wordsEdit(), QStringLiteral("I want to see my nan"));
    }
    fixture.reopen();
    ui::OutcomesStep step(fixture.session());
    QCOMPARE(step.cards().size(), 2);
    ui::OutcomeCard* card = step.cards().first();
    QCOMPARE(card->wordsEdit()->toPlainText(), QStringLiteral("I want to cook my own tea"));
    QCOMPARE(card->howIWillKnowEdit()->toPlainText(), QStringLiteral("I can make five meals"));
    QCOMPARE(card->lifeAreaCombo()->currentText(), QStringLiteral("Food and drink"));
    QVERIFY(card->topThreeBox()->isChecked());
    QCOMPARE(
        step.cards().last()->wordsEdit()->toPlainText(), QStringLiteral("I want to see my nan"));
    QVERIFY(!step.cards().last()->topThreeBox()->isChecked());
    QCOMPARE(step.topThreeLine()->text(),
        QStringLiteral("You have picked 1 of 3 most important outcomes."));
}

void TestOutcomesStep::spendingComesFromThePlanTotals()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::OutcomesStep step(fixture.session());
    // Rhian's week away is served only by the short breaks: £150 a night ×
    // 7 nights once a year = £1,050 a year (Tom's budget is yearly).
    const QString sisterLine = step.cards().at(2)->spendingLabel()->text();
    QCOMPARE(sisterLine, QStringLiteral("£1,050 a year of your plan goes to this"));
    // The other two share the personal assistant, so both have some money.
    QVERIFY(step.cards().at(0)->spendingLabel()->text().endsWith(QStringLiteral("goes to this")));

    QTest::mouseClick(step.addButton(), Qt::LeftButton);
    QCOMPARE(step.cards().last()->spendingLabel()->text(), QStringLiteral("No support yet"));
}

void TestOutcomesStep::showTargetFocusesTheOutcome()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ShownStep shown(fixture.session());
    shown.scroll.resize(500, 250); // small, so the last outcome starts out of view
    QVERIFY(shown.step->handles(FindingTarget::Outcome));
    QVERIFY(!shown.step->handles(FindingTarget::SupportItem));
    const int last = fixture.session()->plan().outcomes.last().key;
    shown.step->showTarget(FindingTarget::Outcome, last);
    ui::OutcomeCard* card = shown.step->card(last);
    QCOMPARE(QApplication::focusWidget(), card->wordsEdit());
    QTRY_VERIFY(!card->visibleRegion().isEmpty()); // scrolled into view
}

void TestOutcomesStep::frozenPlanRefusesEdits()
{
    // Peggy's plan was agreed, so it is frozen.
    test::SessionFixture fixture(demoPerson(QStringLiteral("Margaret (Peggy) Lewis")));
    ui::PlanSession* session = fixture.session();
    QVERIFY(session->isFrozen());
    ShownStep shown(session);
    ui::OutcomesStep* step = shown.step;
    step->setEditable(false); // as PlanPage does
    const Plan before = session->plan();

    QVERIFY(!step->addButton()->isVisible());
    ui::OutcomeCard* card = step->cards().first();
    QVERIFY(card->wordsEdit()->isReadOnly());
    QVERIFY(card->howIWillKnowEdit()->isReadOnly());
    QVERIFY(!card->lifeAreaCombo()->isEnabled());
    QVERIFY(!card->topThreeBox()->isEnabled());
    // Plain words instead of greyed-out controls, so the agreed plan reads well.
    QVERIFY(!card->lifeAreaCombo()->isVisible());
    QVERIFY(card->lifeAreaText()->isVisible());
    QCOMPARE(card->lifeAreaText()->text(), QStringLiteral("Feeling safe"));
    QVERIFY(card->topThreeText()->isVisible()); // Peggy marked all three
    QVERIFY(!card->removeButton()->isVisible());
    QVERIFY(!card->moveDownButton()->isVisible());

    QTest::keyClicks(card->wordsEdit(), QStringLiteral("changed"));
    card->topThreeBox()->click(); // a disabled box ignores the click
    QTest::keyClick(card->wordsEdit(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(session->plan(), before);
    QCOMPARE(session->undoStack()->count(), 0);
    QCOMPARE(card->wordsEdit()->toPlainText(), before.outcomes.first().text); // still readable
}

void TestOutcomesStep::everyControlHasAnAccessibleName()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::OutcomesStep step(fixture.session());
    int interactive = 0;
    for (QWidget* w : step.findChildren<QWidget*>()) {
        // (A drop-down's list is a window of its own, named by the drop-down.)
        if (w->window() == &step && (w->focusPolicy() & Qt::TabFocus)) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
    QVERIFY(interactive >= 3 * 7 + 1); // seven controls per outcome, and Add
    // Each outcome's fields are told apart by its number.
    QCOMPARE(step.cards().at(1)->howIWillKnowEdit()->accessibleName(),
        QStringLiteral("Outcome 2, how I will know it is working"));
    // Visible labels are the fields' buddies, so screen readers announce them.
    int buddies = 0;
    for (QLabel* label : step.findChildren<QLabel*>()) {
        if (label->buddy()) {
            ++buddies;
        }
    }
    QCOMPARE(buddies, 3 * 3);
}

QTEST_MAIN(TestOutcomesStep)
#include "test_outcomesstep.moc"
