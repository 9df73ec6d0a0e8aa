#include "spending/paymentdialog.h"

#include "spending/editpaymentcommand.h"
#include "spending/paymentlistcommand.h"
#include "spending/spendingsession.h"
#include "spending/spendingsummary.h"
#include "widgets/dateedit.h"
#include "widgets/heading.h"
#include "widgets/moneyedit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

QLabel* labelFor(QWidget* buddy, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    return label;
}

} // namespace

Payment PaymentDialog::newPayment(const SpendingSession& session)
{
    Payment p;
    p.personId = session.person().id;
    p.date = session.today();
    p.direction = PaymentDirection::Out;
    return p;
}

PaymentDialog::PaymentDialog(
    SpendingSession* session, const Payment& payment, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(payment)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Add ? tr("Add a payment") : tr("Change a payment"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(
        new Heading(mode == Mode::Add ? tr("Add a payment") : tr("Change a payment"), 1, this));

    // Which way the money went.
    auto* wayLabel = new QLabel(tr("Which way did the money go?"), this);
    layout->addWidget(wayLabel);
    m_out = new QRadioButton(tr("Money out: a payment from the account"), this);
    m_in = new QRadioButton(tr("Money in: for example the council's payment"), this);
    auto* way = new QButtonGroup(this);
    for (QRadioButton* b : {m_out, m_in}) {
        b->setAccessibleName(b->text());
        way->addButton(b);
        layout->addWidget(b);
    }
    (payment.isMoneyIn() ? m_in : m_out)->setChecked(true);
    connect(m_out, &QRadioButton::toggled, this, &PaymentDialog::directionChanged);

    layout->addSpacing(4);
    m_date = new DateEdit(this);
    m_date->setDate(payment.date.isValid() ? payment.date : session->today());
    m_date->setAccessibleName(tr("Date"));
    layout->addWidget(labelFor(m_date, tr("&Date"), this));
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    layout->addLayout(dateRow);

    m_amount = new MoneyEdit(this);
    m_amount->setAccessibleName(tr("Amount in pounds"));
    if (!payment.amount.isZero()) {
        m_amount->setAmount(payment.amount);
    }
    layout->addWidget(labelFor(m_amount->lineEdit(), tr("&Amount"), this));
    layout->addWidget(m_amount);
    m_amountError = new QLabel(this);
    m_amountError->setObjectName(QStringLiteral("fieldError"));
    m_amountError->setWordWrap(true);
    m_amountError->hide();
    layout->addWidget(m_amountError);
    connect(m_amount, &MoneyEdit::amountEdited, m_amountError, &QWidget::hide);

    m_payee = new QLineEdit(payment.payee, this);
    m_payeeLabel = labelFor(m_payee, QString(), this);
    layout->addWidget(m_payeeLabel);
    layout->addWidget(m_payee);

    m_description = new QLineEdit(payment.description, this);
    m_description->setAccessibleName(tr("What it was for"));
    m_description->setPlaceholderText(tr("For example: wages for 1 to 7 May"));
    layout->addWidget(labelFor(m_description, tr("W&hat it was for"), this));
    layout->addWidget(m_description);

    m_support = new QComboBox(this);
    m_support->setAccessibleName(tr("Which support it paid for"));
    m_support->addItem(tr("Not for one piece of support in the plan"), -1);
    const Plan& plan = session->plan();
    for (const SupportItem& item : plan.items) {
        if (SpendingSummary::paidThroughAccount(item, plan.deployment.choice)) {
            m_support->addItem(item.what.simplified(), item.key);
        }
    }
    if (payment.itemKey && m_support->findData(*payment.itemKey) < 0) {
        m_support->addItem(tr("Support no longer in the plan"), *payment.itemKey);
    }
    m_support->setCurrentIndex(std::max(0, m_support->findData(payment.itemKey.value_or(-1))));
    m_supportLabel = labelFor(m_support, tr("Which &support in your plan it paid for"), this);
    layout->addWidget(m_supportLabel);
    layout->addWidget(m_support);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("fieldError"));
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    layout->addWidget(m_saveError);

    layout->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_main = new QPushButton(mode == Mode::Add ? tr("Add payment") : tr("Save changes"), this);
    m_main->setObjectName(QStringLiteral("primary"));
    m_main->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    for (QPushButton* b : {m_main, m_cancel}) {
        b->setAccessibleName(b->text());
        b->setMinimumHeight(44);
        b->setMinimumWidth(110);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(m_main, &QPushButton::clicked, this, &PaymentDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &PaymentDialog::reject);

    directionChanged();
    m_amount->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void PaymentDialog::directionChanged()
{
    const bool in = m_in->isChecked();
    m_payeeLabel->setText(in ? tr("Who paid it &in") : tr("Who was &paid"));
    m_payee->setAccessibleName(in ? tr("Who paid it in") : tr("Who was paid"));
    m_payee->setPlaceholderText(
        in ? tr("For example: Oldham Council") : tr("For example: Jade Morris, or the shop"));
    // Money in pays for no support.
    m_supportLabel->setVisible(!in);
    m_support->setVisible(!in);
}

std::optional<Payment> PaymentDialog::payment() const
{
    const auto amount = m_amount->amount();
    if (!amount || amount->isZero() || m_amount->hasError()) {
        return std::nullopt;
    }
    Payment p = m_original;
    p.date = m_date->date();
    p.amount = *amount;
    p.direction = m_in->isChecked() ? PaymentDirection::In : PaymentDirection::Out;
    p.payee = m_payee->text().simplified();
    p.description = m_description->text().simplified();
    const int key = m_support->currentData().toInt();
    p.itemKey = p.isMoneyIn() || key < 0 ? std::nullopt : std::optional<int>(key);
    return p;
}

void PaymentDialog::accept()
{
    m_saveError->hide();
    const auto p = payment();
    if (!p) {
        if (!m_amount->hasError()) {
            const auto amount = m_amount->amount();
            m_amountError->setText(amount && amount->isZero()
                    ? tr("Enter an amount more than £0, like 12.50")
                    : tr("Enter the amount in pounds, like 120 or 120.50"));
            m_amountError->show();
        }
        m_amount->setFocus(Qt::OtherFocusReason);
        return;
    }
    QString failure;
    const auto watch = connect(m_session, &SpendingSession::editFailed, this,
        [&failure](const QString& message) { failure = message; });
    bool saved = true;
    if (m_mode == Mode::Add) {
        const qsizetype before = m_session->payments().size();
        m_session->undoStack()->push(new PaymentListCommand(
            m_session, {*p}, PaymentListCommand::Change::Add, tr("add a payment")));
        saved = m_session->payments().size() == before + 1;
    } else if (*p != m_original) {
        m_session->undoStack()->push(
            new EditPaymentCommand(m_session, m_original, *p, tr("change a payment")));
        const Payment* stored = m_session->payment(p->id);
        saved = stored && *stored == *p;
    }
    disconnect(watch);
    if (!saved) {
        m_saveError->setText(failure.isEmpty() ? tr("The payment couldn't be saved.") : failure);
        m_saveError->show();
        return;
    }
    QDialog::accept();
}

} // namespace pb::ui
