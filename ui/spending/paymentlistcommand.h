// PaymentListCommand: payments added (one typed in, or a whole imported
// statement) or removed, as one undo step. Undoing an import takes out every
// payment it brought in, in one transaction; redoing puts them back with the
// same ids. A save that fails marks the command obsolete, so the undo history
// never claims a change that is not on the disk (as ReplaceCommand does).
#pragma once

#include "spending/payment.h"

#include <QList>
#include <QUndoCommand>

namespace pb::ui {

class SpendingSession;

class PaymentListCommand : public QUndoCommand {
public:
    enum class Change { Add, Remove };

    PaymentListCommand(
        SpendingSession* session, QList<Payment> payments, Change change, const QString& text);

    void redo() override;
    void undo() override;

    // The payments as stored (their ids set once added).
    const QList<Payment>& payments() const { return m_payments; }

private:
    bool put();
    bool take();

    SpendingSession* m_session;
    QList<Payment> m_payments;
    Change m_change;
};

} // namespace pb::ui
