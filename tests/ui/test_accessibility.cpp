// Every control a person can reach has a name a screen reader can say.
//
// The demo caseload is opened in a real MainWindow and every page and dialog
// is visited: the caseload, the seven steps of a draft and of an agreed
// plan, the Review and results pages, "Keep track of the money" and its
// dialogs, and every other dialog and window under ui/. On each, every
// visible widget that can take the focus is asked for its name the way
// assistive technology asks (QAccessible::queryAccessibleInterface), so a
// buddy label or a button's own text counts and an unnamed control fails,
// listed with its class, object name and parents. The menu bar's entries
// must have text too.
#include "caseload/addpersondialog.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "demo/demodatabase.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/welcomedialog.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "plan/plansession.h"
#include "plan/steppage.h"
#include "plan/steps/agree/agreedialog.h"
#include "plan/steps/money/movesupportdialog.h"
#include "plan/steps/support/personalassistantcalculator.h"
#include "plan/steps/support/supportitemdialog.h"
#include "plan/steps/supportstep.h"
#include "results/resultspage.h"
#include "review/reviewpage.h"
#include "spending/directpaymentreturndialog.h"
#include "spending/paymentdialog.h"
#include "spending/spendingpage.h"
#include "spending/spendingwindow.h"
#include "spending/statementimportdialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <functional>
#include <memory>

using namespace pb;

namespace {

// "QLineEdit#name < QWidget < PlanPage#plan < MainWindow": enough to find
// the widget in the code.
QString describe(const QWidget* w, const QWidget* top)
{
    QStringList chain;
    for (const QWidget* p = w; p != nullptr; p = p->parentWidget()) {
        QString part = QString::fromLatin1(p->metaObject()->className());
        if (!p->objectName().isEmpty()) {
            part += QLatin1Char('#') + p->objectName();
        }
        chain.append(part);
        if (p == top) {
            break;
        }
    }
    return chain.join(QStringLiteral(" < "));
}

// A part of another control that assistive technology reads as that
// control: a spin box's or an editable combo box's line edit.
bool isInnerPart(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    return qobject_cast<const QAbstractSpinBox*>(parent) != nullptr
        || qobject_cast<const QComboBox*>(parent) != nullptr;
}

// A plain scroll area is a frame around a page; Fusion gives it the focus
// policy of a text view, but what is read out is the controls inside it.
bool isPlainScrollArea(const QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) == QLatin1String("QScrollArea");
}

// The name assistive technology gets: the accessible name, else a label
// that names it (a buddy), else the control's own words (a button's text).
// On Linux a combo box's "name" is its current value (its label comes as a
// relation), which names nothing, so a combo box needs a name or a label.
QString nameOf(QWidget* w)
{
    if (!w->accessibleName().trimmed().isEmpty()) {
        return w->accessibleName().trimmed();
    }
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    if (iface == nullptr) {
        return {};
    }
    for (const auto& [label, relation] : iface->relations(QAccessible::Label)) {
        if (label != nullptr && !label->text(QAccessible::Name).trimmed().isEmpty()) {
            return label->text(QAccessible::Name).trimmed();
        }
    }
    if (qobject_cast<QComboBox*>(w) != nullptr) {
        return {};
    }
    return iface->text(QAccessible::Name).trimmed();
}

struct Walk {
    int controls = 0;
    QStringList unnamed;
};

// Every control in `top`'s own window that is shown and can take the focus.
Walk walk(QWidget* top)
{
    Walk result;
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (w->window() != top->window() || !w->isVisible() || w->focusPolicy() == Qt::NoFocus
            || isInnerPart(w) || isPlainScrollArea(w)) {
            continue;
        }
        ++result.controls;
        if (nameOf(w).isEmpty()) {
            result.unnamed.append(describe(w, top));
        }
    }
    return result;
}

// A small bank statement, for the statement import dialog.
const QByteArray kStatement("Date,Description,Amount\r\n"
                            "06/05/2026,Oldham Council direct payment,600.00\r\n"
                            "13/05/2026,Bright Care Ltd,-60.00\r\n");

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkerFindsAnUnnamedControl();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void everyMenuEntryHasText();

private:
    qint64 personId(const QString& name) const;
    bool openStep(const QString& person, int step);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<QPointer<QWidget>> m_opened; // windows made by a row, closed after it
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAccessibility::init()
{
    const QString path =
        m_dir.filePath(QStringLiteral("demo-%1.pbdb").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(DemoDatabase::createDemo(path).ok());
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(m_window->openDatabase(path, /*disposable=*/true));
}

void TestAccessibility::cleanup()
{
    for (const QPointer<QWidget>& w : std::as_const(m_opened)) {
        delete w.data();
    }
    m_opened.clear();
    m_window.reset();
}

qint64 TestAccessibility::personId(const QString& name) const
{
    const ui::CaseloadModel* model = m_window->caseloadPage()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rowAt(r).entry.name == name) {
            return model->rowAt(r).entry.personId;
        }
    }
    return 0;
}

bool TestAccessibility::openStep(const QString& person, int step)
{
    if (!m_window->openPerson(personId(person))) {
        return false;
    }
    m_window->planPage()->goToStep(step);
    return m_window->planPage()->currentStep() == step;
}

// Aisha Khan, Bethany Hughes: drafts. Harold Pritchard: agreed, review due.
namespace {
const QString kDraft = QStringLiteral("Aisha Khan");
const QString kAgreed = QStringLiteral("Harold Pritchard");
} // namespace

// The walker itself: a name from a buddy label, a button's text or
// setAccessibleName counts; an unnamed field is reported; hidden widgets and
// a spin box's inner line edit are not controls of their own.
void TestAccessibility::walkerFindsAnUnnamedControl()
{
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(QStringLiteral("&Amount"), &dialog);
    auto* withBuddy = new QLineEdit(&dialog);
    label->setBuddy(withBuddy);
    auto* unnamed = new QLineEdit(&dialog);
    unnamed->setObjectName(QStringLiteral("unnamedField"));
    auto* hidden = new QLineEdit(&dialog);
    auto* combo = new QComboBox(&dialog); // its current item is not its name
    combo->setObjectName(QStringLiteral("unnamedCombo"));
    combo->addItem(QStringLiteral("Weekly"));
    auto* spin = new QSpinBox(&dialog);
    spin->setAccessibleName(QStringLiteral("Hours"));
    for (QWidget* w : {static_cast<QWidget*>(label), static_cast<QWidget*>(withBuddy),
             static_cast<QWidget*>(unnamed), static_cast<QWidget*>(hidden),
             static_cast<QWidget*>(spin), static_cast<QWidget*>(combo),
             static_cast<QWidget*>(new QPushButton(QStringLiteral("Save"), &dialog))}) {
        layout->addWidget(w);
    }
    dialog.show();
    hidden->hide();
    const Walk found = walk(&dialog);
    // The buddied field, the unnamed one, the spin box, the combo box, the button.
    QCOMPARE(found.controls, 5);
    QCOMPARE(found.unnamed.size(), 2);
    QVERIFY2(found.unnamed.at(0).startsWith(QStringLiteral("QLineEdit#unnamedField < QDialog")),
        qPrintable(found.unnamed.at(0)));
    QVERIFY2(found.unnamed.at(1).startsWith(QStringLiteral("QComboBox#unnamedCombo < QDialog")),
        qPrintable(found.unnamed.at(1)));
}

void TestAccessibility::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("caseload") << QStringLiteral("caseload");
    for (int step = 0; step < 7; ++step) {
        QTest::addRow("draft plan, step %d", step + 1) << QStringLiteral("draft:%1").arg(step);
    }
    for (int step = 0; step < 7; ++step) {
        QTest::addRow("agreed plan, step %d", step + 1) << QStringLiteral("agreed:%1").arg(step);
    }
    const char* const others[] = {"review", "results", "spending window", "payment dialog",
        "statement import dialog", "direct payment return dialog", "add person dialog",
        "welcome dialog", "support item dialog", "personal assistant calculator", "agree dialog",
        "agree dialog with errors", "move support dialog", "help window", "preferences dialog",
        "about dialog"};
    for (const char* name : others) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(QString, page);
    QWidget* top = m_window.get();
    // A window of its own, shown beside the main window; closed in cleanup().
    const auto own = [this, &top](QWidget* w) {
        m_opened.append(w);
        w->show();
        top = w;
    };

    if (page == QLatin1String("caseload")) {
        m_window->showCaseload();
    } else if (page.startsWith(QLatin1String("draft:"))
        || page.startsWith(QLatin1String("agreed:"))) {
        const bool draft = page.startsWith(QLatin1String("draft:"));
        QVERIFY(openStep(draft ? kDraft : kAgreed, page.section(QLatin1Char(':'), 1).toInt()));
        QCOMPARE(m_window->session()->plan().status == PlanStatus::Agreed, !draft);
    } else if (page == QLatin1String("review")) {
        QVERIFY(m_window->reviewPerson(personId(kAgreed)));
    } else if (page == QLatin1String("results")) {
        QVERIFY(m_window->showResults());
    } else if (page == QLatin1String("spending window") || page == QLatin1String("payment dialog")
        || page == QLatin1String("statement import dialog")
        || page == QLatin1String("direct payment return dialog")) {
        QVERIFY(m_window->openPerson(personId(kAgreed)));
        m_window->planPage()->trackMoney();
        auto* spending = m_window->planPage()->findChild<ui::SpendingWindow*>();
        QVERIFY(spending);
        m_opened.append(spending);
        ui::SpendingPage* money = spending->page();
        top = spending;
        if (page.startsWith(QLatin1String("payment"))) {
            money->addPayment();
            top = money->paymentDialog();
        } else if (page.startsWith(QLatin1String("statement"))) {
            const QString csv = m_dir.filePath(QStringLiteral("statement.csv"));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kStatement);
            file.close();
            top = money->importStatementFrom(csv);
        } else if (page.startsWith(QLatin1String("direct payment"))) {
            money->openReturn();
            top = money->returnDialog();
        }
        QVERIFY(top);
        QVERIFY(top->isVisible());
    } else if (page == QLatin1String("add person dialog")) {
        own(new ui::AddPersonDialog(m_window.get()));
    } else if (page == QLatin1String("welcome dialog")) {
        own(new ui::WelcomeDialog(m_window.get()));
    } else if (page == QLatin1String("support item dialog")) {
        QVERIFY(m_window->openPerson(personId(kDraft)));
        m_window->planPage()->showStep(&ui::SupportStep::staticMetaObject);
        auto* step = qobject_cast<ui::SupportStep*>(
            m_window->planPage()->step(m_window->planPage()->currentStep()));
        QVERIFY(step);
        step->addSupport();
        QVERIFY(step->itemDialog());
        top = step->itemDialog();
    } else if (page == QLatin1String("personal assistant calculator")) {
        QVERIFY(m_window->openPerson(personId(kDraft)));
        own(new ui::PersonalAssistantCalculator(m_window->session()->rates(),
            ui::PersonalAssistantCalculator::Purpose::AddToPlan, m_window.get()));
    } else if (page.startsWith(QLatin1String("agree dialog"))) {
        QList<Finding> errors;
        if (page.endsWith(QLatin1String("errors"))) {
            Finding error;
            error.severity = FindingSeverity::Error;
            error.code = QStringLiteral("over-budget");
            error.message = QStringLiteral("Your plan is £1,200 a year more than your budget.");
            errors.append(error);
        }
        own(new ui::AgreeDialog(kDraft, QDate(2027, 4, 6), errors, m_window.get()));
    } else if (page == QLatin1String("move support dialog")) {
        own(new ui::MoveSupportDialog(QStringLiteral("Money paid to you (direct payment)"),
            {QStringLiteral("Short breaks: the council arranges it")}, m_window.get()));
    } else if (page == QLatin1String("about dialog")) {
        own(new ui::AboutDialog(m_window.get()));
    } else if (page == QLatin1String("preferences dialog")) {
        own(new ui::PreferencesDialog(m_window.get()));
    } else if (page == QLatin1String("help window")) {
        m_window->helpWindow()->showTopic(ui::HelpTopics::glossary());
        top = m_window->helpWindow();
    } else {
        QFAIL(qPrintable(QStringLiteral("no way to open \"%1\"").arg(page)));
    }

    QVERIFY(top->isVisible());
    const Walk found = walk(top);
    // A page with nothing to use would pass for the wrong reason.
    QVERIFY2(found.controls >= 1, qPrintable(QStringLiteral("no controls found on %1").arg(page)));
    QVERIFY2(found.unnamed.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 controls have no accessible name:\n  %3")
                       .arg(found.unnamed.size())
                       .arg(found.controls)
                       .arg(found.unnamed.join(QStringLiteral("\n  ")))));
}

void TestAccessibility::everyMenuEntryHasText()
{
    QVERIFY(m_window->openPerson(personId(kDraft)));
    int entries = 0;
    QStringList empty;
    std::function<void(QMenu*, const QString&)> visit = [&](QMenu* menu, const QString& path) {
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible()) {
                continue;
            }
            ++entries;
            const QString text = action->text().trimmed();
            if (text.isEmpty()) {
                empty.append(path + QStringLiteral(" > (entry %1)").arg(entries));
            }
            if (action->menu() != nullptr) {
                visit(action->menu(), path + QStringLiteral(" > ") + text);
            }
        }
    };
    for (QAction* top : m_window->menuBar()->actions()) {
        QVERIFY2(!top->text().trimmed().isEmpty(), "a menu in the menu bar has no title");
        if (top->menu() != nullptr) {
            visit(top->menu(), top->text());
        }
    }
    QVERIFY(entries >= 10);
    QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
