#include "money/period.h"

#include <array>
#include <utility>

namespace pb {

namespace {

constexpr std::array<std::pair<Period, const char*>, 5> kKeys {{
    {Period::Week, "week"},
    {Period::FourWeeks, "four-weeks"},
    {Period::Month, "month"},
    {Period::Year, "year"},
    {Period::Once, "once"},
}};

} // namespace

int occurrencesPerYear(Period period)
{
    switch (period) {
    case Period::Week:
        return 52;
    case Period::FourWeeks:
        return 13;
    case Period::Month:
        return 12;
    case Period::Year:
    case Period::Once:
        return 1;
    }
    Q_UNREACHABLE();
}

Money convert(Money amount, Period from, Period to)
{
    if (from == to) {
        return amount;
    }
    return amount.scaled(occurrencesPerYear(from), occurrencesPerYear(to));
}

QString periodKey(Period period)
{
    for (const auto& [p, key] : kKeys) {
        if (p == period) {
            return QString::fromLatin1(key);
        }
    }
    Q_UNREACHABLE();
}

std::optional<Period> periodFromKey(const QString& key)
{
    for (const auto& [p, k] : kKeys) {
        if (key == QLatin1String(k)) {
            return p;
        }
    }
    return std::nullopt;
}

} // namespace pb
