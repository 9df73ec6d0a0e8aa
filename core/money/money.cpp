#include "money/money.h"

#include <limits>

namespace pb {

namespace {

// GCC and Clang's 128-bit integer; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

qint64 checkedAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r)) {
        throw MoneyOverflow();
    }
    return r;
}

qint64 checkedMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_mul_overflow(a, b, &r)) {
        throw MoneyOverflow();
    }
    return r;
}

} // namespace

Money Money::fromPounds(qint64 pounds)
{
    return Money(checkedMul(pounds, 100));
}

Money Money::operator+(Money other) const
{
    return Money(checkedAdd(m_pence, other.m_pence));
}

Money Money::operator-(Money other) const
{
    qint64 r = 0;
    if (__builtin_sub_overflow(m_pence, other.m_pence, &r)) {
        throw MoneyOverflow();
    }
    return Money(r);
}

Money Money::operator-() const
{
    if (m_pence == std::numeric_limits<qint64>::min()) {
        throw MoneyOverflow();
    }
    return Money(-m_pence);
}

Money& Money::operator+=(Money other)
{
    return *this = *this + other;
}
Money& Money::operator-=(Money other)
{
    return *this = *this - other;
}

Money Money::times(qint64 factor) const
{
    return Money(checkedMul(m_pence, factor));
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    Q_ASSERT(denominator != 0);
    // 128-bit intermediate: the product of two 64-bit values always fits.
    Int128 product = static_cast<Int128>(m_pence) * numerator;
    Int128 den = denominator;
    if (den < 0) {
        product = -product;
        den = -den;
    }
    const bool negative = product < 0;
    const Int128 magnitude = negative ? -product : product;
    Int128 quotient = magnitude / den;
    if ((magnitude % den) * 2 >= den) {
        ++quotient; // halves away from zero
    }
    const Int128 result = negative ? -quotient : quotient;
    if (result > std::numeric_limits<qint64>::max()
        || result < std::numeric_limits<qint64>::min()) {
        throw MoneyOverflow();
    }
    return Money(static_cast<qint64>(result));
}

} // namespace pb
