#include "plan/steps/budgetstep.h"

#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "plan/steps/budget/budgetdatespanel.h"
#include "plan/steps/budget/budgetfieldeditcommand.h"
#include "plan/steps/budget/budgetmoneyfield.h"
#include "plan/steps/budget/enteredamountpanel.h"
#include "plan/steps/budget/fundingstreamspanel.h"
#include "plan/steps/budget/rasquestionnaire.h"
#include "widgets/choicegroup.h"
#include "widgets/heading.h"
#include "widgets/moneyedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pb::ui {

BudgetStep::BudgetStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("My budget"),
        tr("Type in the amount the council gave you, or work it out by answering the council's "
           "questions."),
        parent)
    , m_source(makeSourceChoice()) // first, so it comes first in the tab order
    , m_enteredSection(new QWidget(this))
    , m_entered(new EnteredAmountPanel(session, m_enteredSection))
    , m_rasSection(new QWidget(this))
    , m_ras(new RasQuestionnaire(session, m_rasSection))
    , m_rasAgreedLabel(new QLabel(m_rasSection))
    , m_rasAgreed(new MoneyEdit(m_rasSection))
    , m_dates(new BudgetDatesPanel(session, this))
    , m_streams(new FundingStreamsPanel(session, this))
{
    content()->addWidget(new Heading(tr("How do you want to set your budget?"), 2, this));
    content()->addWidget(m_source);
    connect(m_source, &ChoiceGroup::chosenByPerson, this, &BudgetStep::chooseSource);

    // I know my amount.
    auto* entered = new QVBoxLayout(m_enteredSection);
    entered->setContentsMargins(0, 8, 0, 0);
    entered->addWidget(new Heading(tr("Your amount"), 2, m_enteredSection));
    entered->addWidget(m_entered);
    content()->addWidget(m_enteredSection);

    // Work it out, and the agreed amount once there is one.
    auto* ras = new QVBoxLayout(m_rasSection);
    ras->setContentsMargins(0, 8, 0, 0);
    ras->setSpacing(6);
    ras->addWidget(m_ras);
    ras->addSpacing(16);
    ras->addWidget(new Heading(tr("When the council agrees your budget"), 2, m_rasSection));
    const QString agreedHint =
        tr("The amount worked out here is a first estimate (the indicative budget). The council "
           "may agree a different amount with your plan: type it here when you know it.");
    auto* hint = new QLabel(agreedHint, m_rasSection);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_rasAgreedLabel->setBuddy(m_rasAgreed->lineEdit());
    ras->addWidget(m_rasAgreedLabel);
    ras->addWidget(hint);
    auto* agreedRow = new QHBoxLayout;
    agreedRow->addWidget(new QLabel(tr("£"), m_rasSection), 0, Qt::AlignTop);
    agreedRow->addWidget(m_rasAgreed, 1);
    agreedRow->addStretch(1);
    ras->addLayout(agreedRow);
    m_rasAgreed->setAccessibleName(tr("The amount the council agreed"));
    m_rasAgreed->lineEdit()->setAccessibleDescription(agreedHint);
    m_rasAgreed->lineEdit()->setPlaceholderText(tr("Not agreed yet"));
    m_rasAgreedField = new BudgetMoneyField(
        session, m_rasAgreed, [](const Budget& b) { return b.agreed; },
        [](Budget& b, std::optional<Money> amount) { b.agreed = amount; },
        [] { return int(BudgetFieldEditCommand::AgreedAmountField); },
        tr("change the amount the council agreed"), this);
    content()->addWidget(m_rasSection);

    // For both.
    content()->addSpacing(8);
    content()->addWidget(new Heading(tr("When your budget runs"), 2, this));
    content()->addWidget(m_dates);
    content()->addSpacing(8);
    content()->addWidget(new Heading(tr("Where the money comes from"), 2, this));
    content()->addWidget(m_streams);

    setEditable(!session->isFrozen());
    refresh();
}

ChoiceGroup* BudgetStep::makeSourceChoice()
{
    auto* choice = new ChoiceGroup(this);
    choice->addOption(Entered, tr("I know my amount (the council gave me a figure)"));
    choice->addOption(Ras, tr("Work it out by answering the council's questions"));
    choice->setAccessibleName(tr("How do you want to set your budget?"));
    return choice;
}

QString BudgetStep::stepTitle() const
{
    return tr("My budget");
}

void BudgetStep::chooseSource(int source)
{
    Budget after = session()->plan().budget;
    if (source == Ras) {
        after.source = BudgetSource::Ras;
        after = m_ras->workedOut(after);
    } else {
        after.source = BudgetSource::Entered;
    }
    BudgetFieldEditCommand::push(
        session(), after, tr("choose how to set your budget"), BudgetFieldEditCommand::SourceField);
    if (source == Ras) {
        m_ras->showWhereToStart();
    }
}

void BudgetStep::refresh()
{
    const Budget& budget = session()->plan().budget;
    const bool ras = budget.source == BudgetSource::Ras;
    m_source->setChosen(ras ? Ras : Entered);
    m_enteredSection->setVisible(!ras);
    m_rasSection->setVisible(ras);
    m_entered->refresh();
    m_ras->refresh();
    m_rasAgreedLabel->setText(
        tr("The amount the council agreed, %1").arg(MoneyFormatter::periodPhrase(budget.period)));
    m_rasAgreedField->refresh();
    m_dates->refresh();
    m_streams->refresh();
}

void BudgetStep::setEditable(bool editable)
{
    m_source->setReadOnly(!editable);
    m_entered->setEditable(editable);
    m_ras->setEditable(editable);
    m_rasAgreed->setReadOnly(!editable);
    m_dates->setEditable(editable);
    m_streams->setEditable(editable);
}

bool BudgetStep::handles(FindingTarget target) const
{
    return target == FindingTarget::Budget || target == FindingTarget::FundingStream;
}

void BudgetStep::showTarget(FindingTarget target, int key)
{
    if (target == FindingTarget::FundingStream) {
        m_streams->showStream(key);
        return;
    }
    if (session()->plan().budget.source == BudgetSource::Ras) {
        m_ras->showWhereToStart();
        m_ras->focusPage();
    } else {
        m_entered->amountEdit()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace pb::ui
