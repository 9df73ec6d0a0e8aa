// StatementColumns: which column of a statement file holds what, as the
// person chose it (columns count from 0; kNone for "not in this file").
//
// The money is either in one amount column, signed, or in two columns, one
// for money paid out and one for money paid in, as many UK banks write it.
// In one column, most banks show money going out as a minus; some prepaid
// cards show spending as a plus and top-ups as a minus (outgoingNegative).
// DR and CR after an amount say which way it went whatever the column's
// habit (see StatementAmountParser).
//
// guess() reads a header row's names ("Date", "Transaction description",
// "Paid out", "Money in", "Debit", "Amount (GBP)", ...) to start the person
// off; toText()/fromText() keep a choice as short text, so the window can
// remember it for the next statement in the same layout.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pb {

struct StatementColumns {
    Q_DECLARE_TR_FUNCTIONS(StatementColumns)
public:
    static constexpr int kNone = -1;

    int date = kNone;
    int description = kNone;
    int payee = kNone; // optional: who was paid, when the statement has its own column for it
    int amount = kNone; // one signed amount column...
    int paidOut = kNone; // ...or money out and money in in two columns
    int paidIn = kNone;
    bool firstRowIsHeader = true;
    bool outgoingNegative = true; // in the one amount column: a minus is money out

    bool usesAmountColumn() const { return amount != kNone; }

    // Whether this choice can be used on a file with `columnCount` columns;
    // the Error says what to choose differently, in plain words.
    Status check(int columnCount) const;

    // A first choice from a header row's names (firstRowIsHeader set when
    // any name is recognised).
    static StatementColumns guess(const QStringList& header);

    QString toText() const;
    // Nothing usable in `text` gives the defaults (no column chosen).
    static StatementColumns fromText(const QString& text);

    bool operator==(const StatementColumns&) const = default;
};

} // namespace pb
