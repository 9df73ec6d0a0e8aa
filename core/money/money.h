// Money: an amount in whole pence, held in 64 bits. Never floating point.
//
// Arithmetic is checked: a result that does not fit throws MoneyOverflow
// instead of wrapping. The one rounding rule of the program lives in
// Money::scaled(): results are rounded to the nearest penny, halves away from
// zero (£0.005 -> £0.01, -£0.005 -> -£0.01). Every percentage, period
// conversion and share goes through it.
#pragma once

#include <QtGlobal>

#include <compare>
#include <stdexcept>

namespace pb {

class MoneyOverflow : public std::overflow_error {
public:
    MoneyOverflow()
        : std::overflow_error("money arithmetic overflowed 64-bit pence")
    {
    }
};

class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromPence(qint64 pence) { return Money(pence); }
    static Money fromPounds(qint64 pounds); // throws MoneyOverflow

    constexpr qint64 pence() const { return m_pence; }
    constexpr bool isZero() const { return m_pence == 0; }
    constexpr bool isNegative() const { return m_pence < 0; }
    constexpr bool hasPence() const { return m_pence % 100 != 0; }

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money& operator+=(Money other);
    Money& operator-=(Money other);

    // this × factor, exactly.
    Money times(qint64 factor) const;
    // this × numerator ÷ denominator, rounded by the rule above.
    // denominator must not be zero.
    Money scaled(qint64 numerator, qint64 denominator) const;

    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 pence)
        : m_pence(pence)
    {
    }
    qint64 m_pence = 0;
};

} // namespace pb
