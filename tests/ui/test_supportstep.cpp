// GUI tests for step 5, "My support": the items table, the add and change
// dialog, removing, the personal assistant calculator and the back-up plan,
// driven through the real widgets.
#include "appearance.h"
#include "commands/editsupportitemcommand.h"
#include "costing/personalassistantcost.h"
#include "demo/democaseload.h"
#include "money/moneyformatter.h"
#include "plan/steps/support/personalassistantcalculator.h"
#include "plan/steps/support/personalassistantcostmodel.h"
#include "plan/steps/support/personalassistantcostview.h"
#include "plan/steps/support/quantityedit.h"
#include "plan/steps/support/supportitemdialog.h"
#include "plan/steps/support/supportitemsmodel.h"
#include "plan/steps/supportstep.h"
#include "sessionfixture.h"
#include "widgets/fittedtableview.h"
#include "widgets/moneyedit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

using namespace pb;

namespace {

PlanFileContents demoPerson(const QString& name)
{
    const auto people = DemoCaseload::people();
    for (const auto& contents : people) {
        if (contents.person.name == name) {
            return contents;
        }
    }
    qFatal("no demo person called %s", qPrintable(name));
}

int keyOf(const Plan& plan, const QString& what)
{
    for (const SupportItem& item : plan.items) {
        if (item.what == what) {
            return item.key;
        }
    }
    return 0;
}

int outcomeKeyOf(const Plan& plan, const QString& startsWith)
{
    for (const Outcome& o : plan.outcomes) {
        if (o.text.startsWith(startsWith)) {
            return o.key;
        }
    }
    return 0;
}

// Replaces a line edit's text by typing, as a person would.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void tick(QCheckBox* box)
{
    QTest::keyClick(box, Qt::Key_Space);
}

// Chooses a combo box entry with the keyboard, as a person would: Home, then
// Down until it shows. (Typing the words would open the list at a space.)
void choose(QComboBox* combo, const QString& text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !combo->currentText().startsWith(text); ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QVERIFY2(combo->currentText().startsWith(text), qPrintable(combo->currentText()));
}

void clickRow(QTableView* table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

// Every control a person can tab to has a name a screen reader can say.
void checkAccessibleNames(QWidget* root, int atLeast)
{
    int interactive = 0;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root)) {
            ++interactive;
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(
                    QStringLiteral("%1 \"%2\" in %3")
                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            QString::fromLatin1(root->metaObject()->className()))));
        }
    }
    QVERIFY2(interactive >= atLeast, qPrintable(QString::number(interactive)));
}

} // namespace

class TestSupportStep : public QObject {
    Q_OBJECT
private slots:
    void tableShowsItemsAndCostsFromTheTotals();
    void atDoubleTextColumnsGiveWayInsteadOfRunningOffThePage();
    void addingThroughTheDialogByTyping();
    void changingAnItem();
    void removingWithTheDeleteKey();
    void wrongInputShowsAMessageAndAddsNothing_data();
    void wrongInputShowsAMessageAndAddsNothing();
    void escapeCancels();
    void mixedPlanAsksWhoPays();
    void budgetWithTwoSourcesAsksWhichPays();
    void calculatorShowsTheBreakdown();
    void calculatorWarnsBelowTheMinimumWage();
    void calculatorAddsTheAssistant();
    void emergencyPlanSavedAndUndonePerField();
    void reopeningShowsEverything();
    void frozenPlanRefusesEdits();
    void showTargetSelectsTheItem();
    void modelsPassTheModelTester();
    void accessibleNames();
    void dialogTabOrderFollowsReadingOrder();
};

void TestSupportStep::atDoubleTextColumnsGiveWayInsteadOfRunningOffThePage()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::SupportStep step(fixture.session());
    step.resize(900, 700);
    step.show();
    QVERIFY(QTest::qWaitForWindowExposed(&step));
    ui::FittedTableView* table = step.table();
    const QFont normal = QApplication::font();
    // At 100% every column is there and nothing scrolls sideways.
    QVERIFY(!table->isColumnHidden(ui::SupportItemsModel::HelpsWith));
    QVERIFY(!table->isColumnHidden(ui::SupportItemsModel::PaidBy));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);

    // View → Larger text up to 200%, as a person would, with the window open.
    ui::Appearance::install(*qApp);
    ui::Appearance::setTextPercent(200);
    QTRY_COMPARE(table->font().pointSizeF(), normal.pointSizeF() * 2); // the table follows
    QTRY_VERIFY(table->isColumnHidden(ui::SupportItemsModel::HelpsWith));
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!table->isColumnHidden(ui::SupportItemsModel::What)); // the main ones stay
    QVERIFY(!table->isColumnHidden(ui::SupportItemsModel::CostYear));

    ui::Appearance::setTextPercent(100);
    QTRY_VERIFY(!table->isColumnHidden(ui::SupportItemsModel::HelpsWith));
    QTRY_VERIFY(!table->isColumnHidden(ui::SupportItemsModel::PaidBy));
}

void TestSupportStep::tableShowsItemsAndCostsFromTheTotals()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::SupportStep step(fixture.session());
    const Plan& plan = fixture.session()->plan();
    const PlanTotals& totals = fixture.session()->totals();
    auto* model = step.model();
    QCOMPARE(model->rowCount(), plan.items.size());

    const int pool =
        model->rowOfKey(keyOf(plan, QStringLiteral("Swimming pool entry for me and my PA")));
    QVERIFY(pool >= 0);
    auto cell = [&](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    // £4.80 × 1 a week: £4.80 a week, £4.80 × 52 = £249.60 a year.
    QCOMPARE(cell(pool, ui::SupportItemsModel::CostWeek), QStringLiteral("£4.80"));
    QCOMPARE(cell(pool, ui::SupportItemsModel::CostYear), QStringLiteral("£249.60"));
    QCOMPARE(cell(pool, ui::SupportItemsModel::HowOften), QStringLiteral("Once a week"));
    QCOMPARE(cell(pool, ui::SupportItemsModel::PaidBy), QStringLiteral("Direct payment"));
    QVERIFY(cell(pool, ui::SupportItemsModel::HelpsWith)
                .startsWith(QStringLiteral("I want to go swimming")));
    QCOMPARE(model->data(model->index(pool, ui::SupportItemsModel::CostYear), Qt::TextAlignmentRole)
                 .value<Qt::Alignment>()
            & Qt::AlignRight,
        Qt::AlignRight);

    const int jade = model->rowOfKey(
        keyOf(plan, QStringLiteral("Personal assistant: Jade (home, cooking, college)")));
    // Hours as people write them: 1600 hundredths is "16", 1750 is "17.5".
    const SupportItem* jadeItem = plan.item(model->keyAt(jade));
    QCOMPARE(cell(jade, ui::SupportItemsModel::HowOften),
        QStringLiteral("%1 hours a week").arg(jadeItem->quantityHundredths / 100.0));
    // A personal assistant costs what PlanTotals says employing them costs, not the wage alone.
    const SupportItemCost* jadeCost = totals.item(model->keyAt(jade));
    QCOMPARE(
        cell(jade, ui::SupportItemsModel::CostYear), MoneyFormatter().format(jadeCost->yearly()));
    QVERIFY(jadeCost->yearly() > Money::fromPence(1300 * 16 * 52));

    const int mum =
        model->rowOfKey(keyOf(plan, QStringLiteral("Mum helps with shopping and money")));
    QCOMPARE(cell(mum, ui::SupportItemsModel::CostWeek), QStringLiteral("No cost"));
    QCOMPARE(cell(mum, ui::SupportItemsModel::CostYear), QStringLiteral("No cost"));

    QCOMPARE(step.totalLine()->text(),
        QStringLiteral("Total: %1 a week, %2 a year")
            .arg(MoneyFormatter().format(
                     convert(totals.plannedYearly(), Period::Year, Period::Week)),
                MoneyFormatter().format(totals.plannedYearly())));
    QVERIFY(step.totalLine()->font().bold());
}

void TestSupportStep::addingThroughTheDialogByTyping()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    const int itemsBefore = int(session->plan().items.size());
    const Money plannedBefore = session->totals().plannedYearly();
    const int swim = outcomeKeyOf(session->plan(), QStringLiteral("I want to go swimming"));

    QTest::mouseClick(step.addButton(), Qt::LeftButton);
    ui::SupportItemDialog* dialog = step.itemDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mainButton()->text(), QStringLiteral("Add this support"));
    const int key = dialog->itemKey();
    QCOMPARE(key, session->nextKey());

    QTest::keyClicks(dialog->whatEdit(), QStringLiteral("Cinema with Sam"));
    choose(dialog->typeCombo(), QStringLiteral("Leisure"));
    QTest::keyClicks(dialog->providerEdit(), QStringLiteral("Odeon Oldham"));
    QTest::keyClicks(dialog->priceEdit()->lineEdit(), QStringLiteral("9.50"));
    QTest::keyClicks(dialog->quantityEdit()->lineEdit(), QStringLiteral("2"));
    choose(dialog->frequencyCombo(), QStringLiteral("a month"));
    for (QCheckBox* box : dialog->outcomeBoxes()) {
        if (box->accessibleName().startsWith(QStringLiteral("I want to go swimming"))) {
            tick(box);
        }
    }
    // The plan's only way of paying is a direct payment: said, not asked.
    QVERIFY(!dialog->routeCombo());
    QVERIFY(!dialog->paidFromCombo());
    // £9.50 × 2 = £19 a month; × 12 = £228 a year; ÷ 52 = £4.3846… = £4.38 a week.
    QCOMPARE(dialog->costLine()->text(), QStringLiteral("This costs £4.38 a week, £228 a year."));
    QCOMPARE(session->plan().items.size(), itemsBefore); // nothing saved before the button

    QTest::keyClick(dialog->providerEdit(), Qt::Key_Return); // Enter: the main button
    QTRY_VERIFY(!step.itemDialog());

    const Plan& plan = session->plan();
    QCOMPARE(plan.items.size(), itemsBefore + 1);
    const SupportItem* added = plan.item(key);
    QVERIFY(added);
    QCOMPARE(added->what, QStringLiteral("Cinema with Sam"));
    QCOMPARE(added->type, SupportType::Leisure);
    QCOMPARE(added->provider, QStringLiteral("Odeon Oldham"));
    QCOMPARE(added->unitPrice, Money::fromPence(950));
    QCOMPARE(added->quantityHundredths, 200);
    QCOMPARE(added->frequency, Period::Month);
    QCOMPARE(added->route, Route::DirectPayment);
    QCOMPARE(added->paidFrom, FundingSource::CouncilSocialCare);
    QCOMPARE(added->outcomeKeys, QList<int> {swim});
    QCOMPARE(session->totals().plannedYearly(), plannedBefore + Money::fromPence(22800));
    QCOMPARE(step.model()->rowCount(), itemsBefore + 1);
    QCOMPARE(step.selectedKey(), key); // the new item is the one chosen
    QCOMPARE(session->undoStack()->count(), 1);

    session->undoStack()->undo();
    QCOMPARE(session->plan().items.size(), itemsBefore);
    QCOMPARE(session->totals().plannedYearly(), plannedBefore);
    QCOMPARE(step.model()->rowCount(), itemsBefore);
    session->undoStack()->redo();
    QVERIFY(session->plan().item(key));
    QCOMPARE(step.model()->rowCount(), itemsBefore + 1);

    fixture.reopen();
    QVERIFY(fixture.session()->plan().item(key));
    QCOMPARE(fixture.session()->plan().item(key)->unitPrice, Money::fromPence(950));
}

void TestSupportStep::changingAnItem()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    const int key = keyOf(session->plan(), QStringLiteral("Swimming pool entry for me and my PA"));
    const SupportItem before = *session->plan().item(key);
    const Money plannedBefore = session->totals().plannedYearly();

    clickRow(step.table(), step.model()->rowOfKey(key));
    QCOMPARE(step.selectedKey(), key);
    QTest::keyClick(step.table(), Qt::Key_Return); // Enter on a row opens Change
    ui::SupportItemDialog* dialog = step.itemDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), ui::SupportItemDialog::Mode::Change);
    QCOMPARE(dialog->mainButton()->text(), QStringLiteral("Save changes"));
    QCOMPARE(dialog->whatEdit()->text(), before.what);
    QCOMPARE(dialog->priceEdit()->amount(), std::optional<Money>(Money::fromPence(480)));

    retype(dialog->priceEdit()->lineEdit(), QStringLiteral("5.20"));
    // £5.20 × 1 a week; × 52 = £270.40 a year.
    QCOMPARE(
        dialog->costLine()->text(), QStringLiteral("This costs £5.20 a week, £270.40 a year."));
    QTest::mouseClick(dialog->mainButton(), Qt::LeftButton);
    QTRY_VERIFY(!step.itemDialog());

    SupportItem expected = before;
    expected.unitPrice = Money::fromPence(520);
    QCOMPARE(*session->plan().item(key), expected); // only the price changed
    // (£5.20 − £4.80) × 52 = £20.80 more a year.
    QCOMPARE(session->totals().plannedYearly(), plannedBefore + Money::fromPence(2080));
    QCOMPARE(step.model()
                 ->data(step.model()->index(
                     step.model()->rowOfKey(key), ui::SupportItemsModel::CostYear))
                 .toString(),
        QStringLiteral("£270.40"));
    QCOMPARE(session->undoStack()->count(), 1);

    session->undoStack()->undo();
    QCOMPARE(*session->plan().item(key), before);
    QCOMPARE(session->totals().plannedYearly(), plannedBefore);
    session->undoStack()->redo();
    QCOMPARE(*session->plan().item(key), expected);

    // Double-click opens it too; saving with nothing changed adds no undo step.
    const QRect rect =
        step.table()->visualRect(step.model()->index(step.model()->rowOfKey(key), 0));
    QTest::mouseDClick(step.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(step.itemDialog());
    QTest::mouseClick(step.itemDialog()->mainButton(), Qt::LeftButton);
    QTRY_VERIFY(!step.itemDialog());
    QCOMPARE(session->undoStack()->count(), 1);
}

void TestSupportStep::removingWithTheDeleteKey()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    const QList<SupportItem> before = session->plan().items;
    const Money plannedBefore = session->totals().plannedYearly();
    const int key = keyOf(session->plan(), QStringLiteral("Swimming pool entry for me and my PA"));
    const int row = step.model()->rowOfKey(key);

    clickRow(step.table(), row);
    QTest::keyClick(step.table(), Qt::Key_Delete);
    QVERIFY(!session->plan().item(key)); // no "are you sure?": it can be undone
    QCOMPARE(session->plan().items.size(), before.size() - 1);
    // £4.80 × 52 = £249.60 a year less.
    QCOMPARE(session->totals().plannedYearly(), plannedBefore - Money::fromPence(24960));
    QVERIFY(step.messageLine()->isVisibleTo(&step));
    QVERIFY(step.messageLine()->text().contains(QStringLiteral("Undo")));
    QCOMPARE(step.selectedKey(), step.model()->keyAt(row)); // the next one is chosen

    session->undoStack()->undo();
    QCOMPARE(session->plan().items, before); // back in the same place
    QCOMPARE(step.model()->rowOfKey(key), row);
    QVERIFY(!step.messageLine()->isVisibleTo(&step));
    session->undoStack()->redo();
    QVERIFY(!session->plan().item(key));

    // The Remove button does the same.
    clickRow(step.table(), 0);
    const int first = step.selectedKey();
    QTest::mouseClick(step.removeButton(), Qt::LeftButton);
    QVERIFY(!session->plan().item(first));
    QCOMPARE(session->undoStack()->count(), 2);

    fixture.reopen();
    QCOMPARE(fixture.session()->plan().items.size(), before.size() - 2);
}

void TestSupportStep::wrongInputShowsAMessageAndAddsNothing_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("wrongField"); // what, price or quantity
    QTest::addColumn<QString>("messageHas");

    QTest::newRow("letter in the price") << "Leisure"
                                         << "Bowling"
                                         << "12x"
                                         << "1"
                                         << "price"
                                         << "pounds";
    QTest::newRow("negative quantity") << "Leisure"
                                       << "Bowling"
                                       << "12"
                                       << "-3"
                                       << "quantity"
                                       << "less than 0";
    QTest::newRow("letters for the quantity") << "Leisure"
                                              << "Bowling"
                                              << "12"
                                              << "two"
                                              << "quantity"
                                              << "number";
    QTest::newRow("three decimal places") << "Leisure"
                                          << "Bowling"
                                          << "12"
                                          << "1.125"
                                          << "quantity"
                                          << "2 numbers after the point";
    QTest::newRow("more hours than a week has") << "Personal assistant"
                                                << "Help at home"
                                                << "12.71"
                                                << "169"
                                                << "quantity"
                                                << "168";
    QTest::newRow("zero") << "Leisure"
                          << "Bowling"
                          << "12"
                          << "0"
                          << "quantity"
                          << "more than 0";
    QTest::newRow("no price") << "Leisure"
                              << "Bowling"
                              << ""
                              << "1"
                              << "price"
                              << "Enter the price";
    QTest::newRow("nothing said about what it is") << "Leisure"
                                                   << ""
                                                   << "12"
                                                   << "1"
                                                   << "what"
                                                   << "Say what the support is";
}

void TestSupportStep::wrongInputShowsAMessageAndAddsNothing()
{
    QFETCH(QString, type);
    QFETCH(QString, what);
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(QString, wrongField);
    QFETCH(QString, messageHas);

    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    const Plan before = session->plan();

    step.addSupport();
    ui::SupportItemDialog* dialog = step.itemDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->whatEdit(), what);
    choose(dialog->typeCombo(), type);
    QTest::keyClicks(dialog->priceEdit()->lineEdit(), price);
    QTest::keyClicks(dialog->quantityEdit()->lineEdit(), quantity);
    QTest::mouseClick(dialog->mainButton(), Qt::LeftButton);

    QCOMPARE(step.itemDialog(), dialog); // still open
    QVERIFY(dialog->isVisible());
    QCOMPARE(session->plan(), before);
    QCOMPARE(session->undoStack()->count(), 0);

    QString message;
    QWidget* field = nullptr;
    if (wrongField == QLatin1String("price")) {
        field = dialog->priceEdit()->lineEdit();
        const auto labels = dialog->priceEdit()->parentWidget()->findChildren<QLabel*>(
            QStringLiteral("fieldError"));
        for (QLabel* label : labels) {
            if (label->isVisibleTo(dialog)) {
                message += label->text();
            }
        }
        QCOMPARE(dialog->priceEdit()->lineEdit()->text(), price); // kept as typed
    } else if (wrongField == QLatin1String("quantity")) {
        field = dialog->quantityEdit()->lineEdit();
        QVERIFY(dialog->quantityEdit()->hasError());
        message = dialog->quantityEdit()->errorText();
        QCOMPARE(dialog->quantityEdit()->lineEdit()->text(), quantity); // kept as typed
    } else {
        field = dialog->whatEdit();
        const auto labels = dialog->findChildren<QLabel*>(QStringLiteral("fieldError"));
        for (QLabel* label : labels) {
            if (label->isVisibleTo(dialog) && label != dialog->errorSummary()) {
                message += label->text();
            }
        }
    }
    QVERIFY2(message.contains(messageHas, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(dialog->focusWidget(), field); // focus moved to the field to put right
    dialog->reject();
}

void TestSupportStep::escapeCancels()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::SupportStep step(fixture.session());
    const Plan before = fixture.session()->plan();
    step.addSupport();
    ui::SupportItemDialog* dialog = step.itemDialog();
    QTest::keyClicks(dialog->whatEdit(), QStringLiteral("Bowling"));
    QTest::keyClick(dialog->whatEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!step.itemDialog());
    QCOMPARE(fixture.session()->plan(), before);
}

void TestSupportStep::mixedPlanAsksWhoPays()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    step.addSupport();
    ui::SupportItemDialog* dialog = step.itemDialog();
    QVERIFY(dialog->routeCombo()); // a mix: each item says who pays
    QCOMPARE(dialog->routeCombo()->currentData().toInt(), int(Route::DirectPayment));
    QTest::keyClicks(dialog->whatEdit(), QStringLiteral("Railway museum trips"));
    choose(dialog->typeCombo(), QStringLiteral("Day or community"));
    QTest::keyClicks(dialog->priceEdit()->lineEdit(), QStringLiteral("30"));
    QTest::keyClicks(dialog->quantityEdit()->lineEdit(), QStringLiteral("4"));
    choose(dialog->frequencyCombo(), QStringLiteral("a year"));
    choose(dialog->routeCombo(), QStringLiteral("The council"));
    const int key = dialog->itemKey();
    QTest::mouseClick(dialog->mainButton(), Qt::LeftButton);
    QTRY_VERIFY(!step.itemDialog());
    QCOMPARE(session->plan().item(key)->route, Route::CouncilManaged);
    QCOMPARE(session->totals().item(key)->yearly(), Money::fromPence(12000)); // £30 × 4
    QCOMPARE(
        step.model()
            ->data(step.model()->index(step.model()->rowOfKey(key), ui::SupportItemsModel::PaidBy))
            .toString(),
        QStringLiteral("Council-managed"));
}

void TestSupportStep::budgetWithTwoSourcesAsksWhichPays()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Sam Patel")));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    step.addSupport();
    ui::SupportItemDialog* dialog = step.itemDialog();
    QVERIFY(dialog->paidFromCombo());
    QCOMPARE(dialog->paidFromCombo()->count(), 2);
    QTest::keyClicks(dialog->whatEdit(), QStringLiteral("Travel to work"));
    choose(dialog->typeCombo(), QStringLiteral("Transport"));
    QTest::keyClicks(dialog->priceEdit()->lineEdit(), QStringLiteral("8"));
    QTest::keyClicks(dialog->quantityEdit()->lineEdit(), QStringLiteral("5"));
    choose(dialog->paidFromCombo(), QStringLiteral("Access to Work"));
    const int key = dialog->itemKey();
    QTest::mouseClick(dialog->mainButton(), Qt::LeftButton);
    QTRY_VERIFY(!step.itemDialog());
    QCOMPARE(session->plan().item(key)->paidFrom, FundingSource::AccessToWork);
}

void TestSupportStep::calculatorShowsTheBreakdown()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::SupportStep step(fixture.session());
    const RateTable& rates = fixture.session()->rates();
    QTest::mouseClick(step.calculatorButton(), Qt::LeftButton);
    ui::PersonalAssistantCalculator* calculator = step.calculator();
    QVERIFY(calculator);
    // The pay starts at the legal minimum.
    QCOMPARE(calculator->hourlyWage(), std::optional<Money>(rates.nationalLivingWage));

    QTest::keyClicks(calculator->hoursEdit()->lineEdit(), QStringLiteral("16"));
    retype(calculator->wageEdit()->lineEdit(), QStringLiteral("13.00"));

    const PersonalAssistantCost expected =
        PersonalAssistantCost::calculate(1600, Money::fromPence(1300), rates);
    auto* model = calculator->costView()->model();
    QCOMPARE(model->rowCount(), expected.lines().size());
    auto yearly = [&](PersonalAssistantCost::LineKind kind) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, ui::PersonalAssistantCostModel::What)).toString()
                    == expected.lines().at(row).label
                && expected.lines().at(row).kind == kind) {
                return model->data(model->index(row, ui::PersonalAssistantCostModel::Yearly))
                    .toString();
            }
        }
        return QString();
    };
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto& line = expected.lines().at(row);
        QCOMPARE(model->data(model->index(row, ui::PersonalAssistantCostModel::What)).toString(),
            line.label);
        QCOMPARE(
            model->data(model->index(row, ui::PersonalAssistantCostModel::HowWorkedOut)).toString(),
            line.howWorkedOut);
        QCOMPARE(model->data(model->index(row, ui::PersonalAssistantCostModel::Yearly)).toString(),
            MoneyFormatter().format(line.yearly, MoneyFormatter::Pence::Always));
    }
    // By hand, with the 2026/27 rates (holiday 12.07%, employer NI 15% above
    // £5,000, pension 3% of pay above £6,240):
    //   wages    16 h × £13.00 = £208 a week; × 52 = £10,816.00
    //   holiday  12.07% × £10,816 = £1,305.4912 -> £1,305.49
    //   NI       pay £10,816 + £1,305.49 = £12,121.49; (£12,121.49 − £5,000) × 15%
    //            = £1,068.2235 -> £1,068.22
    //   pension  (£12,121.49 − £6,240) × 3% = £176.4447 -> £176.44
    QCOMPARE(rates.holidayAccrualBasisPoints, 1207);
    QCOMPARE(rates.employerNiBasisPoints, 1500);
    QCOMPARE(yearly(PersonalAssistantCost::LineKind::Wages), QStringLiteral("£10,816.00"));
    QCOMPARE(yearly(PersonalAssistantCost::LineKind::HolidayPay), QStringLiteral("£1,305.49"));
    QCOMPARE(yearly(PersonalAssistantCost::LineKind::EmployerNationalInsurance),
        QStringLiteral("£1,068.22"));
    QCOMPARE(yearly(PersonalAssistantCost::LineKind::Pension), QStringLiteral("£176.44"));

    const QString totals = calculator->costView()->totalsText();
    QVERIFY2(totals.contains(MoneyFormatter().format(
                 expected.yearly(), Period::Year, MoneyFormatter::Pence::Always)),
        qPrintable(totals));
    QVERIFY(totals.contains(
        MoneyFormatter().format(expected.weekly(), Period::Week, MoneyFormatter::Pence::Always)));
    QVERIFY(totals.contains(
        MoneyFormatter().format(expected.monthly(), Period::Month, MoneyFormatter::Pence::Always)));
    // The rates' date and where they come from.
    QVERIFY(calculator->costView()->ratesText().contains(
        QLocale().toString(rates.ratesAsOf, QStringLiteral("d MMMM yyyy"))));
    QVERIFY(
        calculator->costView()->ratesText().contains(rates.sources.first().title.toHtmlEscaped()));

    // The Employment Allowance (£10,500) more than covers £1,068.22 of NI.
    tick(calculator->allowanceBox());
    QCOMPARE(yearly(PersonalAssistantCost::LineKind::EmployerNationalInsurance),
        QStringLiteral("£0.00"));
    calculator->reject();
}

void TestSupportStep::calculatorWarnsBelowTheMinimumWage()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::SupportStep step(fixture.session());
    step.openCalculator();
    ui::PersonalAssistantCalculator* calculator = step.calculator();
    QVERIFY(calculator->wageWarning()->isHidden());
    QTest::keyClicks(calculator->hoursEdit()->lineEdit(), QStringLiteral("10"));
    retype(calculator->wageEdit()->lineEdit(), QStringLiteral("11"));
    QVERIFY(!calculator->wageWarning()->isHidden());
    QVERIFY(calculator->wageWarning()->text().contains(MoneyFormatter().format(
        fixture.session()->rates().nationalLivingWage, MoneyFormatter::Pence::Always)));
    // A warning, not a refusal: the costing is still shown.
    QCOMPARE(calculator->costView()->model()->rowCount(), 7);
    retype(calculator->wageEdit()->lineEdit(), QStringLiteral("12.71"));
    QVERIFY(calculator->wageWarning()->isHidden());
    calculator->reject();
}

void TestSupportStep::calculatorAddsTheAssistant()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    step.openCalculator();
    ui::PersonalAssistantCalculator* calculator = step.calculator();
    QTest::keyClicks(calculator->hoursEdit()->lineEdit(), QStringLiteral("16"));
    retype(calculator->wageEdit()->lineEdit(), QStringLiteral("13"));
    QCOMPARE(
        calculator->mainButton()->text(), QStringLiteral("Add this personal assistant to my plan"));
    QTest::mouseClick(calculator->mainButton(), Qt::LeftButton);

    // The add dialog follows, filled in, so the person can say who it is.
    QTRY_VERIFY(step.itemDialog());
    ui::SupportItemDialog* dialog = step.itemDialog();
    QCOMPARE(dialog->typeCombo()->currentData().toInt(), int(SupportType::PersonalAssistant));
    QCOMPARE(dialog->quantityEdit()->hundredths(), std::optional<int>(1600));
    QCOMPARE(dialog->priceEdit()->amount(), std::optional<Money>(Money::fromPence(1300)));
    QVERIFY(dialog->employmentCostsBox()->isChecked());
    const PersonalAssistantCost expected =
        PersonalAssistantCost::calculate(1600, Money::fromPence(1300), session->rates());
    QCOMPARE(dialog->costView()->model()->rowCount(), expected.lines().size());
    QCOMPARE(dialog->costLine()->text(),
        QStringLiteral("This costs %1 a week, %2 a year, with the costs of employing them.")
            .arg(MoneyFormatter().format(convert(expected.yearly(), Period::Year, Period::Week)),
                MoneyFormatter().format(expected.yearly())));
    QTest::keyClicks(dialog->providerEdit(), QStringLiteral("Priya Shah"));
    const int key = dialog->itemKey();
    QTest::mouseClick(dialog->mainButton(), Qt::LeftButton);
    QTRY_VERIFY(!step.itemDialog());

    const SupportItem* added = session->plan().item(key);
    QVERIFY(added);
    QCOMPARE(added->type, SupportType::PersonalAssistant);
    QCOMPARE(added->what, QStringLiteral("Personal assistant"));
    QCOMPARE(added->provider, QStringLiteral("Priya Shah"));
    QCOMPARE(added->quantityHundredths, 1600);
    QCOMPARE(added->frequency, Period::Week);
    QVERIFY(added->includeEmploymentCosts);
    QCOMPARE(session->totals().plannedYearly(), expected.yearly());
    QCOMPARE(session->undoStack()->count(), 1);
    session->undoStack()->undo();
    QVERIFY(session->plan().items.isEmpty());
}

void TestSupportStep::emergencyPlanSavedAndUndonePerField()
{
    test::SessionFixture fixture(QStringLiteral("Jo"));
    ui::PlanSession* session = fixture.session();
    {
        ui::SupportStep step(session);
        QTest::keyClicks(step.emergencyWhatEdit(), QStringLiteral("If Sam is ill, Mum comes."));
        QTest::keyClicks(step.emergencyContactEdit(), QStringLiteral("Mum"));
        QTest::keyClicks(step.emergencyPhoneEdit(), QStringLiteral("07700 900111"));
        QCOMPARE(session->plan().emergency.whatToDo, QStringLiteral("If Sam is ill, Mum comes."));
        QCOMPARE(session->plan().emergency.contactName, QStringLiteral("Mum"));
        QCOMPARE(session->plan().emergency.contactPhone, QStringLiteral("07700 900111"));
        QCOMPARE(session->undoStack()->count(), 3); // one step per field, not per letter

        session->undoStack()->undo();
        QCOMPARE(session->plan().emergency.contactPhone, QString());
        QCOMPARE(step.emergencyPhoneEdit()->text(), QString());
        QCOMPARE(step.emergencyContactEdit()->text(), QStringLiteral("Mum"));
        session->undoStack()->undo();
        QCOMPARE(step.emergencyContactEdit()->text(), QString());
        session->undoStack()->undo();
        QCOMPARE(step.emergencyWhatEdit()->toPlainText(), QString());
        QVERIFY(session->plan().emergency.isEmpty());
        session->undoStack()->redo();
        session->undoStack()->redo();
        QCOMPARE(step.emergencyContactEdit()->text(), QStringLiteral("Mum"));
    }
    fixture.reopen();
    QCOMPARE(
        fixture.session()->plan().emergency.whatToDo, QStringLiteral("If Sam is ill, Mum comes."));
    QCOMPARE(fixture.session()->plan().emergency.contactName, QStringLiteral("Mum"));
    QCOMPARE(fixture.session()->plan().emergency.contactPhone, QString());
}

void TestSupportStep::reopeningShowsEverything()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    int key = 0;
    {
        ui::SupportStep step(fixture.session());
        step.addSupport();
        ui::SupportItemDialog* dialog = step.itemDialog();
        key = dialog->itemKey();
        QTest::keyClicks(dialog->whatEdit(), QStringLiteral("Help with cooking"));
        choose(dialog->typeCombo(), QStringLiteral("Personal assistant"));
        QTest::keyClicks(dialog->providerEdit(), QStringLiteral("Farida Khan"));
        retype(dialog->priceEdit()->lineEdit(), QStringLiteral("12.71"));
        QTest::keyClicks(dialog->quantityEdit()->lineEdit(), QStringLiteral("7.5"));
        tick(dialog->outcomeBoxes().at(1));
        tick(dialog->relativeBox());
        tick(dialog->councilAgreedBox());
        QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Agreed by Kim on 2 May"));
        QTest::mouseClick(dialog->mainButton(), Qt::LeftButton);
        QTRY_VERIFY(!step.itemDialog());
        QVERIFY(fixture.session()->plan().item(key));
    }
    const SupportItem saved = *fixture.session()->plan().item(key);
    QCOMPARE(saved.quantityHundredths, 750);
    QVERIFY(saved.paidToCloseRelativeInHousehold);
    QVERIFY(saved.councilAgreedRelativePayment);

    fixture.reopen();
    QCOMPARE(*fixture.session()->plan().item(key), saved);
    ui::SupportStep step(fixture.session());
    const int row = step.model()->rowOfKey(key);
    QVERIFY(row >= 0);
    QCOMPARE(
        step.model()->data(step.model()->index(row, ui::SupportItemsModel::HowOften)).toString(),
        QStringLiteral("7.5 hours a week"));
    clickRow(step.table(), row);
    step.changeSelected();
    ui::SupportItemDialog* dialog = step.itemDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->whatEdit()->text(), QStringLiteral("Help with cooking"));
    QCOMPARE(dialog->providerEdit()->text(), QStringLiteral("Farida Khan"));
    QCOMPARE(dialog->quantityEdit()->lineEdit()->text(), QStringLiteral("7.5"));
    QCOMPARE(dialog->priceEdit()->amount(), std::optional<Money>(Money::fromPence(1271)));
    QVERIFY(!dialog->outcomeBoxes().at(0)->isChecked());
    QVERIFY(dialog->outcomeBoxes().at(1)->isChecked());
    QVERIFY(dialog->relativeBox()->isChecked());
    QVERIFY(dialog->councilAgreedBox()->isChecked());
    QCOMPARE(dialog->notesEdit()->toPlainText(), QStringLiteral("Agreed by Kim on 2 May"));
    dialog->reject();
}

void TestSupportStep::frozenPlanRefusesEdits()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Harold Pritchard")));
    ui::PlanSession* session = fixture.session();
    QVERIFY(session->isFrozen());
    ui::SupportStep step(session);
    step.setEditable(!session->isFrozen()); // as the plan page does
    const Plan before = session->plan();

    QVERIFY(!step.addButton()->isEnabled());
    clickRow(step.table(), 0);
    QVERIFY(step.selectedKey() != 0); // still readable and choosable
    QVERIFY(!step.removeButton()->isEnabled());
    QTest::keyClick(step.table(), Qt::Key_Delete);
    QTest::keyClick(step.table(), Qt::Key_Insert);
    QVERIFY(!step.itemDialog());
    QCOMPARE(session->plan(), before);

    QCOMPARE(step.changeButton()->text(), QStringLiteral("See details"));
    QTest::keyClick(step.table(), Qt::Key_Return);
    ui::SupportItemDialog* dialog = step.itemDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->whatEdit()->isReadOnly());
    QVERIFY(!dialog->typeCombo()->isEnabled());
    QVERIFY(dialog->mainButton()->isHidden());
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));
    QTest::keyClicks(dialog->whatEdit(), QStringLiteral("x"));
    dialog->accept();
    QTRY_VERIFY(!step.itemDialog());
    QCOMPARE(session->plan(), before);

    QVERIFY(step.emergencyWhatEdit()->isReadOnly());
    QVERIFY(step.emergencyContactEdit()->isReadOnly());
    QTest::keyClicks(step.emergencyContactEdit(), QStringLiteral("Someone else"));
    QTest::keyClicks(step.emergencyWhatEdit(), QStringLiteral("Something else"));
    QCOMPARE(session->plan(), before);
    QCOMPARE(session->undoStack()->count(), 0);

    // The calculator still works, but adds nothing.
    step.openCalculator();
    QVERIFY(step.calculator());
    QVERIFY(step.calculator()->mainButton()->isHidden());
    step.calculator()->reject();
}

void TestSupportStep::showTargetSelectsTheItem()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::SupportStep step(fixture.session());
    QVERIFY(step.handles(FindingTarget::SupportItem));
    QVERIFY(step.handles(FindingTarget::EmergencyPlan));
    QVERIFY(!step.handles(FindingTarget::Budget));
    const int key = fixture.session()->plan().items.last().key;
    step.showTarget(FindingTarget::SupportItem, key);
    QCOMPARE(step.selectedKey(), key);
    QVERIFY(step.changeButton()->isEnabled());
}

void TestSupportStep::modelsPassTheModelTester()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::PlanSession* session = fixture.session();
    ui::SupportStep step(session);
    QAbstractItemModelTester tester(
        step.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Changes that reset the model and that only change its data.
    clickRow(step.table(), 1);
    step.removeSelected();
    session->undoStack()->undo();
    session->undoStack()->redo();
    session->undoStack()->undo();
    SupportItem changed = session->plan().items.first();
    changed.what = QStringLiteral("Changed");
    session->undoStack()->push(
        new ui::EditSupportItemCommand(session, session->plan().items.first(), changed, {}));
    QCOMPARE(step.model()->data(step.model()->index(0, 0)).toString(), QStringLiteral("Changed"));

    ui::PersonalAssistantCostModel costModel;
    QAbstractItemModelTester costTester(
        &costModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    costModel.show(
        PersonalAssistantCost::calculate(1000, Money::fromPence(1271), session->rates()));
    costModel.show(
        PersonalAssistantCost::calculate(2000, Money::fromPence(1400), session->rates()));
    costModel.clear();
    QCOMPARE(costModel.rowCount(), 0);
}

void TestSupportStep::accessibleNames()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Tom Evans")));
    ui::SupportStep step(fixture.session());
    clickRow(step.table(), 0);
    checkAccessibleNames(&step, 8);

    step.addSupport();
    ui::SupportItemDialog* dialog = step.itemDialog();
    choose(dialog->typeCombo(), QStringLiteral("Personal assistant")); // shows every question
    checkAccessibleNames(dialog, 14);
    dialog->reject();
    QTRY_VERIFY(!step.itemDialog());

    step.openCalculator();
    checkAccessibleNames(step.calculator(), 5);
    step.calculator()->reject();
}

void TestSupportStep::dialogTabOrderFollowsReadingOrder()
{
    test::SessionFixture fixture(demoPerson(QStringLiteral("Aisha Khan")));
    ui::SupportStep step(fixture.session());
    step.addSupport();
    ui::SupportItemDialog* dialog = step.itemDialog();
    choose(dialog->typeCombo(), QStringLiteral("Personal assistant"));
    // The order Tab follows: the focus chain, skipping what can't take focus.
    QList<QWidget*> order;
    QWidget* w = dialog->whatEdit();
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dialog) && w->isEnabled()) {
            order.append(w);
        }
        w = w->nextInFocusChain();
    } while (w != dialog->whatEdit());
    const QList<QWidget*> reading {dialog->whatEdit(), dialog->typeCombo(), dialog->providerEdit(),
        dialog->priceEdit()->lineEdit(), dialog->quantityEdit()->lineEdit(),
        dialog->frequencyCombo(), dialog->employmentCostsBox(), dialog->calculatorButton(),
        dialog->outcomeBoxes().first(), dialog->outcomeBoxes().last(), dialog->relativeBox(),
        dialog->notesEdit(), dialog->mainButton()};
    int last = -1;
    for (QWidget* expected : reading) {
        const int at = int(order.indexOf(expected));
        QVERIFY2(at > last, expected->accessibleName().toUtf8().constData());
        last = at;
    }
    dialog->reject();
}

QTEST_MAIN(TestSupportStep)
#include "test_supportstep.moc"
