// Transaction: one all-or-nothing write. Begins on construction and rolls
// back on destruction unless commit() succeeded, so an early return or an
// error anywhere in a multi-statement write leaves nothing half-written.
//
//     Transaction tx(db);
//     if (auto s = tx.started(); !s) return s;
//     ... statements ...
//     return tx.commit();
//
// Transactions don't nest: repositories begin one per public call and build
// the call from helpers that never begin their own.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace pb {

class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether the transaction began; the Error explains why not.
    Status started() const;
    // Makes the writes permanent. With synchronous=FULL, they are on the disk
    // when this returns successfully. On failure everything is rolled back.
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Status m_started = success();
};

} // namespace pb
