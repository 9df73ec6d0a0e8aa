#include "demo/democaseload.h"
#include "plan/planpage.h"
#include "plan/steps/aboutmestep.h"
#include "plan/steps/agree/agreedialog.h"
#include "plan/steps/agreestep.h"
#include "plan/steps/budgetstep.h"
#include "plan/steps/check/findingbutton.h"
#include "plan/steps/check/summarysection.h"
#include "plan/steps/checkstep.h"
#include "plan/steps/moneymanagementstep.h"
#include "plan/steps/outcomesstep.h"
#include "plan/steps/supportstep.h"
#include "sessionfixture.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

template <typename T> T* child(QWidget* parent, const QString& accessibleName)
{
    for (T* w : parent->findChildren<T*>()) {
        if (w->accessibleName() == accessibleName) {
            return w;
        }
    }
    qFatal("no %s called %s", T::staticMetaObject.className(), qPrintable(accessibleName));
}

template <typename Step> int indexOf(const ui::PlanPage& page)
{
    for (int i = 0; i < page.stepCount(); ++i) {
        if (qobject_cast<Step*>(page.step(i))) {
            return i;
        }
    }
    return -1;
}

ui::FindingButton* buttonFor(ui::CheckStep* step, const QString& code)
{
    for (ui::FindingButton* b : step->findingButtons()) {
        if (b->finding().code == code) {
            return b;
        }
    }
    qFatal("no finding %s", qPrintable(code));
}

} // namespace

class TestPlanPage : public QObject {
    Q_OBJECT
private slots:
    void nextWalksThroughEveryStepAndBackReturns();
    void theStepListOpensAnyStep();
    void findingsOpenTheStepWhereTheyArePutRight();
    void changeLinksAndGoingBackFromAgreeing();
};

void TestPlanPage::nextWalksThroughEveryStepAndBackReturns()
{
    test::SessionFixture fixture(QStringLiteral("Sam Okafor"));
    ui::PlanPage page;
    page.setSession(fixture.session());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* next = child<QPushButton>(&page, QStringLiteral("Next step"));
    auto* back = child<QPushButton>(&page, QStringLiteral("Back to the previous step"));
    auto* list = child<QListWidget>(&page, QStringLiteral("Steps of the plan"));
    QCOMPARE(page.stepCount(), 7);
    QCOMPARE(list->count(), 7);

    // The order of the journey (DESIGN.md): About me → … → Agree.
    const QList<int> order {indexOf<ui::AboutMeStep>(page), indexOf<ui::BudgetStep>(page),
        indexOf<ui::OutcomesStep>(page), indexOf<ui::MoneyManagementStep>(page),
        indexOf<ui::SupportStep>(page), indexOf<ui::CheckStep>(page), indexOf<ui::AgreeStep>(page)};
    QCOMPARE(order, (QList<int> {0, 1, 2, 3, 4, 5, 6}));

    QCOMPARE(page.currentStep(), 0);
    QVERIFY(!back->isEnabled());
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(list->currentRow(), i);
        QVERIFY(next->isEnabled());
        // Next says where it goes.
        QCOMPARE(next->text(), QStringLiteral("Next: %1").arg(page.step(i + 1)->stepTitle()));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(page.currentStep(), i + 1);
    }
    QCOMPARE(list->currentRow(), 6);
    QVERIFY(!next->isEnabled()); // the last step: nowhere further to go
    QVERIFY(back->isEnabled());

    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(page.currentStep(), 5);
    QCOMPARE(list->currentRow(), 5);
    for (int i = 5; i > 0; --i) {
        QTest::mouseClick(back, Qt::LeftButton);
    }
    QCOMPARE(page.currentStep(), 0);
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(!back->isEnabled());
}

void TestPlanPage::theStepListOpensAnyStep()
{
    test::SessionFixture fixture(QStringLiteral("Sam Okafor"));
    ui::PlanPage page;
    page.setSession(fixture.session());
    auto* list = child<QListWidget>(&page, QStringLiteral("Steps of the plan"));
    list->setCurrentRow(5);
    QCOMPARE(page.currentStep(), 5);
    QVERIFY(list->item(5)->text().contains(QStringLiteral("Check my plan")));
    list->setCurrentRow(2);
    QCOMPARE(page.currentStep(), 2);
}

void TestPlanPage::findingsOpenTheStepWhereTheyArePutRight()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Bethany Hughes")));
    ui::PlanPage page;
    page.setSession(fixture.session());
    const int checkIndex = indexOf<ui::CheckStep>(page);
    auto* check = qobject_cast<ui::CheckStep*>(page.step(checkIndex));

    // No back-up plan: that is written on "My support".
    page.goToStep(checkIndex);
    QTest::mouseClick(buttonFor(check, QStringLiteral("no-emergency-plan")), Qt::LeftButton);
    QCOMPARE(page.currentStep(), indexOf<ui::SupportStep>(page));

    // Much of her budget is not planned yet: that is on "My budget".
    page.goToStep(checkIndex);
    QTest::keyClick(buttonFor(check, QStringLiteral("large-amount-unplanned")), Qt::Key_Return);
    QCOMPARE(page.currentStep(), indexOf<ui::BudgetStep>(page));
}

void TestPlanPage::changeLinksAndGoingBackFromAgreeing()
{
    PlanFileContents bethany = demoPerson(QStringLiteral("Bethany Hughes"));
    bethany.plan.budget.indicative = Money::fromPence(300000); // £3,000: over budget
    bethany.plan.budget.streams.clear();
    test::SessionFixture fixture(bethany);
    ui::PlanPage page;
    page.setSession(fixture.session());
    const int checkIndex = indexOf<ui::CheckStep>(page);
    auto* check = qobject_cast<ui::CheckStep*>(page.step(checkIndex));

    const QList<std::pair<ui::CheckStep::Section, int>> links {
        {ui::CheckStep::Section::AboutMe, indexOf<ui::AboutMeStep>(page)},
        {ui::CheckStep::Section::Budget, indexOf<ui::BudgetStep>(page)},
        {ui::CheckStep::Section::Outcomes, indexOf<ui::OutcomesStep>(page)},
        {ui::CheckStep::Section::MoneyManagement, indexOf<ui::MoneyManagementStep>(page)},
        {ui::CheckStep::Section::Support, indexOf<ui::SupportStep>(page)},
        {ui::CheckStep::Section::Emergency, indexOf<ui::SupportStep>(page)},
    };
    for (const auto& [section, expected] : links) {
        page.goToStep(checkIndex);
        QTest::mouseClick(check->section(section)->changeButton(), Qt::LeftButton);
        QVERIFY2(page.currentStep() == expected, qPrintable(check->section(section)->title()));
    }

    // Agreeing a plan that needs changing: "Go back and change them" opens
    // the Check step, where each problem links to its place.
    const int agreeIndex = indexOf<ui::AgreeStep>(page);
    auto* agree = qobject_cast<ui::AgreeStep*>(page.step(agreeIndex));
    page.goToStep(agreeIndex);
    QTest::keyClicks(agree->agreedByEdit(), QStringLiteral("Bethany Hughes"));
    QTest::mouseClick(agree->agreeButton(), Qt::LeftButton);
    QVERIFY(agree->openDialog());
    QTest::mouseClick(agree->openDialog()->goBackButton(), Qt::LeftButton);
    QCOMPARE(page.currentStep(), checkIndex);
    QCOMPARE(fixture.session()->plan().status, PlanStatus::Draft);
}

QTEST_MAIN(TestPlanPage)
#include "test_planpage.moc"
