// Period: how often an amount is paid, and the one conversion between periods.
//
// The convention, used everywhere in the program:
//   a year has 52 weeks, 13 four-week periods and 12 calendar months;
//   a one-off ("once") amount counts in full in the plan year it falls in,
//   so £520 once is £520 a year, £10 a week.
// convert() goes through the yearly amount (amount × per-year count of `from`
// ÷ per-year count of `to`) and rounds once, by Money's rounding rule.
#pragma once

#include "money/money.h"

#include <QString>

#include <optional>

namespace pb {

enum class Period { Week, FourWeeks, Month, Year, Once };

// How many times an amount of this period falls in a year (52, 13, 12, 1, 1).
int occurrencesPerYear(Period period);

Money convert(Money amount, Period from, Period to);

// Stable, untranslated keys for files and the database ("week", "four-weeks",
// "month", "year", "once").
QString periodKey(Period period);
std::optional<Period> periodFromKey(const QString& key);

} // namespace pb
