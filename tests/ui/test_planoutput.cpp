// Printing and saving the plan from the window: the Agree step's "Print or
// save your plan" buttons and the File menu, driven with real clicks and
// keys. The save dialog is the one thing stubbed: PlanOutput asks where
// through its PathChooser, which the buttons and menu go through as well.
#include "demo/democaseload.h"
#include "demo/demodatabase.h"
#include "document/planoutput.h"
#include "mainwindow.h"
#include "plan/plansession.h"
#include "plan/steps/agree/planoutputpanel.h"
#include "plan/steps/agreestep.h"
#include "sessionfixture.h"
#include "storage/personrepository.h"
#include "widgets/messagebar.h"

#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
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

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Answers the "save as" question with `path` and remembers what was offered.
struct Chooser {
    explicit Chooser(QString answer)
        : path(std::move(answer))
    {
    }
    QString path;
    QString offered;
    int asked = 0;
    ui::PlanOutput::PathChooser function()
    {
        return [this](const QString&, const QString& suggested, const QString&) {
            offered = suggested;
            ++asked;
            return path;
        };
    }
};

QAction* menuAction(ui::MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == text) {
                return action;
            }
        }
    }
    return nullptr;
}

} // namespace

class TestPlanOutput : public QObject {
    Q_OBJECT
private slots:
    void saveAsPdfWritesTheFileAndSaysWhere();
    void theKeyboardWorksTheButtons();
    void easyReadAndSpreadsheetToo();
    void cancellingWritesNothing();
    void aFolderThatCannotBeUsedIsSaidPlainly();
    void anAgreedPlanIsNotADraft();
    void everyButtonHasANameAndIsBigEnough();
    void theFileMenuDoesTheSameWhileAPlanIsOpen();
};

void TestPlanOutput::saveAsPdfWritesTheFileAndSaysWhere()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan"))); // a draft
    ui::AgreeStep step(fixture.session());
    ui::PlanOutputPanel* panel = step.outputPanel();
    QTemporaryDir dir;
    Chooser chooser {dir.filePath(QStringLiteral("Aisha's plan.pdf"))};
    panel->output()->setPathChooser(chooser.function());

    QTest::mouseClick(panel->savePdfButton(), Qt::LeftButton);
    QCOMPARE(chooser.asked, 1);
    // Offered in the Documents folder, named after the person.
    QCOMPARE(chooser.offered,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("Support plan - Aisha Khan.pdf")));
    QVERIFY(QFile::exists(chooser.path));
    const QString text = pdfText(chooser.path);
    QVERIFY(text.contains(QStringLiteral("Aisha Khan")));
    QVERIFY(text.contains(QStringLiteral("DRAFT"))); // not agreed yet
    QVERIFY(panel->messageBar()->isVisibleTo(&step));
    QVERIFY2(panel->messageBar()->text().contains(QDir::toNativeSeparators(chooser.path)),
        qPrintable(panel->messageBar()->text()));

    // The next file is offered beside the last one.
    QTest::mouseClick(panel->saveEasyReadButton(), Qt::LeftButton);
    QCOMPARE(chooser.offered, dir.filePath(QStringLiteral("Easy-read plan - Aisha Khan.pdf")));
}

void TestPlanOutput::theKeyboardWorksTheButtons()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::AgreeStep step(fixture.session());
    step.show();
    ui::PlanOutputPanel* panel = step.outputPanel();
    QTemporaryDir dir;
    Chooser chooser {dir.filePath(QStringLiteral("tom.pdf"))};
    panel->output()->setPathChooser(chooser.function());
    // Tab from Print preview reaches Save as PDF, and Space presses it.
    QApplication::setActiveWindow(&step);
    QVERIFY(QTest::qWaitForWindowActive(&step));
    panel->previewButton()->setFocus();
    QTest::keyClick(panel->previewButton(), Qt::Key_Tab);
    QCOMPARE(step.focusWidget(), panel->savePdfButton());
    QTest::keyClick(panel->savePdfButton(), Qt::Key_Space);
    QVERIFY(QFile::exists(chooser.path));
}

void TestPlanOutput::easyReadAndSpreadsheetToo()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Sam Patel")));
    ui::AgreeStep step(fixture.session());
    ui::PlanOutputPanel* panel = step.outputPanel();
    QTemporaryDir dir;
    Chooser chooser {dir.filePath(QStringLiteral("easy.pdf"))};
    panel->output()->setPathChooser(chooser.function());
    QTest::mouseClick(panel->saveEasyReadButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(chooser.path));
    QVERIFY(pdfText(chooser.path).contains(QStringLiteral("Sam Patel")));

    chooser.path = dir.filePath(QStringLiteral("support.csv"));
    QTest::mouseClick(panel->saveCsvButton(), Qt::LeftButton);
    QCOMPARE(chooser.offered, dir.filePath(QStringLiteral("Support - Sam Patel.csv")));
    QFile csv(chooser.path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    // A header row, a row per piece of support, and the total.
    QCOMPARE(text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(),
        fixture.session()->plan().items.size() + 2);
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("spreadsheet")));
}

void TestPlanOutput::cancellingWritesNothing()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::AgreeStep step(fixture.session());
    ui::PlanOutputPanel* panel = step.outputPanel();
    QTemporaryDir dir;
    Chooser chooser {QString()}; // the person pressed Cancel
    panel->output()->setPathChooser(chooser.function());
    QTest::mouseClick(panel->savePdfButton(), Qt::LeftButton);
    QCOMPARE(chooser.asked, 1);
    QVERIFY(!panel->messageBar()->isVisibleTo(&step));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestPlanOutput::aFolderThatCannotBeUsedIsSaidPlainly()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::AgreeStep step(fixture.session());
    ui::PlanOutputPanel* panel = step.outputPanel();
    QTemporaryDir dir;
    Chooser chooser {dir.filePath(QStringLiteral("gone/plan.pdf"))};
    panel->output()->setPathChooser(chooser.function());
    QTest::mouseClick(panel->savePdfButton(), Qt::LeftButton);
    QVERIFY(panel->messageBar()->isVisibleTo(&step));
    QVERIFY(panel->messageBar()->text().startsWith(QStringLiteral("Problem:")));
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("does not exist")));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestPlanOutput::anAgreedPlanIsNotADraft()
{
    test::SessionFixture draft(demoPerson(QStringLiteral("Aisha Khan")));
    ui::AgreeStep draftStep(draft.session());
    QVERIFY(!draft.session()->isFrozen());
    const auto notes = [](ui::PlanOutputPanel* panel) {
        for (QLabel* label : panel->findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("DRAFT")) && label->isVisibleTo(panel)) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(notes(draftStep.outputPanel()));

    test::SessionFixture agreed(demoPerson(QStringLiteral("Grace Thompson")));
    QVERIFY(agreed.session()->isFrozen());
    ui::AgreeStep step(agreed.session());
    QVERIFY(!notes(step.outputPanel()));
    // Agreed plans can be printed and saved: the buttons stay.
    QVERIFY(step.outputPanel()->savePdfButton()->isEnabled());
    QTemporaryDir dir;
    Chooser chooser {dir.filePath(QStringLiteral("grace.pdf"))};
    step.outputPanel()->output()->setPathChooser(chooser.function());
    QTest::mouseClick(step.outputPanel()->savePdfButton(), Qt::LeftButton);
    const QString text = pdfText(chooser.path);
    QVERIFY(text.contains(QStringLiteral("Grace Thompson")));
    QVERIFY(!text.contains(QStringLiteral("DRAFT")));
}

void TestPlanOutput::everyButtonHasANameAndIsBigEnough()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::AgreeStep step(fixture.session());
    step.show();
    ui::PlanOutputPanel* panel = step.outputPanel();
    const QList<QPushButton*> buttons {panel->printButton(), panel->previewButton(),
        panel->savePdfButton(), panel->saveEasyReadButton(), panel->saveCsvButton()};
    for (QPushButton* button : buttons) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        QVERIFY(button->height() >= 44);
        QCOMPARE(button->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    }
    QCOMPARE(panel->printButton()->text(), QStringLiteral("Print\u2026"));
    QCOMPARE(panel->saveCsvButton()->text(),
        QStringLiteral("Save support as a spreadsheet (CSV)\u2026"));
}

void TestPlanOutput::theFileMenuDoesTheSameWhileAPlanIsOpen()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(demo).ok());
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(demo, true));
    const QStringList names {QStringLiteral("Print\u2026"), QStringLiteral("Print preview"),
        QStringLiteral("Save as PDF\u2026"), QStringLiteral("Save easy-read PDF\u2026"),
        QStringLiteral("Save support as a spreadsheet (CSV)\u2026")};
    for (const QString& name : names) {
        QAction* action = menuAction(window, name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name)); // no plan open yet
    }
    QCOMPARE(menuAction(window, names.first())->shortcut(), QKeySequence(QKeySequence::Print));

    const auto people = PersonRepository(*window.database()).list();
    QVERIFY(people.ok());
    QVERIFY(window.openPerson(people.value().first().id));
    for (const QString& name : names) {
        QVERIFY2(menuAction(window, name)->isEnabled(), qPrintable(name));
    }
    Chooser chooser {dir.filePath(QStringLiteral("from the menu.pdf"))};
    window.planOutput()->setPathChooser(chooser.function());
    menuAction(window, QStringLiteral("Save as PDF\u2026"))->trigger();
    QVERIFY(QFile::exists(chooser.path));
    QVERIFY(pdfText(chooser.path).contains(window.session()->person().name));
    QVERIFY(window.messageBar()->text().contains(QDir::toNativeSeparators(chooser.path)));

    window.showCaseload(); // back to everyone: nothing to print
    QVERIFY(!menuAction(window, names.first())->isEnabled());
}

QTEST_MAIN(TestPlanOutput)
#include "test_planoutput.moc"
