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
    setObsolete(m_from < 0 || !m_session->moveOutcome(m_key, m_to));
}

void MoveOutcomeCommand::undo()
{
    setObsolete(m_from < 0 || !m_session->moveOutcome(m_key, m_from));
}

} // namespace pb::ui
