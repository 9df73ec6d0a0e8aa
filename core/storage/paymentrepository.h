// PaymentRepository: the payments recorded for a person (money in and out of
// the account their budget is paid into; see spending/payment.h). Every call
// that writes is one transaction, on the disk when it returns, so the window
// saves each edit as it is made; addAll() stores a whole imported statement
// or nothing of it.
//
// Payments belong to the person, not to a plan version, and are not frozen
// when a plan is agreed: keeping track of the money is what happens after.
// Removing payments that are already gone succeeds, so undo and redo may
// repeat themselves safely; putting back a removed payment keeps its id.
#pragma once

#include "common/result.h"
#include "spending/payment.h"

#include <QList>

namespace pb {

class Database;

class PaymentRepository {
public:
    explicit PaymentRepository(Database& db);

    // The person's payments, oldest first (by date, then as recorded).
    Result<QList<Payment>> list(qint64 personId) const;

    // Stores the payments: one with id 0 gets a new id, one with an id keeps
    // it (a removed payment put back by undo). All or none. Returns the ids
    // in order. A payment must have a person, a date and an amount above £0.
    Result<QList<qint64>> addAll(const QList<Payment>& payments);
    Result<qint64> add(const Payment& payment);
    // Every field of a stored payment (not its person).
    Status update(const Payment& payment);
    Status removeAll(const QList<qint64>& ids);

private:
    Database& m_db;
};

} // namespace pb
