#include "plan/steps/budget/enteredamountpanel.h"

#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "plan/steps/budget/budgetfieldeditcommand.h"
#include "plan/steps/budget/budgetmoneyfield.h"
#include "widgets/choicegroup.h"
#include "widgets/fieldsync.h"
#include "widgets/moneyedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pb::ui {

namespace {
QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* hint = new QLabel(text, parent);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    return hint;
}
} // namespace

EnteredAmountPanel::EnteredAmountPanel(PlanSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_amount(new MoneyEdit(this))
    , m_amountLabel(new QLabel(tr("How much is your budget?"), this))
    , m_period(new QComboBox(this))
    , m_agreed(new ChoiceGroup(this))
    , m_estimate(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    // The amount.
    m_amountLabel->setBuddy(m_amount->lineEdit());
    layout->addWidget(m_amountLabel);
    const QString amountHint =
        tr("The figure in pounds from the council's letter, like 12000 or 230.50.");
    layout->addWidget(hintLabel(amountHint, this));
    auto* amountRow = new QHBoxLayout;
    auto* pound = new QLabel(tr("£"), this);
    pound->setAccessibleName(tr("in pounds"));
    amountRow->addWidget(pound, 0, Qt::AlignTop);
    amountRow->addWidget(m_amount, 1);
    amountRow->addStretch(1);
    layout->addLayout(amountRow);
    m_amount->setAccessibleName(tr("Your budget"));
    m_amount->lineEdit()->setAccessibleDescription(amountHint);
    m_amount->setObjectName(QStringLiteral("budgetAmount"));
    m_estimate->setObjectName(QStringLiteral("hint"));
    m_estimate->setWordWrap(true);
    m_estimate->hide();
    layout->addWidget(m_estimate);

    // How often.
    layout->addSpacing(8);
    auto* periodLabel = new QLabel(tr("Is that for a week, four weeks, a month or a year?"), this);
    periodLabel->setWordWrap(true);
    periodLabel->setBuddy(m_period);
    layout->addWidget(periodLabel);
    for (Period p : {Period::Week, Period::FourWeeks, Period::Month, Period::Year}) {
        m_period->addItem(MoneyFormatter::periodName(p), QVariant::fromValue(int(p)));
    }
    m_period->setAccessibleName(tr("How often you get this amount"));
    m_period->setMinimumHeight(44);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    layout->addLayout(periodRow);
    connect(m_period, &QComboBox::activated, this, &EnteredAmountPanel::choosePeriod);

    // Agreed or not yet.
    layout->addSpacing(8);
    auto* agreedLabel = new QLabel(tr("Has the council agreed this amount?"), this);
    agreedLabel->setWordWrap(true);
    layout->addWidget(agreedLabel);
    layout->addWidget(hintLabel(tr("The council first works out an estimate of your budget. It "
                                   "agrees the final amount with you when it agrees your plan."),
        this));
    m_agreed->addOption(
        NotYet, tr("Not yet: this is the council's first estimate (the indicative budget)"));
    m_agreed->addOption(Yes, tr("Yes: the council has agreed this amount (the agreed budget)"));
    m_agreed->setAccessibleName(agreedLabel->text());
    layout->addWidget(m_agreed);
    connect(m_agreed, &ChoiceGroup::chosenByPerson, this, &EnteredAmountPanel::chooseAgreed);

    m_agreedChosen = session->plan().budget.agreed.has_value();
    m_field = new BudgetMoneyField(
        session, m_amount,
        [this](const Budget& b) { return m_agreedChosen ? b.agreed : b.indicative; },
        [this](Budget& b, std::optional<Money> amount) {
            if (m_agreedChosen) {
                b.agreed = amount;
            } else {
                b.indicative = amount;
            }
            b.source = BudgetSource::Entered;
        },
        [] { return int(BudgetFieldEditCommand::AmountField); }, tr("change your budget"), this);
}

bool EnteredAmountPanel::ownEdit() const
{
    return m_choosing || m_field->isSaving();
}

void EnteredAmountPanel::chooseAgreed(int choice)
{
    Budget after = m_session->plan().budget;
    m_agreedChosen = choice == Yes;
    if (m_agreedChosen) {
        if (!after.agreed) {
            after.agreed = after.indicative;
        }
    } else {
        if (!after.indicative) {
            after.indicative = after.agreed;
        }
        after.agreed.reset();
    }
    after.source = BudgetSource::Entered;
    m_choosing = true;
    BudgetFieldEditCommand::push(m_session, after, tr("say whether the council agreed your budget"),
        BudgetFieldEditCommand::AgreedChoiceField);
    m_field->reset(); // the field now stands for the other amount
    refresh();
    m_choosing = false;
}

void EnteredAmountPanel::choosePeriod(int index)
{
    Budget after = m_session->plan().budget;
    after.period = static_cast<Period>(m_period->itemData(index).toInt());
    BudgetFieldEditCommand::push(m_session, after, tr("change how often you get your budget"),
        BudgetFieldEditCommand::PeriodField);
}

void EnteredAmountPanel::refresh()
{
    const Budget& b = m_session->plan().budget;
    // Without any amount, the answer is the person's alone: keep it.
    if (!ownEdit() && (b.agreed || b.indicative) && m_agreedChosen != b.agreed.has_value()) {
        m_agreedChosen = b.agreed.has_value(); // an undo, or a new version of the plan
        m_field->reset();
    }
    m_field->refresh();
    fieldsync::setCurrentData(m_period, QVariant::fromValue(int(b.period)));
    m_agreed->setChosen(m_agreedChosen ? Yes : NotYet);
    const bool bothKnown = b.agreed && b.indicative && *b.agreed != *b.indicative;
    m_estimate->setVisible(bothKnown);
    if (bothKnown) {
        m_estimate->setText(tr("The council's first estimate (the indicative budget) was %1.")
                                .arg(MoneyFormatter().format(*b.indicative, b.period)));
    }
}

void EnteredAmountPanel::setEditable(bool editable)
{
    m_amount->setReadOnly(!editable);
    m_period->setEnabled(editable);
    m_agreed->setReadOnly(!editable);
}

} // namespace pb::ui
