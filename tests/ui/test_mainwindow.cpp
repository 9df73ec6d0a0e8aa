// The main window and the caseload, driven as a person would: search, open,
// import (a damaged file changes nothing), export, archive, and a database
// with one person opening straight into their plan.
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "demo/demodatabase.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "plan/plansession.h"
#include "plan/steps/aboutmestep.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "testpaths.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace pb;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void caseloadListsEveryoneAndSearchFilters();
    void damagedImportChangesNothing();
    void importAndExportRoundTrip();
    void archiveHidesAndBringsBack();
    void onePersonOpensStraightIntoTheirPlan();
    void anEditUpdatesThatPersonsCaseloadLine();
    void newerOrDamagedDatabaseIsRefusedAndTheOpenOneStays();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::init()
{
    m_demo =
        m_dir.filePath(QStringLiteral("demo-%1.pbdb").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(DemoDatabase::createDemo(m_demo).ok());
}

void TestMainWindow::caseloadListsEveryoneAndSearchFilters()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_demo, true));
    ui::CaseloadPage* caseload = window.caseloadPage();
    QCOMPARE(caseload->visibleRows(), 8);
    QTest::keyClicks(caseload->searchField(), QStringLiteral("HA"));
    QCOMPARE(caseload->visibleRows(),
        3); // Aisha Khan, Bethany Hughes, Harold Pritchard; case-insensitive
    QTest::keyClicks(caseload->searchField(), QStringLiteral("R"));
    QCOMPARE(caseload->visibleRows(), 1);
    QCOMPARE(caseload->table()->model()->index(0, ui::CaseloadModel::Name).data().toString(),
        QStringLiteral("Harold Pritchard"));
    // Enter on the row opens the plan.
    caseload->table()->setFocus();
    caseload->table()->setCurrentIndex(caseload->table()->model()->index(0, 0));
    QTest::keyClick(caseload->table(), Qt::Key_Return);
    QVERIFY(window.session());
    QCOMPARE(window.session()->person().name, QStringLiteral("Harold Pritchard"));
    caseload->searchField()->clear();
    QCOMPARE(caseload->visibleRows(), 8);

    // Harold's review date has passed: the caseload says so.
    const ui::CaseloadModel* model = caseload->model();
    bool sawReviewDue = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rowAt(r).entry.name == QStringLiteral("Harold Pritchard")) {
            sawReviewDue = model->index(r, ui::CaseloadModel::Status)
                               .data()
                               .toString()
                               .startsWith(QStringLiteral("Review due"));
        }
    }
    QVERIFY(sawReviewDue);
}

void TestMainWindow::damagedImportChangesNothing()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_demo, true));
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.pbplan"));
    QFile source(test::sourcePath(QStringLiteral("resources/examples/aisha-khan.pbplan")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(source.readAll().left(2000));
    out.close();

    QVERIFY(!window.importPlan(damaged));
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY2(!window.messageBar()->text().isEmpty(), qPrintable(window.messageBar()->text()));
    QCOMPARE(window.caseloadPage()->visibleRows(), 8);
    auto people = PersonRepository(*window.database()).list();
    QCOMPARE(people.value().size(), 8);
}

void TestMainWindow::importAndExportRoundTrip()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_demo, true));
    QVERIFY(window.importPlan(
        test::sourcePath(QStringLiteral("resources/examples/grace-thompson.pbplan"))));
    QCOMPARE(window.caseloadPage()->visibleRows(), 9);
    QVERIFY(window.session());
    QCOMPARE(window.session()->person().name, QStringLiteral("Grace Thompson"));
    QCOMPARE(window.session()->plan().status, PlanStatus::Draft); // imported plans are drafts here
    const QString exported = m_dir.filePath(QStringLiteral("grace.pbplan"));
    QVERIFY(window.exportPlan(exported));
    const auto read = PlanFile::read(exported);
    QVERIFY(read.ok());
    QCOMPARE(read.value().plan.items, window.session()->plan().items);
}

void TestMainWindow::archiveHidesAndBringsBack()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_demo, true));
    ui::CaseloadPage* caseload = window.caseloadPage();
    QTest::keyClicks(caseload->searchField(), QStringLiteral("Tom"));
    QCOMPARE(caseload->visibleRows(), 1);
    caseload->table()->selectRow(0);
    QPushButton* archiveButton = nullptr;
    for (QPushButton* b : caseload->findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Archive")) {
            archiveButton = b;
        }
    }
    QVERIFY(archiveButton);
    QTest::mouseClick(archiveButton, Qt::LeftButton);
    QCOMPARE(caseload->visibleRows(), 0);
    caseload->searchField()->clear();
    QCOMPARE(caseload->visibleRows(), 7);
    // Archived, not deleted: shown again with "Show archived people".
    auto* showArchived = caseload->findChild<QCheckBox*>();
    QVERIFY(showArchived);
    showArchived->click();
    QCOMPARE(caseload->visibleRows(), 8);
}

void TestMainWindow::anEditUpdatesThatPersonsCaseloadLine()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_demo, true));
    ui::CaseloadPage* caseload = window.caseloadPage();
    const ui::CaseloadModel* model = caseload->model();
    QTest::keyClicks(caseload->searchField(), QStringLiteral("Harold"));
    QCOMPARE(caseload->visibleRows(), 1);
    caseload->table()->setFocus();
    caseload->table()->setCurrentIndex(caseload->table()->model()->index(0, 0));
    QTest::keyClick(caseload->table(), Qt::Key_Return);
    QVERIFY(window.session());
    const qint64 harold = window.session()->person().id;
    caseload->searchField()->clear();

    // Rename him on About me, as a person would type it.
    window.planPage()->goToStep(0);
    auto* aboutMe = qobject_cast<ui::AboutMeStep*>(window.planPage()->step(0));
    QVERIFY(aboutMe);
    aboutMe->nameEdit()->setFocus();
    aboutMe->nameEdit()->end(false);
    QTest::keyClicks(aboutMe->nameEdit(), QStringLiteral(" Senior"));
    QTRY_COMPARE(model->rowFor(harold)->entry.name, QStringLiteral("Harold Pritchard Senior"));
    QCOMPARE(model->rowCount(), 8); // one line changed, nobody added or lost

    // Undo puts the old name back in the caseload too.
    window.session()->undoStack()->undo();
    QTRY_COMPARE(model->rowFor(harold)->entry.name, QStringLiteral("Harold Pritchard"));
    QCOMPARE(model->rowCount(), 8);
}

void TestMainWindow::onePersonOpensStraightIntoTheirPlan()
{
    const QString path = m_dir.filePath(QStringLiteral("mine.pbdb"));
    {
        auto db = Database::create(path);
        QVERIFY(db.ok());
        Person me;
        me.name = QStringLiteral("Jo Bloggs");
        QVERIFY(PersonRepository(*db.value()).add(me).ok());
    }
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path, true));
    QVERIFY(window.session());
    QCOMPARE(window.session()->person().name, QStringLiteral("Jo Bloggs"));
    QVERIFY(window.planPage()->isVisible());
}

void TestMainWindow::newerOrDamagedDatabaseIsRefusedAndTheOpenOneStays()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_demo, true));
    const QString junk = m_dir.filePath(QStringLiteral("junk.pbdb"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    QVERIFY(!window.openDatabase(junk, true));
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.database()->path(), m_demo); // what was open stays open
    QCOMPARE(window.caseloadPage()->visibleRows(), 8);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("this is not a database"));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
