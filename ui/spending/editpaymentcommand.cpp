#include "spending/editpaymentcommand.h"

#include "spending/spendingsession.h"

namespace pb::ui {

EditPaymentCommand::EditPaymentCommand(
    SpendingSession* session, Payment before, Payment after, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditPaymentCommand::redo()
{
    setObsolete(!m_session->updatePayment(m_after));
}

void EditPaymentCommand::undo()
{
    setObsolete(!m_session->updatePayment(m_before));
}

} // namespace pb::ui
