#include "spending/buildupweekscommand.h"

#include "spending/spendingsession.h"

#include <QCoreApplication>

namespace pb::ui {

BuildUpWeeksCommand::BuildUpWeeksCommand(SpendingSession* session, int before, int after)
    : QUndoCommand(QCoreApplication::translate("BuildUpWeeksCommand", "change the weeks of budget"))
    , m_session(session)
    , m_before(before)
    , m_after(after)
{
}

void BuildUpWeeksCommand::redo()
{
    setObsolete(!m_session->applyBuildUpWeeks(m_after));
}

void BuildUpWeeksCommand::undo()
{
    setObsolete(!m_session->applyBuildUpWeeks(m_before));
}

bool BuildUpWeeksCommand::mergeWith(const QUndoCommand* other)
{
    const auto* same = dynamic_cast<const BuildUpWeeksCommand*>(other);
    if (!same || same->isObsolete()) {
        return false;
    }
    m_after = same->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace pb::ui
