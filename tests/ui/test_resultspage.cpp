#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "results/resultschart.h"
#include "results/resultspage.h"
#include "results/resultssession.h"
#include "results/resultstablemodel.h"
#include "results/reviewcommentsmodel.h"
#include "results/themecountsmodel.h"
#include "results/worseoutcomesmodel.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"
#include "storage/reviewthemerepository.h"
#include "widgets/fittedtableview.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace pb;

namespace {

const QDate kToday = QDate::currentDate();

// A person with an agreed plan (agreed 100 days ago, review on `reviewDate`)
// whose outcomes are in the given life areas; returns the plan.
Plan agreedPlan(Database& db, const QString& name, DeploymentChoice route,
    const QList<LifeArea>& areas, QDate reviewDate)
{
    Person person;
    person.name = name;
    const qint64 id = PersonRepository(db).add(person).value();
    Plan contents;
    contents.deployment.choice = route;
    for (int i = 0; i < areas.size(); ++i) {
        contents.outcomes.append(Outcome {
            i + 1, QStringLiteral("%1's outcome %2").arg(name).arg(i + 1), areas.at(i), false, {}});
    }
    PlanRepository plans(db);
    const Plan draft = plans.createPlan(id, contents, kToday.addDays(-120)).value();
    return plans
        .agree(draft.id, QStringLiteral("Panel"), QDateTime(kToday.addDays(-100), QTime(9, 0)),
            reviewDate)
        .value();
}

Review review(QDate date, const QList<OutcomeRating>& ratings, const QString& notWorking)
{
    Review r;
    r.date = date;
    for (int i = 0; i < ratings.size(); ++i) {
        r.outcomes.append(
            OutcomeReview {i + 1, ratings.at(i), QStringLiteral("Said about %1").arg(i + 1)});
    }
    r.notWorking = notWorking;
    r.overallHappiness = 3;
    return r;
}

int rowOfName(const QAbstractItemModel* model, const QString& name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == name) {
            return r;
        }
    }
    return -1;
}

} // namespace

class TestResultsPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void reviewDueFilterShowsThoseDueMostOverdueFirst();
    void figuresFollowTheFilters();
    void taggingCommentsIsCountedUndoableAndKept();
    void worseOutcomesOpenThePersonsPlan();
    void reportIsSavedAsCsvAndPdf();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Plan m_ann, m_bob;
};

void TestResultsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::create(m_dir->filePath(QStringLiteral("caseload.pbdb"))).value();
    // Ann (direct payment): things I do, safety; review due 3 weeks ago.
    // Reviewed twice: 60 days ago (better, worse) and 10 days ago (better,
    // the same).
    m_ann = agreedPlan(*m_db, QStringLiteral("Ann"), DeploymentChoice::DirectPayment,
        {LifeArea::ThingsIDo, LifeArea::Safety}, kToday.addDays(-21));
    // Bob (council-managed): things I do; review due 2 days ago; reviewed
    // 5 days ago: worse.
    m_bob = agreedPlan(*m_db, QStringLiteral("Bob"), DeploymentChoice::CouncilManaged,
        {LifeArea::ThingsIDo}, kToday.addDays(-2));
    // Cara: review next month, never reviewed. Dev: a draft.
    agreedPlan(*m_db, QStringLiteral("Cara"), DeploymentChoice::DirectPayment, {LifeArea::Health},
        kToday.addMonths(1));
    Person dev;
    dev.name = QStringLiteral("Dev");
    const qint64 devId = PersonRepository(*m_db).add(dev).value();
    QVERIFY(PlanRepository(*m_db).createPlan(devId, Plan {}, kToday));

    PlanRepository plans(*m_db);
    QVERIFY(plans.saveReview(m_ann.id, 0,
        review(kToday.addDays(-60), {OutcomeRating::Better, OutcomeRating::Worse},
            QStringLiteral("Buses")),
        {}));
    QVERIFY(plans.saveReview(m_ann.id, 1,
        review(kToday.addDays(-10), {OutcomeRating::Better, OutcomeRating::Same},
            QStringLiteral("Late carers")),
        {}));
    QVERIFY(plans.saveReview(
        m_bob.id, 0, review(kToday.addDays(-5), {OutcomeRating::Worse}, QString()), {}));
}

void TestResultsPage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestResultsPage::reviewDueFilterShowsThoseDueMostOverdueFirst()
{
    ui::CaseloadPage page;
    page.setDatabase(m_db.get());
    QCOMPARE(page.visibleRows(), 4);
    page.reviewDueOnly()->click();
    // Ann (3 weeks late) and Bob (2 days late); not Cara (next month) or Dev (a draft).
    QCOMPARE(page.visibleRows(), 2);
    QAbstractItemModel* shown = page.table()->model();
    QCOMPARE(shown->index(0, ui::CaseloadModel::Name).data().toString(), QStringLiteral("Ann"));
    QCOMPARE(shown->index(0, ui::CaseloadModel::Status).data().toString(),
        QStringLiteral("Review due (3 weeks late)"));
    QCOMPARE(shown->index(1, ui::CaseloadModel::Status).data().toString(),
        QStringLiteral("Review due (2 days late)"));

    QSignalSpy review(&page, &ui::CaseloadPage::reviewPerson);
    page.table()->selectRow(1);
    QVERIFY(page.reviewButton()->isEnabled());
    QTest::mouseClick(page.reviewButton(), Qt::LeftButton);
    QCOMPARE(review.size(), 1);
    QCOMPARE(review.first().first().toLongLong(), m_bob.personId);

    page.reviewDueOnly()->click();
    QCOMPARE(page.visibleRows(), 4);
}

void TestResultsPage::figuresFollowTheFilters()
{
    ui::ResultsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(page.reload());
    QAbstractItemModelTester tester(page.tableModel());
    // Latest review each: Ann's of 10 days ago (things I do better, safety
    // the same) and Bob's (things I do worse). Better 1, same 1, worse 1.
    const ui::ResultsTableModel* table = page.tableModel();
    QCOMPARE(table->rowCount(), 3); // things I do, safety, all
    const auto cell = [&](int row, int column) {
        return table->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ui::ResultsTableModel::Area), QStringLiteral("Feeling safe"));
    QCOMPARE(cell(1, ui::ResultsTableModel::Better), QStringLiteral("1"));
    QCOMPARE(cell(1, ui::ResultsTableModel::Worse), QStringLiteral("1"));
    QCOMPARE(cell(2, ui::ResultsTableModel::Total), QStringLiteral("3"));
    QCOMPARE(page.chart()->sets().size(), 4);
    QCOMPARE(page.chart()->categories().size(), 2);

    // Every review adds Ann's first: things I do better, safety worse.
    page.everyReviewCheck()->click();
    QCOMPARE(cell(2, ui::ResultsTableModel::Better), QStringLiteral("2"));
    QCOMPARE(cell(2, ui::ResultsTableModel::Worse), QStringLiteral("2"));
    QCOMPARE(page.worseModel()->rowCount(), 2);

    // Council-managed plans only: Bob.
    page.routeCombo()->setCurrentIndex(
        page.routeCombo()->findData(int(DeploymentChoice::CouncilManaged)));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(cell(1, ui::ResultsTableModel::Total), QStringLiteral("1"));
    page.routeCombo()->setCurrentIndex(0);

    // Reviews of the last 30 days: Ann's second and Bob's.
    page.periodCheck()->click();
    page.fromEdit()->setDate(kToday.addDays(-30));
    page.toEdit()->setDate(kToday);
    QCOMPARE(cell(2, ui::ResultsTableModel::Total), QStringLiteral("3"));
    QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("Reviews counted: 2")));

    // Safety only: Ann's second review (the same).
    page.lifeAreaCombo()->setCurrentIndex(page.lifeAreaCombo()->findData(int(LifeArea::Safety)));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(cell(0, ui::ResultsTableModel::Same), QStringLiteral("1"));
}

void TestResultsPage::taggingCommentsIsCountedUndoableAndKept()
{
    {
        ui::ResultsPage page;
        page.setDatabase(m_db.get());
        QVERIFY(page.reload());
        const ui::ReviewCommentsModel* comments = page.commentsModel();
        // Ann's latest: two outcome comments and "Late carers"; Bob's: one.
        QCOMPARE(comments->rowCount(), 4);
        int lateCarers = -1;
        for (int r = 0; r < comments->rowCount(); ++r) {
            if (comments->row(r).text == QStringLiteral("Late carers")) {
                lateCarers = r;
            }
        }
        QVERIFY(lateCarers >= 0);
        QVERIFY(!page.themesEdit()->isEnabled()); // nothing chosen yet
        page.commentsView()->selectRow(lateCarers);
        QVERIFY(page.themesEdit()->isEnabled());
        page.themesEdit()->setFocus();
        QTest::keyClicks(page.themesEdit(), QStringLiteral("staff keep changing, Time keeping"));
        QTest::keyClick(page.themesEdit(), Qt::Key_Return);

        const ui::ThemeCountsModel* themes = page.themesModel();
        QCOMPARE(themes->rowCount(), 2);
        QCOMPARE(rowOfName(themes, QStringLiteral("staff keep changing")) >= 0, true);
        const int row = rowOfName(themes, QStringLiteral("Time keeping"));
        QCOMPARE(themes->index(row, ui::ThemeCountsModel::NotWorking).data().toString(),
            QStringLiteral("1"));
        const ReviewComment comment {m_ann.id, 1, ReviewQuestion::NotWorking, 0};
        QCOMPARE(ReviewThemeRepository(*m_db).themes(comment)->size(), 2);

        QUndoStack* undo = page.undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(themes->rowCount(), 0);
        QVERIFY(ReviewThemeRepository(*m_db).themes(comment)->isEmpty());
        QCOMPARE(page.themesEdit()->text(), QString()); // the field shows the undone value
        undo->redo();
        QCOMPARE(themes->rowCount(), 2);
        QCOMPARE(page.themesEdit()->text(), QStringLiteral("staff keep changing, Time keeping"));
    }
    // Kept in the file: a new page shows them.
    ui::ResultsPage again;
    again.setDatabase(m_db.get());
    QVERIFY(again.reload());
    QCOMPARE(again.themesModel()->rowCount(), 2);
}

void TestResultsPage::worseOutcomesOpenThePersonsPlan()
{
    ui::ResultsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(page.reload());
    QSignalSpy open(&page, &ui::ResultsPage::openPerson);
    QCOMPARE(page.worseModel()->rowCount(), 1); // Bob's, in the latest reviews
    page.worseView()->setFocus();
    page.worseView()->selectRow(0);
    QTest::keyClick(page.worseView(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_bob.personId);
}

void TestResultsPage::reportIsSavedAsCsvAndPdf()
{
    ui::ResultsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(page.reload());
    QSignalSpy told(&page, &ui::ResultsPage::informed);
    const QString csv = m_dir->filePath(QStringLiteral("results.csv"));
    QVERIFY(page.exportCsv(ui::ResultsPage::CsvTable::ByLifeArea, csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(
        bytes.startsWith("\xEF\xBB\xBFLife area,Better,The same,Worse,Not yet,Outcomes rated\r\n"));
    QVERIFY(bytes.contains("All life areas,1,1,1,0,3\r\n"));
    const QString pdf = m_dir->filePath(QStringLiteral("results.pdf"));
    QVERIFY(page.exportPdf(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QCOMPARE(told.size(), 2);
    // A folder that isn't there: a message, and no file.
    QSignalSpy failed(&page, &ui::ResultsPage::failed);
    QVERIFY(!page.exportCsv(ui::ResultsPage::CsvTable::Themes,
        m_dir->filePath(QStringLiteral("no-such-folder/themes.csv"))));
    QCOMPARE(failed.size(), 1);
}

QTEST_MAIN(TestResultsPage)
#include "test_resultspage.moc"
