#include "spending/paymentlistcommand.h"

#include "spending/spendingsession.h"

namespace pb::ui {

PaymentListCommand::PaymentListCommand(
    SpendingSession* session, QList<Payment> payments, Change change, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_payments(std::move(payments))
    , m_change(change)
{
}

void PaymentListCommand::redo()
{
    setObsolete(!(m_change == Change::Add ? put() : take()));
}

void PaymentListCommand::undo()
{
    setObsolete(!(m_change == Change::Add ? take() : put()));
}

bool PaymentListCommand::put()
{
    return m_session->addPayments(m_payments);
}

bool PaymentListCommand::take()
{
    QList<qint64> ids;
    for (const Payment& p : std::as_const(m_payments)) {
        ids.append(p.id);
    }
    return m_session->removePayments(ids);
}

} // namespace pb::ui
