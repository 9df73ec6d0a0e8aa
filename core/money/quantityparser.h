// QuantityParser: how many of something a person typed ("10" hours, "7.5"
// hours, "2.25" sessions), as hundredths (SupportItem::quantityHundredths),
// or a plain-words reason it can't be used. At most two decimal places; not
// negative; at most 10,000 (more than the hours in a year's weeks: a typing
// slip, not a plan).
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace pb {

class QuantityParser {
    Q_DECLARE_TR_FUNCTIONS(QuantityParser)
public:
    static constexpr int kLargestHundredths = 1'000'000;

    static Result<int> parseHundredths(const QString& text);
    // "7.5", "10", "2.25": the way to show hundredths back in a field.
    static QString format(int hundredths);
};

} // namespace pb
