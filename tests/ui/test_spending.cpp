// GUI tests for "Keep track of the money": opened from an agreed plan's
// banner, a statement imported through the real dialog (then the pace and the
// build-up warning shown), a bad file importing nothing, duplicates left out,
// the column choice remembered, a payment added by hand and undone, the weeks
// setting, the direct payment return saved, and everything still there after
// reopening the database.
#include "plan/planpage.h"
#include "sessionfixture.h"
#include "spending/directpaymentreturndialog.h"
#include "spending/isfrollovermodel.h"
#include "spending/paymentdialog.h"
#include "spending/paymentsmodel.h"
#include "spending/spendingpage.h"
#include "spending/spendingsession.h"
#include "spending/spendingwindow.h"
#include "spending/spentagainstplannedmodel.h"
#include "spending/statementimportdialog.h"
#include "spending/statementpreviewmodel.h"
#include "widgets/fittedtableview.h"
#include "widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

namespace {

// Today for the figures: 1 June 2026, day 57 of the plan year that began on
// 6 April 2026 (25 days of April + 31 of May + 1).
const QDate kToday(2026, 6, 1);

SupportItem item(
    int key, SupportType type, const char* what, const char* provider, Money price, int hundredths)
{
    SupportItem i;
    i.key = key;
    i.type = type;
    i.what = QString::fromUtf8(what);
    i.provider = QString::fromUtf8(provider);
    i.unitPrice = price;
    i.quantityHundredths = hundredths;
    i.frequency = Period::Week;
    return i;
}

// An agreed direct payment of £5,200 a year (£100 a week): agency care £20 ×
// 3 hours a week and a leisure pass £10 a week.
PlanFileContents agreedPlan(DeploymentChoice choice = DeploymentChoice::DirectPayment)
{
    Person person;
    person.name = QStringLiteral("Aisha Khan");
    Plan plan;
    plan.version = 1;
    plan.status = PlanStatus::Agreed;
    plan.createdOn = QDate(2026, 3, 1);
    plan.agreedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::utc());
    plan.agreedBy = QStringLiteral("Aisha Khan and Kim Lee (social worker)");
    plan.reviewDate = QDate(2026, 7, 1);
    plan.budget.agreed = Money::fromPounds(5200);
    plan.budget.period = Period::Year;
    plan.budget.start = QDate(2026, 4, 6);
    plan.budget.end = QDate(2027, 4, 5);
    plan.deployment.choice = choice;
    plan.deployment.isfProvider = QStringLiteral("Bridges Support Ltd");
    const Route route = choice == DeploymentChoice::IndividualServiceFund
        ? Route::IndividualServiceFund
        : Route::DirectPayment;
    plan.items = {item(1, SupportType::AgencyHomeCare, "Help at home", "Bright Care",
                      Money::fromPounds(20), 300),
        item(
            2, SupportType::Leisure, "Leisure pass", "Oldham Leisure", Money::fromPounds(10), 100)};
    for (SupportItem& i : plan.items) {
        i.route = route;
    }
    return PlanFileContents {person, plan};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("could not write %s", qPrintable(path));
    }
    return path;
}

// Windows-1252, as Excel saves it: "£" is the one byte 0xA3. Three rows that
// read; row 5 has a day that doesn't exist and row 6 an amount with a
// decimal comma.
const QByteArray kStatement("Date,Description,Amount\r\n"
                            "06/04/2026,Oldham Council direct payment,\"\xA3"
                            "1,200.00\"\r\n"
                            "13/04/2026,BRIGHT CARE LTD,-60.00\r\n"
                            "20/04/2026,BRIGHT CARE LTD,-60.00\r\n"
                            "31/04/2026,BRIGHT CARE LTD,-60.00\r\n"
                            "27/04/2026,Oldham Leisure,\"12,34\"\r\n");

ui::SpendingWindow* openWindow(test::SessionFixture& fixture, QWidget* parent)
{
    Error error;
    auto* window = ui::SpendingWindow::open(fixture.database(), fixture.session(), parent, &error);
    if (!window) {
        qFatal("SpendingWindow: %s", qPrintable(error.fullText()));
    }
    window->session()->setToday(kToday);
    return window;
}

} // namespace

class TestSpending : public QObject {
    Q_OBJECT
private slots:
    void init();
    void openedFromTheAgreedPlansBanner();
    void statementImportedThenPaceAndBuildUpShown();
    void badFileImportsNothing();
    void duplicatesOfAnEarlierImportAreLeftOut();
    void columnsChosenByHandAreRemembered();
    void paymentAddedByHandCanBeUndoneAndIsKept();
    void weeksSettingChangesTheWarningAndIsKept();
    void individualServiceFundShowsTheRollover();
    void directPaymentReturnIsSaved();
    void everyControlHasAnAccessibleName();
};

void TestSpending::init()
{
    QSettings().remove(QStringLiteral("statementLayouts"));
}

void TestSpending::openedFromTheAgreedPlansBanner()
{
    test::SessionFixture fixture(agreedPlan());
    ui::PlanPage page;
    page.setSession(fixture.session());
    page.show();
    auto* button = page.findChild<QPushButton*>();
    for (auto* b : page.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Keep track of the money")) {
            button = b;
        }
    }
    QCOMPARE(button->text(), QStringLiteral("Keep track of the money"));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* window = page.findChild<ui::SpendingWindow*>();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(window->windowTitle().contains(QStringLiteral("Aisha Khan")));
    // A second click brings the same window forward rather than another.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(page.findChildren<ui::SpendingWindow*>().size(), 1);

    // Making a new version keeps the money measured against the agreed one.
    QVERIFY(fixture.session()->makeNewVersion());
    QVERIFY(!button->isVisible()); // a draft: the button is on agreed plans
    QCOMPARE(window->session()->plan().status, PlanStatus::Agreed);
    QCOMPARE(window->session()->plan().version, 1);
}

void TestSpending::statementImportedThenPaceAndBuildUpShown()
{
    test::SessionFixture fixture(agreedPlan());
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("statement.csv"), kStatement);
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    window->show();
    ui::SpendingPage* page = window->page();
    QAbstractItemModelTester paymentsTester(page->paymentsModel());
    QAbstractItemModelTester linesTester(page->linesModel());
    QVERIFY(!page->buildUpPanel()->isVisible());

    ui::StatementImportDialog* dialog = page->importStatementFrom(path);
    QVERIFY(dialog);
    QAbstractItemModelTester previewTester(dialog->previewModel());
    QVERIFY(dialog->fileLine()->text().contains(QStringLiteral("Windows-1252")));
    // The header's names chose the columns.
    QCOMPARE(dialog->columns().date, 0);
    QCOMPARE(dialog->columns().description, 1);
    QCOMPARE(dialog->columns().amount, 2);
    QCOMPARE(dialog->previewModel()->rowCount(), 5);
    // The rows that can't be read are listed with their row and reason.
    const auto reason = [dialog](int row) {
        return dialog->previewModel()
            ->index(row, ui::StatementPreviewModel::WhatHappens)
            .data()
            .toString();
    };
    QCOMPARE(dialog->previewModel()->index(3, ui::StatementPreviewModel::Row).data().toInt(), 5);
    QVERIFY2(reason(3).contains(QStringLiteral("31/04/2026")), qPrintable(reason(3)));
    QVERIFY2(reason(4).contains(QStringLiteral("Use a point for pence")), qPrintable(reason(4)));
    QVERIFY(dialog->summaryLine()->text().contains(QStringLiteral("2 rows can't be read")));
    QCOMPARE(dialog->importButton()->text(), QStringLiteral("Import 3 payments"));
    // Nothing is stored before the person confirms.
    QVERIFY(window->session()->payments().isEmpty());

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!page->importDialog()); // closed
    const auto payments = window->session()->payments();
    QCOMPARE(payments.size(), 3);
    QCOMPARE(payments[0].amount, Money::fromPounds(1200));
    QVERIFY(payments[0].isMoneyIn());
    QCOMPARE(payments[1].itemKey, std::optional<int>(1)); // "BRIGHT CARE" gives the help at home
    QVERIFY(page->messageLine()->text().contains(QStringLiteral("Imported 3 payments")));

    // Balance £1,200 − £60 − £60 = £1,080.
    QVERIFY(page->balanceLine()->text().contains(QStringLiteral("£1,080")));
    // The pace: £120 spent in 57 days; × 365 ÷ 57 = £768.42 by the end of
    // the year; £5,200 − £768.42 = £4,431.58, about £4,432 left.
    QCOMPARE(page->paceLine()->text(),
        QStringLiteral("At this rate you will have about £4,432 left at the end of the plan "
                       "year (5 April 2027)."));
    // Building up: £5,200 a year is £100 a week, 8 weeks £800 < £1,080.
    QVERIFY(page->buildUpPanel()->isVisible());
    QVERIFY2(
        page->buildUpText()->text().contains(QStringLiteral(
            "Money is building up: you have £1,080, more than 8 weeks of your budget (£800).")),
        qPrintable(page->buildUpText()->text()));
    // Spent against planned: help at home £60 a week is £3,120 a year, £260
    // a month; spent so far £120.
    QCOMPARE(
        page->linesModel()->index(0, ui::SpentAgainstPlannedModel::PlannedMonth).data().toString(),
        QStringLiteral("£260"));
    QCOMPARE(
        page->linesModel()->index(0, ui::SpentAgainstPlannedModel::SpentSoFar).data().toString(),
        QStringLiteral("£120"));

    // The whole import is one undo step.
    QVERIFY(window->undoButton()->text().contains(QStringLiteral("import a statement")));
    QTest::mouseClick(window->undoButton(), Qt::LeftButton);
    QVERIFY(window->session()->payments().isEmpty());
    QVERIFY(!page->buildUpPanel()->isVisible());
    QTest::mouseClick(window->redoButton(), Qt::LeftButton);
    QCOMPARE(window->session()->payments().size(), 3);

    // Reopening the database keeps the imported payments.
    delete window;
    fixture.reopen();
    auto* again = openWindow(fixture, &parent);
    QCOMPARE(again->session()->payments().size(), 3);
    QVERIFY(again->page()->buildUpPanel()->isVisibleTo(again));
}

void TestSpending::badFileImportsNothing()
{
    test::SessionFixture fixture(agreedPlan());
    QTemporaryDir dir;
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::SpendingPage* page = window->page();

    // A quote that is never closed: the whole file is refused.
    const QString broken = writeFile(dir, QStringLiteral("broken.csv"),
        "Date,Description,Amount\n06/04/2026,\"Oldham Council,1200.00\n13/04/2026,Care,-60\n");
    ui::StatementImportDialog* dialog = page->importStatementFrom(broken);
    QVERIFY(dialog->fileError()->isVisibleTo(dialog));
    QVERIFY(dialog->fileError()->text().contains(QStringLiteral("never closed")));
    QVERIFY(!dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    dialog->accept(); // even asked directly, it stores nothing
    QVERIFY(window->session()->payments().isEmpty());

    // A file that reads, but where no row does: nothing to import.
    const QString allBad = writeFile(dir, QStringLiteral("allbad.csv"),
        "Date,Description,Amount\n31/02/2026,Care,-60.00\n01/03/2026,Care,\"12,34\"\n");
    QVERIFY(dialog->loadFile(allBad));
    QVERIFY(!dialog->fileError()->isVisibleTo(dialog));
    QCOMPARE(dialog->paymentsToImport(), 0);
    QVERIFY(dialog->summaryLine()->text().contains(QStringLiteral("no payments to import")));
    QVERIFY(!dialog->importButton()->isEnabled());

    // Cancelling a good file stores nothing either.
    QVERIFY(dialog->loadFile(writeFile(dir, QStringLiteral("good.csv"), kStatement)));
    QCOMPARE(dialog->paymentsToImport(), 3);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(window->session()->payments().isEmpty());
    QCOMPARE(window->session()->undoStack()->count(), 0);
}

void TestSpending::duplicatesOfAnEarlierImportAreLeftOut()
{
    test::SessionFixture fixture(agreedPlan());
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("statement.csv"), kStatement);
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::SpendingPage* page = window->page();
    QTest::mouseClick(page->importStatementFrom(path)->importButton(), Qt::LeftButton);
    QCOMPARE(window->session()->payments().size(), 3);

    // The same statement again: its three payments are already recorded.
    ui::StatementImportDialog* again = page->importStatementFrom(path);
    QCOMPARE(again->paymentsToImport(), 0);
    QVERIFY(!again->importButton()->isEnabled());
    QVERIFY(again->summaryLine()->text().contains(
        QStringLiteral("3 rows look like payments already listed")));
    // The person knows the second care payment was a real second one: tick it.
    const QModelIndex tick = again->previewModel()->index(2, ui::StatementPreviewModel::Import);
    QVERIFY(again->previewModel()->flags(tick) & Qt::ItemIsUserCheckable);
    QVERIFY(again->previewModel()->setData(tick, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(again->importButton()->text(), QStringLiteral("Import 1 payment"));
    QTest::mouseClick(again->importButton(), Qt::LeftButton);
    QCOMPARE(window->session()->payments().size(), 4);
}

void TestSpending::columnsChosenByHandAreRemembered()
{
    test::SessionFixture fixture(agreedPlan());
    QTemporaryDir dir;
    // A prepaid card's file without a header: amount, date, words, and
    // spending shown without a minus.
    const QString first = writeFile(dir, QStringLiteral("card-may.csv"),
        "4.80,02/05/2026,Oldham Leisure\n2.00,03/05/2026,Bus\n");
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::StatementImportDialog* dialog = window->page()->importStatementFrom(first);
    QVERIFY(!dialog->headerBox()->isChecked()); // nothing in the first row looks like a name
    QVERIFY(dialog->columnsError()->isVisibleTo(dialog));
    QVERIFY(dialog->columnsError()->text().contains(QStringLiteral("date")));
    QVERIFY(!dialog->importButton()->isEnabled());

    // Choose with the keyboard, as a person would: Down moves to the next
    // entry ("Choose a column", then column 1, 2, 3).
    const auto pick = [](QComboBox* combo, int column) {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i <= column; ++i) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
    };
    pick(dialog->dateCombo(), 1);
    pick(dialog->descriptionCombo(), 2);
    dialog->moneyColumnsButton(ui::StatementImportDialog::MoneyColumns::PlusIsOut)->click();
    pick(dialog->amountCombo(), 0);
    QVERIFY(!dialog->columnsError()->isVisibleTo(dialog));
    QCOMPARE(dialog->paymentsToImport(), 2);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    const auto payments = window->session()->payments();
    QCOMPARE(payments.size(), 2);
    QVERIFY(!payments[0].isMoneyIn()); // a plus was spending on this card
    QCOMPARE(payments[0].amount, Money::fromPence(480));

    // June's file in the same layout opens with the same choice.
    const QString second = writeFile(
        dir, QStringLiteral("card-june.csv"), "6.00,02/06/2026,Cinema\n-50.00,03/06/2026,Top-up\n");
    ui::StatementImportDialog* june = window->page()->importStatementFrom(second);
    QCOMPARE(june->columns().date, 1);
    QCOMPARE(june->columns().description, 2);
    QCOMPARE(june->columns().amount, 0);
    QVERIFY(!june->columns().outgoingNegative);
    QCOMPARE(june->paymentsToImport(), 2);
}

void TestSpending::paymentAddedByHandCanBeUndoneAndIsKept()
{
    test::SessionFixture fixture(agreedPlan());
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::SpendingPage* page = window->page();
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    ui::PaymentDialog* dialog = page->paymentDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->dateEdit()->date(), kToday);

    // "12,34" is refused with MoneyParser's words, what was typed is kept,
    // and nothing is saved.
    QTest::keyClicks(dialog->amountEdit()->lineEdit(), QStringLiteral("12,34"));
    QVERIFY(dialog->amountEdit()->hasError());
    QVERIFY(dialog->amountEdit()->errorText().contains(QStringLiteral("Use a point for pence")));
    QTest::mouseClick(dialog->mainButton(), Qt::LeftButton);
    QVERIFY(page->paymentDialog());
    QCOMPARE(dialog->amountEdit()->lineEdit()->text(), QStringLiteral("12,34"));
    QVERIFY(window->session()->payments().isEmpty());

    dialog->amountEdit()->lineEdit()->selectAll();
    QTest::keyClicks(dialog->amountEdit()->lineEdit(), QStringLiteral("12.34"));
    QTest::keyClicks(dialog->payeeEdit(), QStringLiteral("Oldham Leisure"));
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Swim"));
    dialog->supportCombo()->setCurrentIndex(dialog->supportCombo()->findData(2));
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return); // Enter saves
    QTRY_VERIFY(!page->paymentDialog());
    QCOMPARE(window->session()->payments().size(), 1);
    const Payment added = window->session()->payments().first();
    QCOMPARE(added.amount, Money::fromPence(1234));
    QCOMPARE(added.itemKey, std::optional<int>(2));
    QCOMPARE(page->paymentsModel()->rowCount(), 1);
    QCOMPARE(page->paymentsModel()->index(0, ui::PaymentsModel::Support).data().toString(),
        QStringLiteral("Leisure pass"));
    QCOMPARE(page->selectedId(), added.id);

    // Undo takes it out (Ctrl+Z in the window), redo puts it back.
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::keySequence(window, QKeySequence::Undo);
    QVERIFY(window->session()->payments().isEmpty());
    QCOMPARE(page->paymentsModel()->rowCount(), 0);
    window->session()->undoStack()->redo();
    QCOMPARE(window->session()->payments().size(), 1);
    QCOMPARE(window->session()->payments().first(), added); // the same row, the same id

    // Change it: one more undo step; and remove it with Delete, undoably.
    page->selectId(added.id);
    page->changeSelected();
    page->paymentDialog()->amountEdit()->lineEdit()->selectAll();
    QTest::keyClicks(page->paymentDialog()->amountEdit()->lineEdit(), QStringLiteral("15"));
    QTest::mouseClick(page->paymentDialog()->mainButton(), Qt::LeftButton);
    QCOMPARE(window->session()->payments().first().amount, Money::fromPounds(15));
    page->paymentsView()->setFocus();
    QTest::keyClick(page->paymentsView(), Qt::Key_Delete);
    QVERIFY(window->session()->payments().isEmpty());
    QVERIFY(page->messageLine()->text().contains(QStringLiteral("Undo")));
    window->session()->undoStack()->undo();
    QCOMPARE(window->session()->payments().first().amount, Money::fromPounds(15));

    delete window;
    fixture.reopen();
    auto* again = openWindow(fixture, &parent);
    QCOMPARE(again->session()->payments().size(), 1);
    QCOMPARE(again->session()->payments().first().amount, Money::fromPounds(15));
    QCOMPARE(again->session()->payments().first().payee, QStringLiteral("Oldham Leisure"));
}

void TestSpending::weeksSettingChangesTheWarningAndIsKept()
{
    test::SessionFixture fixture(agreedPlan());
    QTemporaryDir dir;
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::SpendingPage* page = window->page();
    QTest::mouseClick(page->importStatementFrom(writeFile(dir, QStringLiteral("s.csv"), kStatement))
                          ->importButton(),
        Qt::LeftButton);
    QVERIFY(page->buildUpPanel()->isVisibleTo(window)); // £1,080 > 8 weeks (£800)
    QCOMPARE(page->weeksBox()->value(), 8);

    // A council that allows 12 weeks: £1,200 > £1,080, so no warning.
    page->weeksBox()->setFocus();
    page->weeksBox()->selectAll();
    QTest::keyClicks(page->weeksBox(), QStringLiteral("12"));
    QCOMPARE(window->session()->settings().buildUpWeeks, 12);
    QVERIFY(!page->buildUpPanel()->isVisibleTo(window));
    window->session()->undoStack()->undo();
    QCOMPARE(page->weeksBox()->value(), 8);
    QVERIFY(page->buildUpPanel()->isVisibleTo(window));
    window->session()->undoStack()->redo();

    delete window;
    fixture.reopen();
    auto* again = openWindow(fixture, &parent);
    QCOMPARE(again->page()->weeksBox()->value(), 12);
}

void TestSpending::individualServiceFundShowsTheRollover()
{
    test::SessionFixture fixture(agreedPlan(DeploymentChoice::IndividualServiceFund));
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::SpendingPage* page = window->page();
    QVERIFY(page->rolloverBox()->isVisibleTo(window));
    // 6 April to 1 June: two plan months (6 April - 5 May, 6 May - 5 June).
    // £5,200 a year ÷ 12 = £433.333... = £433.33 a month; nothing spent, so
    // £433.33 rolls into May and £866.66 on into June.
    QCOMPARE(page->rolloverModel()->rowCount(), 2);
    QCOMPARE(
        page->rolloverModel()->index(1, ui::IsfRolloverModel::BroughtForward).data().toString(),
        QStringLiteral("£433.33"));
    QCOMPARE(
        page->rolloverModel()->index(1, ui::IsfRolloverModel::CarriedForward).data().toString(),
        QStringLiteral("£866.66"));
    // Nothing spent is written down yet, so the page asks for it rather than
    // claiming the provider holds £866.66.
    QVERIFY(
        page->balanceLine()->text().contains(QStringLiteral("Add what your provider has spent")));

    // £100 spent on 10 May: £433.33 + £433.33 − £100 = £766.66 rolls into June.
    Payment spent;
    spent.date = QDate(2026, 5, 10);
    spent.amount = Money::fromPounds(100);
    QList<Payment> added {spent};
    QVERIFY(window->session()->addPayments(added));
    QCOMPARE(page->rolloverModel()->index(1, ui::IsfRolloverModel::Spent).data().toString(),
        QStringLiteral("£100"));
    QVERIFY2(page->balanceLine()->text().contains(QStringLiteral("£766.66")),
        qPrintable(page->balanceLine()->text()));

    test::SessionFixture direct(agreedPlan());
    auto* other = openWindow(direct, &parent);
    QVERIFY(!other->page()->rolloverBox()->isVisibleTo(other));
}

void TestSpending::directPaymentReturnIsSaved()
{
    test::SessionFixture fixture(agreedPlan());
    QTemporaryDir dir;
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::SpendingPage* page = window->page();
    QTest::mouseClick(page->importStatementFrom(writeFile(dir, QStringLiteral("s.csv"), kStatement))
                          ->importButton(),
        Qt::LeftButton);
    QTest::mouseClick(page->returnButton(), Qt::LeftButton);
    ui::DirectPaymentReturnDialog* dialog = page->returnDialog();
    QVERIFY(dialog);
    // It starts on the plan year so far.
    QCOMPARE(dialog->fromEdit()->date(), QDate(2026, 4, 6));
    QCOMPARE(dialog->toEdit()->date(), kToday);
    // April only: £0 at the start, £1,200 in, £120 out, £1,080 at the end.
    dialog->setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QVERIFY(dialog->figures()->text().contains(
        QStringLiteral("Money in the account on 30 April 2026: £1,080.00")));

    const QString csv = dir.filePath(QStringLiteral("return.csv"));
    QVERIFY(dialog->saveCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Section,Description,Amount (£)\r\n"));
    QVERIFY(bytes.contains("Closing balance,Balance on 30 April 2026,1080.00\r\n"));
    QVERIFY(dialog->savedLine()->text().contains(QStringLiteral("Saved")));

    const QString pdf = dir.filePath(QStringLiteral("return.pdf"));
    QVERIFY(dialog->savePdf(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // Dates the wrong way round save nothing.
    dialog->setPeriod(QDate(2026, 5, 1), QDate(2026, 4, 1));
    QVERIFY(dialog->periodError()->isVisibleTo(dialog));
    QVERIFY(!dialog->csvButton()->isEnabled());
    QVERIFY(!dialog->saveCsv(dir.filePath(QStringLiteral("wrong.csv"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("wrong.csv"))));
}

void TestSpending::everyControlHasAnAccessibleName()
{
    test::SessionFixture fixture(agreedPlan(DeploymentChoice::IndividualServiceFund));
    QTemporaryDir dir;
    QWidget parent;
    auto* window = openWindow(fixture, &parent);
    ui::SpendingPage* page = window->page();
    page->addPayment();
    page->importStatementFrom(writeFile(dir, QStringLiteral("s.csv"), kStatement));
    page->openReturn();
    for (QWidget* top :
        {static_cast<QWidget*>(window), static_cast<QWidget*>(page->paymentDialog()),
            static_cast<QWidget*>(page->importDialog()),
            static_cast<QWidget*>(page->returnDialog())}) {
        QVERIFY(top);
        int interactive = 0;
        for (QWidget* w : top->findChildren<QWidget*>()) {
            // A spin box's own line edit is read out as the spin box; a combo
            // box's list pops up in a window of its own.
            const bool inner =
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || w->window() != top;
            if ((w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel*>(w) && !inner) {
                ++interactive;
                QVERIFY2(!w->accessibleName().isEmpty(),
                    qPrintable(QStringLiteral("%1 in %2")
                                   .arg(QString::fromLatin1(w->metaObject()->className()),
                                       top->windowTitle())));
            }
        }
        QVERIFY(interactive >= 3);
    }
}

QTEST_MAIN(TestSpending)
#include "test_spending.moc"
