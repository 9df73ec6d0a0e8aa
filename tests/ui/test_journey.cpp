// The whole journey of issue 4, end to end, in a real main window: a new
// person added from the caseload, through the seven steps in order to an
// agreed plan, then the window closed and the file opened again.
//
// newPersonToAgreedPlan() drives it as a person with a mouse and keyboard
// would: clicks on the real buttons, fields, lists and dialogs, found by
// their accessible names (so a widget a screen reader can't name fails).
// keyboardOnlyJourney() does a shorter journey with key events alone, sent
// to whatever has the focus, and checks where the focus is after each one
// (so lost focus, an unreachable control or a wrong tab order fails).
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "document/planoutput.h"
#include "mainwindow.h"
#include "model/modellabels.h"
#include "plan/planpage.h"
#include "plan/plansession.h"
#include "plan/steps/agree/planoutputpanel.h"
#include "plan/steps/agreestep.h"
#include "plan/steps/budgetstep.h"
#include "plan/steps/check/findingbutton.h"
#include "plan/steps/checkstep.h"
#include "plan/steps/moneymanagementstep.h"
#include "plan/steps/outcomesstep.h"
#include "plan/steps/support/supportitemsmodel.h"
#include "plan/steps/supportstep.h"
#include "storage/database.h"
#include "widgets/runningtotal.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace pb;

namespace {

// The one widget of type W under `root` whose accessible name is
// `accessibleName`, preferring the visible ones (the steps not shown hold
// widgets of the same names). Fails the test when there is none, or when
// the name is ambiguous; the caller then returns (see FIND).
template <class W> W* named(QWidget* root, const QString& accessibleName)
{
    if (root == nullptr) {
        QTest::qFail(
            qPrintable(QStringLiteral("no window to look for \"%1\" in").arg(accessibleName)),
            __FILE__, __LINE__);
        return nullptr;
    }
    QList<W*> all;
    QList<W*> visible;
    for (W* w : root->findChildren<W*>()) {
        if (w->accessibleName() == accessibleName) {
            all.append(w);
            if (w->isVisible()) {
                visible.append(w);
            }
        }
    }
    const QList<W*>& found = visible.isEmpty() ? all : visible;
    if (found.size() != 1) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 %2 called \"%3\" in %4")
                           .arg(found.isEmpty() ? QStringLiteral("no") : QStringLiteral("several"),
                               QString::fromLatin1(W::staticMetaObject.className()), accessibleName,
                               QString::fromLatin1(root->metaObject()->className()))),
            __FILE__, __LINE__);
        return nullptr;
    }
    return found.first();
}

// Finds a widget by its accessible name, or ends the test function (named()
// has already said why it failed).
#define FIND(var, Type, root, name)                                                                \
    Type* var = named<Type>(root, name);                                                           \
    if (var == nullptr)                                                                            \
    return

template <typename Step> int indexOf(const ui::PlanPage* page)
{
    for (int i = 0; i < page->stepCount(); ++i) {
        if (qobject_cast<Step*>(page->step(i))) {
            return i;
        }
    }
    return -1;
}

// Runs `drive` on the modal dialog a button is about to open with exec(),
// once its event loop runs. When `drive` fails the test, the dialog is
// closed, so the test ends instead of waiting for ever.
void whenDialogOpens(const std::function<void(QWidget*)>& drive)
{
    QTimer::singleShot(0, qApp, [drive] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog == nullptr) {
            QTest::qFail("no dialog opened", __FILE__, __LINE__);
            return;
        }
        // Shown, but given the focus a moment later (as on a desktop).
        if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; })) {
            QTest::qFail("the dialog never became the active window", __FILE__, __LINE__);
        } else {
            drive(dialog);
        }
        if (QTest::currentTestFailed()) {
            if (auto* d = qobject_cast<QDialog*>(dialog)) {
                d->reject();
            }
        }
    });
}

// A person's clicks come with the event loop running in between: queued
// updates arrive, and a closed dialog put away with deleteLater() goes.
void settle()
{
    QTest::qWait(0);
}

void click(QWidget* widget)
{
    QTest::mouseClick(widget, Qt::LeftButton);
    settle();
}

// Clicks a tick box or a round choice on its box, as a person does (the
// middle of a wide one may be beyond its words).
void clickBox(QAbstractButton* box)
{
    QTest::mouseClick(
        box, Qt::LeftButton, {}, QPoint(std::min(8, box->width() / 2), box->height() / 2));
    settle();
}

// Clicks into a field and types, as a person does.
void typeInto(QWidget* field, const QString& text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, text);
    settle();
}

// Opens a drop-down list with the mouse and clicks the entry `text`.
void chooseFromList(QComboBox* combo, const QString& text)
{
    const int row = combo->findText(text);
    QVERIFY2(row >= 0, qPrintable(text));
    click(combo);
    QAbstractItemView* list = combo->view();
    QTRY_VERIFY(list->isVisible());
    // The list ignores a click that comes as fast as a double click after
    // it opened (that would be the opening click's own release).
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QModelIndex index = list->model()->index(row, combo->modelColumn());
    list->scrollTo(index);
    const QRect rect = list->visualRect(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(combo->currentText(), text);
    // The list was a window of its own; with no window manager here to do
    // it, give the activation back to the combo box's window.
    combo->window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), combo->window());
}

// After a dialog closes, the window manager gives the window under it back
// its activation (and so the focus); the offscreen platform has no window
// manager, so this stands in for it.
void giveBackActivation(QWidget* window)
{
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    window->activateWindow();
    QVERIFY(QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }));
}

ui::FindingButton* findingButton(QWidget* root, const QString& code)
{
    for (ui::FindingButton* button : root->findChildren<ui::FindingButton*>()) {
        if (button->isVisible() && button->finding().code == code) {
            return button;
        }
    }
    return nullptr;
}

bool hasFinding(const ui::PlanSession* session, const QString& code)
{
    const auto& findings = session->findings();
    return std::any_of(
        findings.cbegin(), findings.cend(), [&code](const Finding& f) { return f.code == code; });
}

// --- Keys only. Each key goes to the widget with the focus, as from a
// keyboard. Every helper first checks that the focus is on a visible,
// enabled widget (so lost focus fails at once); when a helper fails the
// test, the caller returns (see STEP).

QString describe(const QWidget* w)
{
    return w == nullptr
        ? QStringLiteral("nothing")
        : QStringLiteral("%1 \"%2\"")
              .arg(QString::fromLatin1(w->metaObject()->className()), w->accessibleName());
}

// The focus is on a widget someone can see and use.
void expectUsableFocus()
{
    QWidget* f = QApplication::focusWidget();
    QVERIFY2(f != nullptr, "the focus is lost");
    QVERIFY2(f->isVisible(), qPrintable(describe(f) + QStringLiteral(" has the focus, hidden")));
    QVERIFY2(f->isEnabled(), qPrintable(describe(f) + QStringLiteral(" has the focus, disabled")));
    QVERIFY2(f->window()->isActiveWindow(),
        qPrintable(describe(f) + QStringLiteral(" is in a window in the background")));
}

// The focus is on the widget called `name`, in `within`.
void expectFocus(QWidget* within, const QString& name)
{
    expectUsableFocus();
    if (QTest::currentTestFailed()) {
        return;
    }
    QWidget* f = QApplication::focusWidget();
    QVERIFY2(f->accessibleName() == name,
        qPrintable(QStringLiteral("the focus is on %1, not \"%2\"").arg(describe(f), name)));
    QVERIFY2(within->isAncestorOf(f), qPrintable(describe(f) + QStringLiteral(" is elsewhere")));
}

// The focus is somewhere in `area`.
void expectFocusIn(QWidget* area)
{
    expectUsableFocus();
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY2(area->isAncestorOf(QApplication::focusWidget()),
        qPrintable(
            QStringLiteral("the focus is on %1").arg(describe(QApplication::focusWidget()))));
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    expectUsableFocus();
    if (QTest::currentTestFailed()) {
        return;
    }
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    settle();
}

void type(const QString& text)
{
    expectUsableFocus();
    if (QTest::currentTestFailed()) {
        return;
    }
    QTest::keyClicks(QApplication::focusWidget(), text);
    settle();
}

// Tab (or Shift+Tab) until the focus is on `name`, at most `presses` times;
// every stop on the way must be usable too.
void tabTo(const QString& name, int presses, Qt::Key key = Qt::Key_Tab)
{
    QStringList stops;
    for (int i = 0; i < presses; ++i) {
        press(key);
        if (QTest::currentTestFailed()) {
            return;
        }
        QWidget* f = QApplication::focusWidget();
        if (f->accessibleName() == name) {
            return;
        }
        stops.append(describe(f));
    }
    QTest::qFail(qPrintable(QStringLiteral("\"%1\" not reached in %2 presses; went to %3")
                                .arg(name)
                                .arg(presses)
                                .arg(stops.join(QStringLiteral(", ")))),
        __FILE__, __LINE__);
}

// The dialog a key has just opened with open(), once it has the focus.
QWidget* openedDialog()
{
    QWidget* d = nullptr;
    if (!QTest::qWaitFor([&d] { return (d = QApplication::activeModalWidget()) != nullptr; })) {
        QTest::qFail("no dialog opened", __FILE__, __LINE__);
        return nullptr;
    }
    if (!QTest::qWaitFor([d] { return QApplication::activeWindow() == d; })) {
        QTest::qFail("the dialog never got the focus", __FILE__, __LINE__);
    }
    return d;
}

// Runs one step done by a helper, and ends the test function when it failed.
#define STEP(step)                                                                                 \
    step;                                                                                          \
    if (QTest::currentTestFailed())                                                                \
    return

} // namespace

class TestJourney : public QObject {
    Q_OBJECT
private slots:
    void newPersonToAgreedPlan();
    void keyboardOnlyJourney();
};

void TestJourney::newPersonToAgreedPlan()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("caseload.pbdb"));
    {
        auto made = Database::create(path);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    }

    const QString name = QStringLiteral("Maya Patel");
    const QStringList words {
        QStringLiteral("I want to go swimming every week with a friend"),
        QStringLiteral("I want to be up and dressed by nine, so I get to college on time"),
        QStringLiteral("I want to see my cousins more"),
    };
    const QStringList howIWillKnow {
        QStringLiteral("I have been swimming most weeks"),
        QStringLiteral("I am at college on time every day"),
        QStringLiteral("I see them at least twice a month"),
    };
    const QList<LifeArea> areas {
        LifeArea::ThingsIDo, LifeArea::PersonalCare, LifeArea::PeopleAndCommunity};
    QString runningTotalAtTheEnd;

    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.caseloadPage()->isVisible()); // an empty file: the caseload, no plan
        QCOMPARE(window.caseloadPage()->visibleRows(), 0);

        // --- Add a person from the caseload.
        FIND(addPerson, QPushButton, &window, QStringLiteral("Add a person"));
        whenDialogOpens([&name](QWidget* dialog) {
            FIND(nameField, QLineEdit, dialog, QStringLiteral("Their name"));
            typeInto(nameField, name);
            FIND(add, QPushButton, dialog, QStringLiteral("Add this person"));
            click(add);
        });
        click(addPerson);
        QVERIFY(!QTest::currentTestFailed());
        STEP(giveBackActivation(&window));
        QVERIFY(window.session());
        ui::PlanSession* session = window.session();
        ui::PlanPage* page = window.planPage();
        QVERIFY(page->isVisible()); // straight into their new plan
        QCOMPARE(session->person().name, name);
        QCOMPARE(session->plan().status, PlanStatus::Draft);
        QCOMPARE(page->currentStep(), 0);
        QTRY_COMPARE(window.caseloadPage()->model()->rowCount(), 1);

        FIND(next, QPushButton, &window, QStringLiteral("Next step"));
        ui::RunningTotal* total = page->runningTotal();

        // --- 1. About me.
        FIND(nameOnPage, QLineEdit, &window, QStringLiteral("My name"));
        QCOMPARE(nameOnPage->text(), name);
        FIND(helper, QLineEdit, &window, QStringLiteral("Who helps me with this plan"));
        typeInto(helper, QStringLiteral("Ravi Patel, my brother"));
        FIND(phone, QLineEdit, &window, QStringLiteral("Phone"));
        typeInto(phone, QStringLiteral("07700 900123"));
        FIND(language, QLineEdit, &window, QStringLiteral("The language I prefer"));
        typeInto(language, QStringLiteral("Gujarati"));
        FIND(easyRead, QCheckBox, &window, QStringLiteral("I would like easy-read"));
        clickBox(easyRead);
        QVERIFY(easyRead->isChecked());
        QCOMPARE(session->person().helperName, QStringLiteral("Ravi Patel, my brother"));
        QCOMPARE(session->person().phone, QStringLiteral("07700 900123"));
        QCOMPARE(session->person().preferredLanguage, QStringLiteral("Gujarati"));
        QVERIFY(session->person().wantsEasyRead);
        QCOMPARE(total->summary(),
            QStringLiteral("Budget: not set yet. Planned: £0 a year. Add your budget to see what "
                           "is left"));

        click(next);
        QCOMPARE(page->currentStep(), indexOf<ui::BudgetStep>(page));
        QCOMPARE(page->currentStep(), 1);

        // --- 2. My budget: "I know my amount", £250 a week, not agreed yet.
        FIND(knowAmount, QRadioButton, &window,
            QStringLiteral("I know my amount (the council gave me a figure)"));
        clickBox(knowAmount);
        QVERIFY(knowAmount->isChecked());
        FIND(amount, QLineEdit, &window, QStringLiteral("Your budget"));
        typeInto(amount, QStringLiteral("250"));
        FIND(period, QComboBox, &window, QStringLiteral("How often you get this amount"));
        STEP(chooseFromList(period, QStringLiteral("Week")));
        FIND(indicative, QRadioButton, &window,
            QStringLiteral(
                "Not yet: this is the council's first estimate (the indicative budget)"));
        clickBox(indicative);
        QVERIFY(indicative->isChecked());
        const Budget& budget = session->plan().budget;
        QCOMPARE(budget.source, BudgetSource::Entered);
        QCOMPARE(budget.indicative, std::optional<Money>(Money::fromPence(25000)));
        QVERIFY(!budget.agreed);
        QCOMPARE(budget.period, Period::Week);
        // Nothing planned yet: all of the £250 is left.
        QCOMPARE(total->summary(),
            QStringLiteral("Budget: £250 a week. Planned: £0 a week. Left over: £250 a week"));

        click(next);
        QCOMPARE(page->currentStep(), indexOf<ui::OutcomesStep>(page));

        // --- 3. What matters to me: three outcomes, in her words, all top three.
        FIND(addOutcome, QPushButton, &window, QStringLiteral("Add an outcome"));
        for (int i = 0; i < 3; ++i) {
            click(addOutcome);
            const QString n = QString::number(i + 1);
            FIND(outcomeWords, QPlainTextEdit, &window,
                QStringLiteral("Outcome %1, in my own words").arg(n));
            QTRY_VERIFY(outcomeWords->hasFocus()); // ready to type in at once
            QTest::keyClicks(outcomeWords, words[i]);
            FIND(area, QComboBox, &window,
                QStringLiteral("Outcome %1, which part of my life it is about").arg(n));
            STEP(chooseFromList(area, ModelLabels::lifeArea(areas[i])));
            FIND(how, QPlainTextEdit, &window,
                QStringLiteral("Outcome %1, how I will know it is working").arg(n));
            typeInto(how, howIWillKnow[i]);
            FIND(top, QCheckBox, &window,
                QStringLiteral("Outcome %1 is one of my three most important").arg(n));
            clickBox(top);
            QVERIFY(top->isChecked());
        }
        QCOMPARE(session->plan().outcomes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const Outcome& o = session->plan().outcomes[i];
            QCOMPARE(o.text, words[i]);
            QCOMPARE(o.lifeArea, areas[i]);
            QCOMPARE(o.howIWillKnow, howIWillKnow[i]);
            QVERIFY(o.topThree);
        }
        FIND(topThreeLine, QLabel, &window,
            QStringLiteral("You have picked 3 of 3 most important outcomes."));
        QVERIFY(topThreeLine->isVisible());

        click(next);
        QCOMPARE(page->currentStep(), indexOf<ui::MoneyManagementStep>(page));

        // --- 4. How my money is managed: money paid to her (direct payment).
        FIND(direct, QRadioButton, &window,
            ModelLabels::deployment(DeploymentChoice::DirectPayment));
        clickBox(direct);
        QVERIFY(direct->isChecked());
        QCOMPARE(session->plan().deployment.choice, DeploymentChoice::DirectPayment);

        click(next);
        QCOMPARE(page->currentStep(), indexOf<ui::SupportStep>(page));

        // --- 5. My support: a personal assistant, swimming, and her cousins (unpaid).
        FIND(addSupport, QPushButton, &window, QStringLiteral("Add support"));
        const auto addItem = [&](const QString& what, SupportType type, const QString& whoLabel,
                                 const QString& who, const QString& priceLabel,
                                 const QString& price, const QString& quantityLabel,
                                 const QString& quantity, const QString& outcome) {
            click(addSupport);
            QTRY_VERIFY(QApplication::activeModalWidget());
            QWidget* dialog = QApplication::activeModalWidget();
            FIND(whatField, QLineEdit, dialog, QStringLiteral("What is it?"));
            QTRY_VERIFY(whatField->hasFocus()); // once the dialog is active
            typeInto(whatField, what);
            FIND(kind, QComboBox, dialog, QStringLiteral("What kind of support is it?"));
            STEP(chooseFromList(kind, ModelLabels::supportType(type)));
            FIND(provider, QLineEdit, dialog, whoLabel);
            typeInto(provider, who);
            if (!priceLabel.isEmpty()) {
                FIND(priceField, QLineEdit, dialog, priceLabel);
                typeInto(priceField, price);
                FIND(quantityField, QLineEdit, dialog, quantityLabel);
                typeInto(quantityField, quantity);
                FIND(often, QComboBox, dialog, QStringLiteral("How often"));
                QCOMPARE(often->currentText(), QStringLiteral("a week"));
            }
            FIND(helps, QCheckBox, dialog, outcome);
            clickBox(helps);
            QVERIFY(helps->isChecked());
            FIND(addThis, QPushButton, dialog, QStringLiteral("Add this support"));
            click(addThis);
            STEP(giveBackActivation(&window));
            FIND(table, QTableView, &window, QStringLiteral("The support in my plan"));
            // Back on the list, with the new support chosen (it is the last).
            QVERIFY(table->hasFocus());
            QCOMPARE(table->currentIndex().row(), table->model()->rowCount() - 1);
        };
        addItem(QStringLiteral("Help to get up and ready for college"),
            SupportType::PersonalAssistant, QStringLiteral("Your assistant's name"),
            QStringLiteral("Jo"), QStringLiteral("Pay an hour (hourly wage), in pounds"),
            QStringLiteral("13"), QStringLiteral("Hours"), QStringLiteral("13"), words[1]);
        QVERIFY(!QTest::currentTestFailed());
        addItem(QStringLiteral("Swimming at the leisure centre"), SupportType::Leisure,
            QStringLiteral("Who gives it?"), QStringLiteral("Riverside leisure centre"),
            QStringLiteral("Price for each one, in pounds"), QStringLiteral("10"),
            QStringLiteral("How many"), QStringLiteral("2"), words[0]);
        QVERIFY(!QTest::currentTestFailed());
        addItem(QStringLiteral("Days out with my cousins"), SupportType::Unpaid,
            QStringLiteral("Who helps?"), QStringLiteral("My cousins"), QString(), QString(),
            QString(), QString(), words[2]);
        QVERIFY(!QTest::currentTestFailed());

        const Plan& plan = session->plan();
        QCOMPARE(plan.items.size(), 3);
        QCOMPARE(plan.items[0].type, SupportType::PersonalAssistant);
        QCOMPARE(plan.items[0].quantityHundredths, 1300);
        QCOMPARE(plan.items[0].unitPrice, Money::fromPence(1300));
        QVERIFY(plan.items[0].includeEmploymentCosts);
        QCOMPARE(plan.items[0].route, Route::DirectPayment);
        QCOMPARE(plan.items[2].type, SupportType::Unpaid);
        QVERIFY(plan.items[2].costsNothing());

        // The figures by hand, from resources/rates/england-2026-27.json and
        // the rules in core/costing/personalassistantcost.h (the Employment
        // Allowance is not claimed):
        // Jo, 13 hours a week at £13.00:
        //   wages        13 × £13.00 = £169.00 a week × 52      = £8,788.00
        //   holiday pay  12.07% × £8,788.00 = £1,060.7116       = £1,060.71
        //   pay          £8,788.00 + £1,060.71                  = £9,848.71
        //   employer NI  15% × (£9,848.71 − £5,000) = £727.3065 =   £727.31
        //   pension      pay under the £10,000 trigger          =     £0.00
        //   insurance    £150 a year, one assistant             =   £150.00
        //   payroll      £20 a month × 12                       =   £240.00
        //   contingency  3% × £8,788.00                         =   £263.64
        //   a year                                              = £11,229.66
        // Swimming, 2 × £10.00 a week × 52                      =  £1,040.00
        // Days out with her cousins, unpaid                     =      £0.00
        // Planned a year: £11,229.66 + £1,040.00                = £12,269.66
        // Planned a week: £12,269.66 ÷ 52 = £235.955, a half penny rounded
        // away from zero                                        =    £235.96
        // Left over a week: £250.00 − £235.96                   =     £14.04
        QCOMPARE(session->totals().item(plan.items[0].key)->yearly(), Money::fromPence(1122966));
        QCOMPARE(session->totals().item(plan.items[1].key)->yearly(), Money::fromPence(104000));
        QCOMPARE(session->totals().item(plan.items[2].key)->yearly(), Money());
        QCOMPARE(session->totals().plannedYearly(), Money::fromPence(1226966));
        QCOMPARE(total->summary(),
            QStringLiteral(
                "Budget: £250 a week. Planned: £235.96 a week. Left over: £14.04 a week"));
        FIND(supportTotal, QLabel, &window,
            QStringLiteral("Total: £235.96 a week, £12,269.66 a year"));
        QVERIFY(supportTotal->isVisible());
        FIND(table, QTableView, &window, QStringLiteral("The support in my plan"));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(2, ui::SupportItemsModel::CostYear).data().toString(),
            QStringLiteral("No cost"));

        click(next);
        QCOMPARE(page->currentStep(), indexOf<ui::CheckStep>(page));

        // --- 6. Check my plan: no back-up plan yet. Enter on that finding opens
        // My support at the back-up plan; once written, the finding is gone.
        QVERIFY(hasFinding(session, QStringLiteral("no-emergency-plan")));
        ui::FindingButton* noBackUp = findingButton(&window, QStringLiteral("no-emergency-plan"));
        QVERIFY(noBackUp);
        FIND(sameButton, ui::FindingButton, &window, noBackUp->accessibleName());
        QCOMPARE(sameButton, noBackUp);
        QVERIFY(noBackUp->accessibleName().startsWith(QStringLiteral("Worth a look: ")));
        QTest::keyClick(noBackUp, Qt::Key_Return);
        QTRY_COMPARE(page->currentStep(), indexOf<ui::SupportStep>(page));
        FIND(backUp, QPlainTextEdit, &window,
            QStringLiteral("What happens if my support can't come?"));
        QTRY_VERIFY(backUp->hasFocus());
        QTest::keyClicks(backUp, QStringLiteral("If Jo is ill, Ravi helps me get up."));
        FIND(backUpContact, QLineEdit, &window, QStringLiteral("Who to call (back-up contact)"));
        typeInto(backUpContact, QStringLiteral("Ravi Patel"));
        QCOMPARE(session->plan().emergency.whatToDo,
            QStringLiteral("If Jo is ill, Ravi helps me get up."));
        click(next);
        QCOMPARE(page->currentStep(), indexOf<ui::CheckStep>(page));
        QVERIFY(!hasFinding(session, QStringLiteral("no-emergency-plan")));
        QTRY_VERIFY(!findingButton(&window, QStringLiteral("no-emergency-plan")));

        click(next);
        QCOMPARE(page->currentStep(), indexOf<ui::AgreeStep>(page));
        QVERIFY(!next->isEnabled()); // the last step

        // --- 7. Agree: who agreed, the Agree button, then "Agree this plan?" yes.
        FIND(agreedBy, QLineEdit, &window, QStringLiteral("Who is agreeing the plan"));
        typeInto(agreedBy, QStringLiteral("Maya Patel and Kim Lee (social worker)"));
        FIND(agree, QPushButton, &window, QStringLiteral("Agree this plan"));
        click(agree);
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget* question = QApplication::activeModalWidget();
        QVERIFY(question != window.window());
        FIND(yes, QPushButton, question, QStringLiteral("Agree this plan"));
        click(yes);
        STEP(giveBackActivation(&window));

        QCOMPARE(session->plan().status, PlanStatus::Agreed);
        QVERIFY(session->isFrozen());
        QCOMPARE(
            session->plan().agreedBy, QStringLiteral("Maya Patel and Kim Lee (social worker)"));
        FIND(newVersion, QPushButton, &window, QStringLiteral("Make a new version of this plan"));
        QVERIFY(newVersion->isVisible()); // the banner offers a new version
        FIND(agreedText, QLabel, &window, QStringLiteral("This plan is agreed"));
        QVERIFY(agreedText->isVisible());

        // Frozen: the outcomes can be read but not changed.
        FIND(steps, QListWidget, &window, QStringLiteral("Steps of the plan"));
        const int outcomesIndex = indexOf<ui::OutcomesStep>(page);
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
            steps->visualItemRect(steps->item(outcomesIndex)).center());
        QCOMPARE(page->currentStep(), outcomesIndex);
        FIND(firstWords, QPlainTextEdit, &window, QStringLiteral("Outcome 1, in my own words"));
        QVERIFY(firstWords->isReadOnly());
        typeInto(firstWords, QStringLiteral(" and more"));
        QCOMPARE(firstWords->toPlainText(), words[0]);
        QCOMPARE(session->plan().outcomes[0].text, words[0]);
        const int budgetIndex = indexOf<ui::BudgetStep>(page);
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
            steps->visualItemRect(steps->item(budgetIndex)).center());
        FIND(amountNow, QLineEdit, &window, QStringLiteral("Your budget"));
        QVERIFY(amountNow->isReadOnly());

        runningTotalAtTheEnd = total->summary();
        QVERIFY(window.close());
    }

    // --- Open the same file in a new window: everything is there.
    ui::MainWindow again;
    again.show();
    QVERIFY(again.openDatabase(path));
    QVERIFY(again.session()); // the only person opens straight into their plan
    const ui::PlanSession* session = again.session();
    QCOMPARE(session->person().name, name);
    QCOMPARE(session->person().helperName, QStringLiteral("Ravi Patel, my brother"));
    QVERIFY(session->person().wantsEasyRead);
    QCOMPARE(session->plan().status, PlanStatus::Agreed);
    QVERIFY(session->isFrozen());
    QCOMPARE(session->plan().budget.indicative, std::optional<Money>(Money::fromPence(25000)));
    QCOMPARE(session->plan().outcomes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(session->plan().outcomes[i].text, words[i]);
        QCOMPARE(session->plan().outcomes[i].howIWillKnow, howIWillKnow[i]);
    }
    QCOMPARE(session->plan().items.size(), 3);
    QCOMPARE(session->plan().items[0].what, QStringLiteral("Help to get up and ready for college"));
    QCOMPARE(session->plan().items[1].what, QStringLiteral("Swimming at the leisure centre"));
    QCOMPARE(session->plan().items[2].what, QStringLiteral("Days out with my cousins"));
    QCOMPARE(again.planPage()->runningTotal()->summary(), runningTotalAtTheEnd);
    // And the window shows them: the banner, the outcomes' words, the items.
    FIND(newVersion, QPushButton, &again, QStringLiteral("Make a new version of this plan"));
    QVERIFY(newVersion->isVisibleTo(&again));
    FIND(firstWords, QPlainTextEdit, &again, QStringLiteral("Outcome 1, in my own words"));
    QCOMPARE(firstWords->toPlainText(), words[0]);
    FIND(table, QTableView, &again, QStringLiteral("The support in my plan"));
    QCOMPARE(table->model()->rowCount(), 3);
    FIND(agreedText, QLabel, &again, QStringLiteral("This plan is agreed"));
    QVERIFY(agreedText->text().contains(QStringLiteral("Maya Patel and Kim Lee (social worker)")));
    QCOMPARE(again.caseloadPage()->model()->rowAt(0).entry.status, PlanStatus::Agreed);
}

void TestJourney::keyboardOnlyJourney()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("caseload.pbdb"));
    {
        auto made = Database::create(path);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    }
    const QString words = QStringLiteral("I want to do my own shopping");

    {
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDatabase(path));

        // --- The caseload starts in the search field; Tab reaches "Add a person".
        STEP(expectFocus(&window, QStringLiteral("Search by name")));
        STEP(tabTo(QStringLiteral("Add a person"), 6)); // past the filters and the list
        whenDialogOpens([](QWidget* dialog) {
            STEP(expectFocus(dialog, QStringLiteral("Their name")));
            STEP(type(QStringLiteral("Sam Okafor")));
            STEP(press(Qt::Key_Return)); // the default button: "Add this person"
        });
        STEP(press(Qt::Key_Space));
        STEP(giveBackActivation(&window));
        QVERIFY(window.session());
        ui::PlanSession* session = window.session();
        ui::PlanPage* page = window.planPage();
        QCOMPARE(session->person().name, QStringLiteral("Sam Okafor"));
        QVERIFY(page->isVisible());
        STEP(expectFocus(&window, QStringLiteral("Steps of the plan")));
        QCOMPARE(page->currentStep(), 0);

        // --- 1. About me: Tab goes into the step, from its first field.
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(&window, QStringLiteral("My name")));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(&window, QStringLiteral("Who helps me with this plan")));
        STEP(type(QStringLiteral("Ada Okafor")));
        QCOMPARE(session->person().helperName, QStringLiteral("Ada Okafor"));

        // --- 2. My budget (Alt+N): £250 a week, not agreed yet.
        STEP(press(Qt::Key_N, Qt::AltModifier));
        QCOMPARE(page->currentStep(), indexOf<ui::BudgetStep>(page));
        STEP(expectFocus(
            &window, QStringLiteral("I know my amount (the council gave me a figure)")));
        STEP(press(Qt::Key_Space));
        QCOMPARE(session->plan().budget.source, BudgetSource::Entered);
        STEP(tabTo(QStringLiteral("Your budget"), 2));
        STEP(type(QStringLiteral("250")));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(&window, QStringLiteral("How often you get this amount")));
        STEP(press(Qt::Key_Home)); // the first choice: a week
        QCOMPARE(session->plan().budget.period, Period::Week);
        STEP(tabTo(
            QStringLiteral("Not yet: this is the council's first estimate (the indicative budget)"),
            1));
        STEP(press(Qt::Key_Space));
        QCOMPARE(session->plan().budget.indicative, std::optional<Money>(Money::fromPence(25000)));
        QVERIFY(!session->plan().budget.agreed);
        QCOMPARE(page->runningTotal()->summary(),
            QStringLiteral("Budget: £250 a week. Planned: £0 a week. Left over: £250 a week"));

        // --- 3. What matters to me: one outcome, the most important.
        STEP(press(Qt::Key_N, Qt::AltModifier));
        QCOMPARE(page->currentStep(), indexOf<ui::OutcomesStep>(page));
        STEP(expectFocus(&window, QStringLiteral("Add an outcome")));
        STEP(press(Qt::Key_Space));
        STEP(expectFocus(&window, QStringLiteral("Outcome 1, in my own words")));
        STEP(type(words));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(&window, QStringLiteral("Outcome 1, which part of my life it is about")));
        STEP(press(Qt::Key_Home));
        for (int i = 0; i < int(LifeArea::ControlOverDailyLife); ++i) {
            STEP(press(Qt::Key_Down));
        }
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(&window, QStringLiteral("Outcome 1, how I will know it is working")));
        STEP(type(QStringLiteral("I choose my own food every week")));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(&window, QStringLiteral("Outcome 1 is one of my three most important")));
        STEP(press(Qt::Key_Space));
        QCOMPARE(session->plan().outcomes.size(), 1);
        const Outcome outcome = session->plan().outcomes.first();
        QCOMPARE(outcome.text, words);
        QCOMPARE(outcome.lifeArea, LifeArea::ControlOverDailyLife);
        QCOMPARE(outcome.howIWillKnow, QStringLiteral("I choose my own food every week"));
        QVERIFY(outcome.topThree);

        // --- 4. How my money is managed: the arrow keys move between the ways.
        STEP(press(Qt::Key_N, Qt::AltModifier));
        QCOMPARE(page->currentStep(), indexOf<ui::MoneyManagementStep>(page));
        const QString direct = ModelLabels::deployment(DeploymentChoice::DirectPayment);
        STEP(expectFocus(&window, direct));
        STEP(press(Qt::Key_Down));
        STEP(expectFocus(&window, ModelLabels::deployment(DeploymentChoice::CouncilManaged)));
        QCOMPARE(session->plan().deployment.choice, DeploymentChoice::CouncilManaged);
        STEP(press(Qt::Key_Up));
        STEP(expectFocus(&window, direct));
        QCOMPARE(session->plan().deployment.choice, DeploymentChoice::DirectPayment);

        // --- 5. My support: a personal assistant, through the add dialog.
        STEP(press(Qt::Key_N, Qt::AltModifier));
        QCOMPARE(page->currentStep(), indexOf<ui::SupportStep>(page));
        STEP(expectFocus(&window, QStringLiteral("Add support")));
        STEP(press(Qt::Key_Space));
        QWidget* dialog = nullptr;
        STEP(dialog = openedDialog());
        STEP(expectFocus(dialog, QStringLiteral("What is it?")));
        STEP(type(QStringLiteral("Help with shopping")));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(dialog, QStringLiteral("What kind of support is it?")));
        STEP(press(Qt::Key_Down)); // from "Choose one" to the first kind
        QCOMPARE(qobject_cast<QComboBox*>(QApplication::focusWidget())->currentText(),
            ModelLabels::supportType(SupportType::PersonalAssistant));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(dialog, QStringLiteral("Your assistant's name")));
        STEP(type(QStringLiteral("Jo")));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(dialog, QStringLiteral("Pay an hour (hourly wage), in pounds")));
        STEP(type(QStringLiteral("13")));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(dialog, QStringLiteral("Hours")));
        STEP(type(QStringLiteral("4")));
        STEP(tabTo(words, 10));
        STEP(press(Qt::Key_Space)); // it helps with her outcome
        STEP(press(Qt::Key_Return)); // the default button: "Add this support"
        STEP(giveBackActivation(&window));
        STEP(expectFocus(&window, QStringLiteral("The support in my plan")));
        QCOMPARE(session->plan().items.size(), 1);
        const SupportItem item = session->plan().items.first();
        QCOMPARE(item.type, SupportType::PersonalAssistant);
        QCOMPARE(item.provider, QStringLiteral("Jo"));
        QCOMPARE(item.unitPrice, Money::fromPence(1300));
        QCOMPARE(item.quantityHundredths, 400);
        QCOMPARE(item.outcomeKeys, QList<int> {outcome.key});
        // By hand (resources/rates/england-2026-27.json, no Employment Allowance):
        //   wages        4 × £13.00 = £52.00 a week × 52        = £2,704.00
        //   holiday pay  12.07% × £2,704.00 = £326.3728         =   £326.37
        //   employer NI  pay £3,030.37 is under £5,000          =     £0.00
        //   pension      pay under the £10,000 trigger          =     £0.00
        //   insurance £150.00, payroll £20 × 12 = £240.00       =   £390.00
        //   contingency  3% × £2,704.00                         =    £81.12
        //   a year                                              = £3,501.49
        //   a week: £3,501.49 ÷ 52 = £67.3363                   =    £67.34
        //   left over a week: £250.00 − £67.34                  =   £182.66
        QCOMPARE(session->totals().plannedYearly(), Money::fromPence(350149));
        QCOMPARE(page->runningTotal()->summary(),
            QStringLiteral(
                "Budget: £250 a week. Planned: £67.34 a week. Left over: £182.66 a week"));

        // --- 6. Check my plan: Enter on "no back-up plan" opens the back-up plan.
        STEP(press(Qt::Key_N, Qt::AltModifier));
        QCOMPARE(page->currentStep(), indexOf<ui::CheckStep>(page));
        QVERIFY(hasFinding(session, QStringLiteral("no-emergency-plan")));
        ui::FindingButton* noBackUp = findingButton(&window, QStringLiteral("no-emergency-plan"));
        QVERIFY(noBackUp);
        STEP(expectFocusIn(noBackUp->parentWidget())); // the findings come first
        STEP(tabTo(noBackUp->accessibleName(), int(session->findings().size())));
        STEP(press(Qt::Key_Return));
        QCOMPARE(page->currentStep(), indexOf<ui::SupportStep>(page));
        STEP(expectFocus(&window, QStringLiteral("What happens if my support can't come?")));
        STEP(type(QStringLiteral("Ada does my shopping.")));
        STEP(press(Qt::Key_N, Qt::AltModifier));
        QCOMPARE(page->currentStep(), indexOf<ui::CheckStep>(page));
        QVERIFY(!hasFinding(session, QStringLiteral("no-emergency-plan")));
        QTRY_VERIFY(!findingButton(&window, QStringLiteral("no-emergency-plan")));
        STEP(expectFocusIn(page->step(page->currentStep())));

        // --- 7. Agree.
        STEP(press(Qt::Key_N, Qt::AltModifier));
        QCOMPARE(page->currentStep(), indexOf<ui::AgreeStep>(page));
        STEP(expectFocus(&window, QStringLiteral("Who is agreeing the plan")));
        STEP(type(QStringLiteral("Sam Okafor")));
        STEP(tabTo(
            QStringLiteral("Agree this plan"), 5)); // Tab visits the date's day, month and year
        STEP(press(Qt::Key_Space));
        STEP(dialog = openedDialog());
        STEP(expectFocus(dialog, QStringLiteral("Agree this plan")));
        STEP(press(Qt::Key_Return));
        STEP(giveBackActivation(&window));
        QCOMPARE(session->plan().status, PlanStatus::Agreed);
        STEP(expectFocus(&window, QStringLiteral("This plan is agreed")));
        // Printed: Tab reaches "Save easy-read PDF…" on the same step; the
        // file dialog is the desktop's, so the test answers it.
        const QString easyReadPdf = dir.filePath(QStringLiteral("sam-easy-read.pdf"));
        auto* agree = qobject_cast<ui::AgreeStep*>(page->step(page->currentStep()));
        QVERIFY(agree);
        agree->outputPanel()->output()->setPathChooser(
            [&](const QString&, const QString&, const QString&) { return easyReadPdf; });
        STEP(tabTo(QStringLiteral("Save the easy-read plan as a PDF file"), 8));
        STEP(press(Qt::Key_Space));
        QTRY_VERIFY(QFileInfo(easyReadPdf).size() > 1000);
        QVERIFY(QFile(easyReadPdf).open(QIODevice::ReadOnly));
        // The banner's "Make a new version" is at the top: Shift+Tab reaches it.
        STEP(tabTo(QStringLiteral("Make a new version of this plan"), 8, Qt::Key_Backtab));
        // Agreed: the words of the outcome can be read, not changed. (Past
        // the banner's other buttons, if any, to the step list.)
        STEP(tabTo(QStringLiteral("Steps of the plan"), 4));
        STEP(press(Qt::Key_Home));
        STEP(press(Qt::Key_Down));
        STEP(press(Qt::Key_Down));
        QCOMPARE(page->currentStep(), indexOf<ui::OutcomesStep>(page));
        STEP(press(Qt::Key_Tab));
        STEP(expectFocus(&window, QStringLiteral("Outcome 1, in my own words")));
        STEP(type(QStringLiteral(" and more")));
        QCOMPARE(qobject_cast<QPlainTextEdit*>(QApplication::focusWidget())->toPlainText(), words);
        QCOMPARE(session->plan().outcomes.first().text, words);
    }

    // Saved as it went: the agreed plan is there when the file is opened again.
    ui::MainWindow again;
    QVERIFY(again.openDatabase(path));
    QVERIFY(again.session());
    QCOMPARE(again.session()->person().name, QStringLiteral("Sam Okafor"));
    QCOMPARE(again.session()->plan().status, PlanStatus::Agreed);
    QCOMPARE(again.session()->plan().outcomes.first().text, words);
    QCOMPARE(again.session()->plan().items.size(), 1);
    QCOMPARE(again.session()->plan().emergency.whatToDo, QStringLiteral("Ada does my shopping."));
}

QTEST_MAIN(TestJourney)
#include "test_journey.moc"
