// MoneyParser: turns what a person typed into Money, or says plainly why not.
//
// Accepted: "120", "120.5", "120.50", "£1,234.50", " £ 12 ", "50p".
// Refused, with a message that says how to put it right: letters, more than
// two digits after the point, commas in the wrong place ("12,34" could mean
// two things), negative amounts, and amounts over £1,000,000,000 (no personal
// budget comes near; it guards every later sum against overflow).
#pragma once

#include "common/result.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QString>

namespace pb {

class MoneyParser {
    Q_DECLARE_TR_FUNCTIONS(MoneyParser)
public:
    static constexpr qint64 kLargestTypedPence = 100'000'000'000; // £1,000,000,000

    static Result<Money> parse(const QString& text);
};

} // namespace pb
