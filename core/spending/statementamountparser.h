// StatementAmountParser: an amount as a statement writes it, with its sign.
//
// The number itself goes through MoneyParser, so a statement amount follows
// the same rules as a typed one ("12,34" is refused with MoneyParser's plain
// message: it could mean £12.34 or £1,234). Around the number, the ways
// statements show a sign are taken explicitly, one at a time:
//   -12.50   12.50-   (12.50)        minus
//   +12.50   12.50                   plus
//   12.50 DR   12.50 CR              a debit (money out) or credit (money in)
// and a £ or "GBP" before or after the number. Two signs at once ("-(12)",
// "-12.50 CR") are refused: which one was meant can't be known.
#pragma once

#include "common/result.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QString>

namespace pb {

class StatementAmountParser {
    Q_DECLARE_TR_FUNCTIONS(StatementAmountParser)
public:
    enum class Sign { Plus, Minus, Credit, Debit };

    struct Amount {
        Money magnitude; // £0 or more
        Sign sign = Sign::Plus;

        bool operator==(const Amount&) const = default;
    };

    // An empty cell is an Error too (the caller decides whether an empty
    // cell matters: in separate paid-in / paid-out columns one is empty).
    static Result<Amount> parse(const QString& text);
};

} // namespace pb
