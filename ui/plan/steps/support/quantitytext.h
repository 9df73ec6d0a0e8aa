// QuantityText: how many of a support item (hours, sessions, tickets) as
// people write and read it. SupportItem keeps the number in hundredths
// (7.5 hours = 750) so it is exact; this turns typed text into hundredths,
// or says plainly what to change. (The words of the "How often" column are
// core's: ModelLabels::howOften.)
//
// What is accepted: a number with at most two digits after the point
// ("10", "7.5", "7.25", ".5"), spaces around it ignored. What is refused,
// with a message that says how to put it right: letters, a minus sign, zero,
// more than two decimal places, and numbers no plan could mean: more hours
// than the period has (168 a week; a one-off counts as up to a year) for a
// personal assistant, or more than 10,000 of anything else. The limits are
// there to catch a slip of the keyboard (1000 for 10.00), not to judge a plan.
#pragma once

#include "common/result.h"
#include "model/supportitem.h"
#include "money/period.h"

#include <QCoreApplication>
#include <QString>

namespace pb::ui {

class QuantityText {
    Q_DECLARE_TR_FUNCTIONS(QuantityText)
public:
    // What the number counts: hours (a personal assistant) or anything.
    enum class Unit { Hours, Any };

    static constexpr int kMostOfAnything = 10'000 * 100; // hundredths

    static Unit unitFor(SupportType type);
    // The largest number of hundredths accepted for `unit` per `period`.
    static int largest(Unit unit, Period period);

    // "10", "7.5", "7.25", "1,000" in the current locale's digits.
    static QString format(int hundredths);
    // Hundredths, or an Error whose message is for beside the field.
    static Result<int> parse(const QString& text, Unit unit, Period period);
};

} // namespace pb::ui
