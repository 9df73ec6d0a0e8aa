#include "plan/steps/budget/budgetmoneyfield.h"

#include "plan/plansession.h"
#include "plan/steps/budget/budgetfieldeditcommand.h"
#include "widgets/moneyedit.h"

#include <QEvent>
#include <QLineEdit>

namespace pb::ui {

BudgetMoneyField::BudgetMoneyField(PlanSession* session, MoneyEdit* edit, Getter get, Setter set,
    std::function<int()> mergeKey, QString undoText, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_edit(edit)
    , m_get(std::move(get))
    , m_set(std::move(set))
    , m_mergeKey(std::move(mergeKey))
    , m_undoText(std::move(undoText))
{
    // Connected after MoneyEdit's own handler, so hasError() is up to date.
    connect(edit->lineEdit(), &QLineEdit::textEdited, this, &BudgetMoneyField::typed);
    edit->lineEdit()->installEventFilter(this);
    edit->installEventFilter(this);
    fitWidth();
    reset();
}

void BudgetMoneyField::refresh()
{
    const auto inPlan = m_get(m_session->plan().budget);
    if (inPlan != m_lastSaved) {
        reset(); // changed by something else: an undo, another field
        return;
    }
    if (!m_typing && !m_edit->hasError()) {
        m_edit->setAmount(inPlan);
    }
}

void BudgetMoneyField::reset()
{
    m_typing = false;
    m_lastSaved = m_get(m_session->plan().budget);
    m_edit->setAmount(m_lastSaved);
}

bool BudgetMoneyField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit->lineEdit() && event->type() == QEvent::FocusOut) {
        m_typing = false; // coming back to the field starts a new "before"
    } else if (watched == m_edit && event->type() == QEvent::FontChange) {
        fitWidth();
    }
    return QObject::eventFilter(watched, event);
}

void BudgetMoneyField::fitWidth()
{
    m_edit->setMaximumWidth(m_edit->fontMetrics().averageCharWidth() * 30);
}

void BudgetMoneyField::typed()
{
    if (m_edit->lineEdit()->isReadOnly()) {
        return;
    }
    if (!m_typing) {
        m_typing = true;
        m_beforeTyping = m_get(m_session->plan().budget);
    }
    if (m_edit->hasError()) {
        save(m_beforeTyping);
    } else {
        save(m_edit->amount());
    }
}

void BudgetMoneyField::save(std::optional<Money> amount)
{
    Budget after = m_session->plan().budget;
    m_set(after, amount);
    m_lastSaved = m_get(after); // as the plan keeps it (an emptied stream is £0)
    m_saving = true;
    BudgetFieldEditCommand::push(m_session, after, m_undoText, m_mergeKey());
    m_saving = false;
    // A save that failed left the plan as it was: show that at the next refresh.
    const auto inPlan = m_get(m_session->plan().budget);
    if (inPlan != m_lastSaved) {
        m_lastSaved = inPlan;
        m_typing = false;
    }
}

} // namespace pb::ui
