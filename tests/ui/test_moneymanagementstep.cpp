#include "demo/democaseload.h"
#include "money/moneyformatter.h"
#include "plan/steps/money/movesupportdialog.h"
#include "plan/steps/money/routechoice.h"
#include "plan/steps/money/routesplitmodel.h"
#include "plan/steps/moneymanagementstep.h"
#include "sessionfixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
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

// Answers the "pay for all of it this way?" question once it is asked; the
// dialog is modal, so the answer has to be queued before the click that
// opens it. `asked` says whether it was asked at all.
void answerWhenAsked(ui::MoveSupportDialog::Decision decision, bool* asked)
{
    *asked = false;
    QTimer::singleShot(0, [decision, asked] {
        auto* dialog = qobject_cast<ui::MoveSupportDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        *asked = true;
        switch (decision) {
        case ui::MoveSupportDialog::Decision::MoveAll:
            QTest::keyClick(dialog, Qt::Key_Return); // the default answer
            break;
        case ui::MoveSupportDialog::Decision::KeepItems:
            QTest::mouseClick(dialog->keepButton(), Qt::LeftButton);
            break;
        case ui::MoveSupportDialog::Decision::Cancel:
            QTest::keyClick(dialog, Qt::Key_Escape);
            break;
        }
    });
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestMoneyManagementStep : public QObject {
    Q_OBJECT
private slots:
    void choosingAWayAndNamingWhoIsSaved_data();
    void choosingAWayAndNamingWhoIsSaved();
    void typedNamesAreOneUndoStepEach();
    void splitTableShowsTomEvansMixedPlan();
    void sentenceNamesTheNominee();
    void movingAllSupportIsOneUndoStep();
    void cancellingOrKeepingLeavesTheSupportAlone();
    void frozenPlanRefusesEdits();
    void everyControlHasAnAccessibleName();
};

void TestMoneyManagementStep::choosingAWayAndNamingWhoIsSaved_data()
{
    QTest::addColumn<DeploymentChoice>("choice");
    QTest::addColumn<QString>("field"); // which name field appears; empty for none
    QTest::addColumn<QString>("name");

    QTest::newRow("direct payment, paid to a nominee")
        << DeploymentChoice::DirectPayment << QStringLiteral("nominee")
        << QStringLiteral("Farida Khan");
    QTest::newRow("council arranges it: no name needed")
        << DeploymentChoice::CouncilManaged << QString() << QString();
    QTest::newRow("individual service fund held by a provider")
        << DeploymentChoice::IndividualServiceFund << QStringLiteral("isf")
        << QStringLiteral("Yew Tree Care");
    QTest::newRow("third party manages it")
        << DeploymentChoice::ThirdParty << QStringLiteral("third")
        << QStringLiteral("Robert Lewis");
    QTest::newRow("a mix: the nominee can be named")
        << DeploymentChoice::Mixed << QStringLiteral("nominee") << QStringLiteral("Rhian Evans");
}

void TestMoneyManagementStep::choosingAWayAndNamingWhoIsSaved()
{
    QFETCH(DeploymentChoice, choice);
    QFETCH(QString, field);
    QFETCH(QString, name);

    test::SessionFixture fixture(QStringLiteral("Jo"));
    {
        ui::MoneyManagementStep step(fixture.session());
        step.show();
        // A new plan starts as a direct payment; start every row from another way.
        if (choice == DeploymentChoice::DirectPayment) {
            QTest::mouseClick(
                step.choice(DeploymentChoice::CouncilManaged)->radio(), Qt::LeftButton);
        }
        QTest::mouseClick(step.choice(choice)->radio(), Qt::LeftButton);
        QCOMPARE(fixture.session()->plan().deployment.choice, choice);
        QVERIFY(step.choice(choice)->radio()->isChecked());

        const QHash<QString, QLineEdit*> fields {{QStringLiteral("nominee"), step.nomineeEdit()},
            {QStringLiteral("isf"), step.isfProviderEdit()},
            {QStringLiteral("third"), step.thirdPartyEdit()}};
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            QCOMPARE(it.value()->isVisible(), it.key() == field); // only the name this way needs
        }
        if (!field.isEmpty()) {
            QLineEdit* edit = fields.value(field);
            // It appears under the chosen way, in its "reveal" space.
            QVERIFY(step.choice(choice)->isAncestorOf(edit));
            QTest::keyClicks(edit, name);
        }
    }
    fixture.reopen();
    const Deployment saved = fixture.session()->plan().deployment;
    QCOMPARE(saved.choice, choice);
    if (field == QStringLiteral("nominee")) {
        QCOMPARE(saved.nominee, name);
    } else if (field == QStringLiteral("isf")) {
        QCOMPARE(saved.isfProvider, name);
    } else if (field == QStringLiteral("third")) {
        QCOMPARE(saved.thirdParty, name);
    }
    ui::MoneyManagementStep reopened(fixture.session());
    QVERIFY(reopened.choice(choice)->radio()->isChecked());
}

void TestMoneyManagementStep::typedNamesAreOneUndoStepEach()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::MoneyManagementStep step(fixture.session());
    QUndoStack* undo = fixture.session()->undoStack();
    QTest::mouseClick(step.choice(DeploymentChoice::ThirdParty)->radio(), Qt::LeftButton);
    QTest::keyClicks(step.thirdPartyEdit(), QStringLiteral("Robert"));
    QCOMPARE(undo->count(), 2); // the choice, then the name as a whole

    undo->undo();
    QCOMPARE(fixture.session()->plan().deployment.thirdParty, QString());
    QCOMPARE(step.thirdPartyEdit()->text(), QString());
    undo->undo();
    QCOMPARE(fixture.session()->plan().deployment.choice, DeploymentChoice::DirectPayment);
    QVERIFY(step.choice(DeploymentChoice::DirectPayment)->radio()->isChecked());
    undo->redo();
    undo->redo();
    QCOMPARE(fixture.session()->plan().deployment.thirdParty, QStringLiteral("Robert"));
    QCOMPARE(step.thirdPartyEdit()->text(), QStringLiteral("Robert"));
}

void TestMoneyManagementStep::splitTableShowsTomEvansMixedPlan()
{
    // Tom: a personal assistant (£12.71 an hour, 10 hours a week) and train
    // tickets (£18 × 4 a year = £72) paid to him; short breaks (£150 × 7
    // nights = £1,050 a year) that the council arranges.
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::MoneyManagementStep step(fixture.session());
    step.show();
    QVERIFY(step.choice(DeploymentChoice::Mixed)->radio()->isChecked());
    const ui::RouteSplitModel* model = step.splitModel();
    QAbstractItemModelTester tester(
        step.splitModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3); // direct payment, council-managed, total
    QCOMPARE(cell(model, 0, 0),
        QStringLiteral("Money paid to you to arrange support yourself (direct payment)"));
    QCOMPARE(cell(model, 1, 0), QStringLiteral("The council arranges it (managed)"));
    QCOMPARE(cell(model, 2, 0), QStringLiteral("Total"));
    QCOMPARE(cell(model, 1, 1), QStringLiteral("£1,050"));

    // The assistant's wage alone is £12.71 × 10 × 52 = £6,609.20 a year, and
    // employing them costs more than the wage; with the tickets, the direct
    // payment is therefore more than £6,681.20.
    const Money directPayment = fixture.session()->totals().routeYearly(Route::DirectPayment);
    QVERIFY(directPayment > Money::fromPence(660920 + 7200));
    const Money total = directPayment + Money::fromPounds(1050);
    const MoneyFormatter money;
    QCOMPARE(cell(model, 0, 1), money.format(directPayment, MoneyFormatter::Pence::Never));
    QCOMPARE(cell(model, 2, 1), money.format(total, MoneyFormatter::Pence::Never));
    // Shares in whole per cent, rounded half up: (100 × part + total / 2) ÷ total.
    const auto percent = [&](Money part) {
        return (100 * part.pence() + total.pence() / 2) / total.pence();
    };
    QCOMPARE(cell(model, 1, 2), QStringLiteral("%1%").arg(percent(Money::fromPounds(1050))));
    QCOMPARE(cell(model, 0, 2), QStringLiteral("%1%").arg(percent(directPayment)));
    QCOMPARE(cell(model, 2, 2), QStringLiteral("100%"));
    QVERIFY(model->index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(model->index(2, 1).data(Qt::FontRole).value<QFont>().bold());

    QVERIFY(step.splitTable()->isVisible());
    QVERIFY(step.splitSentence()->isVisible());
    QCOMPARE(step.splitSentence()->text(),
        QStringLiteral("%1 a year is paid to you; £1,050 a year the council arranges.")
            .arg(money.format(directPayment, MoneyFormatter::Pence::Never)));
    QVERIFY(!step.mismatchLine()->isVisible()); // a mix has no "other" way
}

void TestMoneyManagementStep::sentenceNamesTheNominee()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::MoneyManagementStep step(fixture.session());
    step.show();
    QVERIFY(step.nomineeEdit()->isVisible()); // a mix may be paid to a nominee
    QTest::keyClicks(step.nomineeEdit(), QStringLiteral("Rhian Evans"));
    QVERIFY2(
        step.splitSentence()->text().contains(QStringLiteral(" is paid to Rhian Evans for you; ")),
        qPrintable(step.splitSentence()->text()));
}

void TestMoneyManagementStep::movingAllSupportIsOneUndoStep()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::PlanSession* session = fixture.session();
    ui::MoneyManagementStep step(session);
    step.show();
    const Plan before = session->plan();
    QUndoStack* undo = session->undoStack();

    bool asked = false;
    answerWhenAsked(ui::MoveSupportDialog::Decision::MoveAll, &asked);
    QTest::mouseClick(step.choice(DeploymentChoice::DirectPayment)->radio(), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(session->plan().deployment.choice, DeploymentChoice::DirectPayment);
    for (const SupportItem& item : session->plan().items) {
        QCOMPARE(item.route, Route::DirectPayment);
    }
    QCOMPARE(undo->count(), 1); // the items and the choice together
    QCOMPARE(step.splitModel()->rowCount(), 2); // one way, and the total
    QVERIFY(!step.splitSentence()->isVisible());

    undo->undo();
    QCOMPARE(session->plan(), before); // everything back in one step
    QVERIFY(step.choice(DeploymentChoice::Mixed)->radio()->isChecked());
    QCOMPARE(step.splitModel()->rowCount(), 3);
    undo->redo();
    QCOMPARE(session->plan().deployment.choice, DeploymentChoice::DirectPayment);

    fixture.reopen();
    QCOMPARE(fixture.session()->plan().deployment.choice, DeploymentChoice::DirectPayment);
    for (const SupportItem& item : fixture.session()->plan().items) {
        QCOMPARE(item.route, Route::DirectPayment);
    }
}

void TestMoneyManagementStep::cancellingOrKeepingLeavesTheSupportAlone()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::PlanSession* session = fixture.session();
    ui::MoneyManagementStep step(session);
    step.show();
    const Plan before = session->plan();
    QUndoStack* undo = session->undoStack();
    QRadioButton* council = step.choice(DeploymentChoice::CouncilManaged)->radio();

    bool asked = false;
    answerWhenAsked(ui::MoveSupportDialog::Decision::Cancel, &asked);
    QTest::mouseClick(council, Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(session->plan(), before);
    QCOMPARE(undo->count(), 0);
    QVERIFY(step.choice(DeploymentChoice::Mixed)->radio()->isChecked()); // the choice went back

    answerWhenAsked(ui::MoveSupportDialog::Decision::KeepItems, &asked);
    QTest::mouseClick(council, Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(session->plan().deployment.choice, DeploymentChoice::CouncilManaged);
    QCOMPARE(session->plan().items, before.items);
    QCOMPARE(undo->count(), 1);
    // The page still says some support is paid another way, and offers the move.
    QVERIFY(step.mismatchLine()->isVisible());
    QVERIFY2(
        step.mismatchLine()->text().contains(QStringLiteral("Personal assistant for days out")),
        qPrintable(step.mismatchLine()->text()));
    QVERIFY(!step.mismatchLine()->text().contains(QStringLiteral("Heather House")));
    QVERIFY(step.moveAllButton()->isVisible());

    QTest::mouseClick(step.moveAllButton(), Qt::LeftButton);
    for (const SupportItem& item : session->plan().items) {
        QCOMPARE(item.route, Route::CouncilManaged);
    }
    QCOMPARE(undo->count(), 2);
    QVERIFY(!step.mismatchLine()->isVisible());
    QVERIFY(!step.moveAllButton()->isVisible());
    undo->undo();
    QCOMPARE(session->plan().items, before.items);
    QCOMPARE(session->plan().deployment.choice, DeploymentChoice::CouncilManaged);
}

void TestMoneyManagementStep::frozenPlanRefusesEdits()
{
    // Peggy's plan was agreed; her son Robert manages the money (third party).
    test::SessionFixture fixture(demoPerson(QStringLiteral("Margaret (Peggy) Lewis")));
    ui::PlanSession* session = fixture.session();
    QVERIFY(session->isFrozen());
    ui::MoneyManagementStep step(session);
    step.setEditable(false); // as PlanPage does
    step.show();
    const Plan before = session->plan();

    QVERIFY(step.choice(DeploymentChoice::ThirdParty)->radio()->isChecked());
    QCOMPARE(step.thirdPartyEdit()->text(), QStringLiteral("Robert Lewis")); // still readable
    QVERIFY(step.thirdPartyEdit()->isReadOnly());
    for (DeploymentChoice choice : {DeploymentChoice::DirectPayment,
             DeploymentChoice::CouncilManaged, DeploymentChoice::IndividualServiceFund,
             DeploymentChoice::ThirdParty, DeploymentChoice::Mixed}) {
        QVERIFY(!step.choice(choice)->radio()->isEnabled());
    }
    QTest::mouseClick(step.choice(DeploymentChoice::DirectPayment)->radio(), Qt::LeftButton);
    QTest::mouseClick(step.choice(DeploymentChoice::DirectPayment)->explanation(), Qt::LeftButton);
    QTest::keyClicks(step.thirdPartyEdit(), QStringLiteral("x"));
    QCOMPARE(session->plan(), before);
    QCOMPARE(session->undoStack()->count(), 0);
}

void TestMoneyManagementStep::everyControlHasAnAccessibleName()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::MoneyManagementStep step(fixture.session());
    int interactive = 0;
    for (QWidget* w : step.findChildren<QWidget*>()) {
        // (A drop-down's list is a window of its own, named by the drop-down.)
        if (w->window() == &step && (w->focusPolicy() & Qt::TabFocus)) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
    QVERIFY(interactive >= 5 + 3 + 1 + 1); // five ways, three names, move all, the table
    int buddies = 0;
    for (QLabel* label : step.findChildren<QLabel*>()) {
        if (label->buddy()) {
            ++buddies;
        }
    }
    QCOMPARE(buddies, 3 + 5); // the three names, and each way's name for its radio button
    // Each way's explanation is read out with it.
    QVERIFY(!step.choice(DeploymentChoice::IndividualServiceFund)
                 ->radio()
                 ->accessibleDescription()
                 .isEmpty());
    QVERIFY(step.handles(FindingTarget::Deployment));
    step.show();
    step.showTarget(FindingTarget::Deployment, 0);
    QCOMPARE(step.focusWidget(), step.choice(DeploymentChoice::Mixed)->radio());
}

QTEST_MAIN(TestMoneyManagementStep)
#include "test_moneymanagementstep.moc"
