#include "plan/steps/outcomes/moveoutcomecommand.h"

#include "plan/plansession.h"

#include <QCoreApplication>

namespace pb::ui {

MoveOutcomeCommand::MoveOutcomeCommand(PlanSession* session, int key, int position)
    : QUndoCommand(QCoreApplication::translate("MoveOutcomeCommand", "move an outcome"))
    , m_session(session)
    , m_key(key)
    , m_to(position)
{
    const auto& outcomes = session->plan().outcomes;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes[i].key == key) {
            m_from = i;
        }
    }
}

void MoveOutcomeCommand::redo()
{
    setObsolete(!moveTo(m_to, m_from));
}

void MoveOutcomeCommand::undo()
{
    setObsolete(!moveTo(m_from, m_to));
}

bool MoveOutcomeCommand::moveTo(int position, int fallback)
{
    const Outcome* current = m_session->plan().outcome(m_key);
    if (current == nullptr || m_from < 0 || position == fallback) {
        return false;
    }
    const Outcome outcome = *current;
    if (!m_session->removeOutcome(m_key)) {
        return false;
    }
    if (m_session->applyOutcome(outcome, position)) {
        return true;
    }
    m_session->applyOutcome(outcome, fallback);
    return false;
}

} // namespace pb::ui
