#include "spending/spendingpage.h"

#include "appearance.h"
#include "money/moneyformatter.h"
#include "spending/buildupweekscommand.h"
#include "spending/directpaymentreturndialog.h"
#include "spending/isfrollovermodel.h"
#include "spending/paymentdialog.h"
#include "spending/paymentlistcommand.h"
#include "spending/paymentsmodel.h"
#include "spending/spendingsession.h"
#include "spending/spentagainstplannedmodel.h"
#include "spending/statementimportdialog.h"
#include "widgets/fittedtableview.h"
#include "widgets/heading.h"
#include "widgets/readingcolumn.h"

#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

QLabel* wrapped(QWidget* parent, const QString& text = QString())
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* hint(QWidget* parent, const QString& text = QString())
{
    QLabel* label = wrapped(parent, text);
    label->setObjectName(QStringLiteral("hint"));
    return label;
}

QString longDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

void setUpTable(FittedTableView* view, const QString& name)
{
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab moves on to the next control
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
}

} // namespace

SpendingPage::SpendingPage(SpendingSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addWidget(new Heading(tr("Keep track of the money"), 1, this));
    auto* intro = new ReadingColumn(80, this);
    intro->column()->setSpacing(6);
    intro->column()->addWidget(wrapped(intro,
        tr("Record what is paid from the budget, or bring in a statement from the bank or "
           "card. You can see how the spending compares with the plan.")));
    m_planLine = hint(intro);
    intro->column()->addWidget(m_planLine);
    intro->addTo(layout);

    buildGoing();
    buildPayments();
    buildLines();
    buildRollover();
    buildReturn();
    layout->addStretch(1);

    connect(session, &SpendingSession::changed, this, &SpendingPage::refresh);
    refresh();
}

void SpendingPage::buildGoing()
{
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    auto* column = new ReadingColumn(80, this);
    column->column()->setSpacing(8);
    column->column()->addWidget(new Heading(tr("How the money is going"), 2, column));
    m_balance = wrapped(column);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    column->column()->addWidget(m_balance);
    m_pace = wrapped(column);
    QFont bold;
    bold.setBold(true); // only the weight: the size follows the text size setting
    m_pace->setFont(bold);
    m_pace->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    column->column()->addWidget(m_pace);

    // The warning: an icon and the word "Warning" as well as the words, never
    // colour alone.
    m_warning = new QFrame(column);
    m_warning->setObjectName(QStringLiteral("buildUpWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setAutoFillBackground(true);
    m_warning->setBackgroundRole(QPalette::AlternateBase);
    auto* panel = new QHBoxLayout(m_warning);
    panel->setContentsMargins(12, 10, 12, 10);
    panel->setSpacing(12);
    auto* icon = new QLabel(m_warning);
    const int side = fontMetrics().height() * 2;
    icon->setPixmap(Appearance::icon(QStringLiteral(":/icons/warning.svg"))
                        .pixmap(QSize(side, side), devicePixelRatio()));
    icon->setAccessibleName(tr("Warning"));
    panel->addWidget(icon, 0, Qt::AlignTop);
    m_warningText = wrapped(m_warning);
    m_warningText->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warningText->setFocusPolicy(Qt::StrongFocus);
    panel->addWidget(m_warningText, 1);
    column->column()->addWidget(m_warning);

    auto* weeksLabel = new QLabel(
        tr("&Warn me when the account holds more than this many weeks of the budget"), column);
    weeksLabel->setWordWrap(true);
    m_weeks = new QSpinBox(column);
    m_weeks->setRange(SpendingSettings::kFewestBuildUpWeeks, SpendingSettings::kMostBuildUpWeeks);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setAccessibleName(tr("Weeks of budget before a warning"));
    weeksLabel->setBuddy(m_weeks);
    column->column()->addWidget(weeksLabel);
    column->column()->addWidget(hint(column,
        tr("Councils set their own limit, often 8 weeks. Ask yours if you are not sure. This "
           "is kept with the data, for everyone in it.")));
    auto* weeksRow = new QHBoxLayout;
    weeksRow->addWidget(m_weeks);
    weeksRow->addStretch(1);
    column->column()->addLayout(weeksRow);
    connect(m_weeks, &QSpinBox::valueChanged, this, [this](int weeks) {
        const int before = m_session->settings().buildUpWeeks;
        if (weeks != before) {
            m_session->undoStack()->push(new BuildUpWeeksCommand(m_session, before, weeks));
        }
    });
    column->addTo(layout);
}

void SpendingPage::buildPayments()
{
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(new Heading(tr("Payments"), 2, this));

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(
        Appearance::icon(QStringLiteral(":/icons/add.svg")), tr("Add a payment"), this);
    m_add->setObjectName(QStringLiteral("primary"));
    m_add->setAccessibleName(tr("Add a payment"));
    m_change = new QPushButton(tr("Change"), this);
    m_change->setAccessibleName(tr("Change the chosen payment"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setAccessibleName(tr("Remove the chosen payment"));
    m_remove->setToolTip(tr("Takes it out. Undo (Ctrl+Z) puts it back."));
    m_import = new QPushButton(tr("Import a statement…"), this);
    m_import->setAccessibleName(tr("Import a statement from the bank or card"));
    m_import->setToolTip(tr("Bring in the payments of a statement saved as a CSV file"));
    for (QPushButton* b : {m_add, m_change, m_remove, m_import}) {
        b->setMinimumHeight(44);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &SpendingPage::addPayment);
    connect(m_change, &QPushButton::clicked, this, &SpendingPage::changeSelected);
    connect(m_remove, &QPushButton::clicked, this, &SpendingPage::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &SpendingPage::importStatement);

    m_message = wrapped(this);
    m_message->hide();
    layout->addWidget(m_message);

    m_empty = hint(this,
        tr("No payments yet. Add the payments you make and the money paid in, or import a "
           "statement from the bank or card."));
    layout->addWidget(m_empty);

    m_payments = new PaymentsModel(this);
    m_paymentsView = new FittedTableView(this);
    m_paymentsView->setModel(m_payments);
    setUpTable(m_paymentsView, tr("Payments"));
    m_paymentsView->setAccessibleDescription(
        tr("The newest first. Enter or double-click changes the chosen payment; Delete removes "
           "it."));
    // Date and money fit their contents; who, what for and the support wrap.
    m_paymentsView->setColumnWidthsInCharacters({0, 40, 28, 0, 0});
    layout->addWidget(m_paymentsView);
    auto* shownRow = new QHBoxLayout;
    m_shownLine = hint(this);
    m_shownLine->setWordWrap(false); // short; wrapped it would take the narrowest width
    shownRow->addWidget(m_shownLine);
    m_showAll = new QPushButton(this);
    m_showAll->setMinimumHeight(44);
    shownRow->addWidget(m_showAll);
    shownRow->addStretch(1);
    layout->addLayout(shownRow);
    m_payments->setLimit(kNewestShown);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_payments->setLimit(m_payments->limit() == 0 ? kNewestShown : 0);
        updateShown();
    });
    connect(m_paymentsView, &QTableView::activated, this, [this] { changeSelected(); });
    connect(m_paymentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SpendingPage::updateButtons);
    m_paymentsView->installEventFilter(this);
}

void SpendingPage::buildLines()
{
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    // Five columns of figures read best close together, not spread across
    // a wide window.
    auto* column = new ReadingColumn(130, this);
    column->column()->setSpacing(8);
    column->column()->addWidget(new Heading(tr("Spent against the plan"), 2, column));
    m_period = hint(column);
    column->column()->addWidget(m_period);
    m_lines = new SpentAgainstPlannedModel(this);
    m_linesView = new FittedTableView(column);
    m_linesView->setModel(m_lines);
    setUpTable(m_linesView, tr("Spent against the plan"));
    m_linesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_linesView->setColumnWidthsInCharacters({34, 0, 0, 0, 0});
    column->column()->addWidget(m_linesView);
    column->addTo(layout);
}

void SpendingPage::buildRollover()
{
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    auto* column = new ReadingColumn(110, this);
    m_rolloverBox = column;
    QVBoxLayout* box = column->column();
    box->setSpacing(8);
    box->addWidget(new Heading(
        tr("Month by month with your provider (Individual Service Fund)"), 2, m_rolloverBox));
    box->addWidget(hint(m_rolloverBox,
        tr("Your provider holds the money. Each month has its share of the budget; what isn't "
           "spent rolls over to the next month.")));
    m_rollover = new IsfRolloverModel(this);
    m_rolloverView = new FittedTableView(m_rolloverBox);
    m_rolloverView->setModel(m_rollover);
    setUpTable(m_rolloverView, tr("Month by month with your provider"));
    m_rolloverView->setSelectionMode(QAbstractItemView::NoSelection);
    m_rolloverView->setColumnWidthsInCharacters({22, 0, 0, 0, 0});
    box->addWidget(m_rolloverView);
    column->addTo(layout);
}

void SpendingPage::buildReturn()
{
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    auto* column = new ReadingColumn(80, this);
    column->column()->setSpacing(8);
    column->column()->addWidget(new Heading(tr("Direct payment return"), 2, column));
    column->column()->addWidget(hint(column,
        tr("Many councils ask for an account of the money every few months: the money paid in, "
           "the money paid out by kind of support, and what is left. Make one for any period "
           "and save it as a spreadsheet or a PDF.")));
    m_return = new QPushButton(tr("Make a direct payment return…"), column);
    m_return->setAccessibleName(tr("Make a direct payment return"));
    m_return->setMinimumHeight(44);
    auto* row = new QHBoxLayout;
    row->addWidget(m_return);
    row->addStretch(1);
    column->column()->addLayout(row);
    connect(m_return, &QPushButton::clicked, this, &SpendingPage::openReturn);
    column->addTo(layout);
}

void SpendingPage::refresh()
{
    const SpendingSummary& s = m_session->summary();
    const Plan& plan = m_session->plan();
    const MoneyFormatter money;

    m_planLine->setText(
        tr("Measured against version %1 of the plan, agreed on %2. This plan year runs from %3 "
           "to %4.")
            .arg(plan.version)
            .arg(longDate(plan.agreedAt.toLocalTime().date()), longDate(s.year().first()),
                longDate(s.year().last())));

    // How the money is going.
    if (plan.deployment.choice == DeploymentChoice::IndividualServiceFund) {
        const Money held =
            s.rollover().isEmpty() ? Money() : s.rollover().constLast().carriedForward;
        m_balance->setText(s.buildUp()
                ? tr("Money your provider holds for you this month: %1.").arg(money.format(held))
                : tr("Add what your provider has spent for you to see how much they still hold."));
    } else if (s.hasMoneyIn()) {
        m_balance->setText(
            tr("Money in the account today: %1 (the money paid in, less the money paid out).")
                .arg(money.format(s.balance())));
    } else {
        m_balance->setText(tr("Add the money paid into the account (for example by the "
                              "council) to see how much is in it."));
    }
    m_balance->setAccessibleName(m_balance->text());
    m_pace->setText(s.pace().sentence(QLocale()));
    m_pace->setAccessibleName(m_pace->text());
    const bool buildingUp = s.buildUp() && s.buildUp()->isBuildingUp();
    m_warning->setVisible(buildingUp);
    if (buildingUp) {
        // The icon (named "Warning") and these words tell it, not the colour.
        m_warningText->setText(s.buildUp()->warning());
        m_warningText->setAccessibleName(m_warningText->text());
    }
    {
        const QSignalBlocker block(m_weeks);
        m_weeks->setValue(m_session->settings().buildUpWeeks);
    }

    // Payments.
    const qint64 selected = selectedId();
    {
        const QSignalBlocker block(m_paymentsView->selectionModel());
        m_payments->show(m_session->payments(), plan);
    }
    const bool none = m_session->payments().isEmpty();
    m_empty->setVisible(none);
    m_paymentsView->setVisible(!none);
    if (selected != 0) {
        selectId(selected);
    }
    updateShown();

    // Spent against the plan.
    const QLocale locale;
    const QDate soFarEnd = std::min(s.today(), s.year().last());
    m_period->setText(s.today() < s.year().first()
            ? tr("This month is %1. The plan year starts on %2.")
                  .arg(locale.toString(s.monthFirst(), QStringLiteral("MMMM yyyy")),
                      longDate(s.year().first()))
            : tr("This month is %1. So far this plan year means %2 to %3.")
                  .arg(locale.toString(s.monthFirst(), QStringLiteral("MMMM yyyy")),
                      longDate(s.year().first()), longDate(soFarEnd)));
    m_lines->show(s);

    m_rolloverBox->setVisible(s.hasIndividualServiceFund());
    m_rollover->show(s.rollover());
    updateButtons();
}

void SpendingPage::updateShown()
{
    const int all = m_payments->totalCount();
    const bool some = m_payments->limit() > 0 && all > m_payments->limit();
    const bool folded = m_payments->limit() == 0 && all > kNewestShown;
    m_shownLine->setVisible(some);
    m_shownLine->setText(tr("The newest %1 of %2 payments.").arg(m_payments->rowCount()).arg(all));
    m_showAll->setVisible(some || folded);
    m_showAll->setText(some ? tr("Show all %1 payments").arg(all)
                            : tr("Show only the newest %1").arg(kNewestShown));
    m_showAll->setAccessibleName(m_showAll->text());
}

void SpendingPage::updateButtons()
{
    const bool chosen = selectedId() != 0;
    m_change->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

qint64 SpendingPage::selectedId() const
{
    const QModelIndexList rows = m_paymentsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_payments->idAt(rows.first().row());
}

void SpendingPage::selectId(qint64 id)
{
    const int row = m_payments->rowOfId(id);
    if (row < 0) {
        m_paymentsView->clearSelection();
        updateButtons();
        return;
    }
    const QModelIndex index = m_payments->index(row, 0);
    m_paymentsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_paymentsView->scrollTo(index);
    updateButtons();
}

PaymentDialog* SpendingPage::paymentDialog() const
{
    return m_paymentDialog;
}

StatementImportDialog* SpendingPage::importDialog() const
{
    return m_importDialog;
}

DirectPaymentReturnDialog* SpendingPage::returnDialog() const
{
    return m_returnDialog;
}

void SpendingPage::addPayment()
{
    if (m_paymentDialog) {
        return;
    }
    openPaymentDialog(new PaymentDialog(
        m_session, PaymentDialog::newPayment(*m_session), PaymentDialog::Mode::Add, this));
}

void SpendingPage::changeSelected()
{
    const Payment* p = m_session->payment(selectedId());
    if (!p || m_paymentDialog) {
        return;
    }
    openPaymentDialog(new PaymentDialog(m_session, *p, PaymentDialog::Mode::Change, this));
}

void SpendingPage::openPaymentDialog(PaymentDialog* dialog)
{
    m_paymentDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_message->hide();
        // A new payment is the newest with the highest id of its day; the
        // changed one keeps its id.
        qint64 id = dialog->paymentId();
        if (id == 0 && !m_session->payments().isEmpty()) {
            for (const Payment& p : m_session->payments()) {
                id = std::max(id, p.id);
            }
        }
        selectId(id);
        m_paymentsView->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void SpendingPage::removeSelected()
{
    const Payment* p = m_session->payment(selectedId());
    if (!p) {
        return;
    }
    const Payment removed = *p;
    const int row = m_payments->rowOfId(removed.id);
    m_session->undoStack()->push(new PaymentListCommand(
        m_session, {removed}, PaymentListCommand::Change::Remove, tr("remove a payment")));
    if (m_session->payment(removed.id)) {
        return; // not saved: the window says why
    }
    const int next = std::min(row, m_payments->rowCount() - 1);
    if (next >= 0) {
        selectId(m_payments->idAt(next));
    }
    m_message->setText(tr("Removed the payment of %1 on %2. To put it back, choose Undo (Ctrl+Z).")
                           .arg(MoneyFormatter().format(removed.amount), longDate(removed.date)));
    m_message->show();
}

void SpendingPage::importStatement()
{
    if (m_importDialog) {
        m_importDialog->raise();
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a statement"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importStatementFrom(path);
    }
}

StatementImportDialog* SpendingPage::importStatementFrom(const QString& path)
{
    if (m_importDialog) {
        m_importDialog->loadFile(path);
        m_importDialog->raise();
        return m_importDialog;
    }
    auto* dialog = new StatementImportDialog(m_session, this);
    m_importDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int n = dialog->imported();
        m_message->setText(n == 1
                ? tr("Imported 1 payment. To take it out again, choose Undo (Ctrl+Z).")
                : tr("Imported %1 payments. To take them all out again, choose Undo (Ctrl+Z).")
                      .arg(n));
        m_message->show();
        m_import->setFocus(Qt::OtherFocusReason);
    });
    dialog->loadFile(path);
    dialog->open();
    return dialog;
}

void SpendingPage::openReturn()
{
    if (m_returnDialog) {
        m_returnDialog->raise();
        return;
    }
    m_returnDialog = new DirectPaymentReturnDialog(m_session, this);
    m_returnDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_returnDialog->open();
}

bool SpendingPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_paymentsView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addPayment();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pb::ui
