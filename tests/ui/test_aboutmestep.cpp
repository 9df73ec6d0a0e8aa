#include "plan/steps/aboutmestep.h"
#include "sessionfixture.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QtTest>

using namespace pb;

class TestAboutMeStep : public QObject {
    Q_OBJECT
private slots:
    void typingIsSavedAndSurvivesReopening();
    void undoTakesBackAWholeFieldAtATime();
    void everyFieldHasAnAccessibleName();
};

void TestAboutMeStep::typingIsSavedAndSurvivesReopening()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    {
        ui::AboutMeStep step(fixture.session());
        step.nameEdit()->setFocus();
        step.nameEdit()->selectAll();
        QTest::keyClicks(step.nameEdit(), QStringLiteral("Joanna Smith"));
        QCOMPARE(fixture.session()->person().name, QStringLiteral("Joanna Smith"));
        auto* easyRead = step.findChild<QCheckBox*>();
        QVERIFY(easyRead);
        easyRead->click();
    }
    fixture.reopen();
    QCOMPARE(fixture.session()->person().name, QStringLiteral("Joanna Smith"));
    QVERIFY(fixture.session()->person().wantsEasyRead);
}

void TestAboutMeStep::undoTakesBackAWholeFieldAtATime()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::AboutMeStep step(fixture.session());
    QLineEdit* name = step.nameEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sam"));
    auto edits = step.findChildren<QLineEdit*>();
    QLineEdit* helper = edits.at(1);
    QTest::keyClicks(helper, QStringLiteral("Mum"));
    QCOMPARE(fixture.session()->undoStack()->count(), 2); // one step per field, not per letter

    fixture.session()->undoStack()->undo();
    QCOMPARE(fixture.session()->person().helperName, QString());
    QCOMPARE(helper->text(), QString()); // the field shows the undone value
    fixture.session()->undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("Jo"));
    fixture.session()->undoStack()->redo();
    QCOMPARE(fixture.session()->person().name, QStringLiteral("Sam"));
    fixture.reopen();
    QCOMPARE(
        fixture.session()->person().name, QStringLiteral("Sam")); // undo and redo were saved too
}

void TestAboutMeStep::everyFieldHasAnAccessibleName()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::AboutMeStep step(fixture.session());
    const auto widgets = step.findChildren<QWidget*>();
    int interactive = 0;
    for (QWidget* w : widgets) {
        if (w->focusPolicy() & Qt::TabFocus) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
    QVERIFY(interactive >= 7);
}

QTEST_MAIN(TestAboutMeStep)
#include "test_aboutmestep.moc"
