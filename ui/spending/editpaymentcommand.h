// EditPaymentCommand: one payment changed (its date, amount, who, what for,
// or the support it paid for), saved through SpendingSession. A failed save
// marks it obsolete, as every command does.
#pragma once

#include "spending/payment.h"

#include <QUndoCommand>

namespace pb::ui {

class SpendingSession;

class EditPaymentCommand : public QUndoCommand {
public:
    EditPaymentCommand(
        SpendingSession* session, Payment before, Payment after, const QString& text);

    void redo() override;
    void undo() override;

private:
    SpendingSession* m_session;
    Payment m_before;
    Payment m_after;
};

} // namespace pb::ui
