#include "spending/spendingpace.h"

#include "money/moneyformatter.h"
#include "spending/planyear.h"

#include <limits>

namespace pb {

namespace {

// ⌈a × b ÷ c⌉ for a, b ≥ 0 and c > 0, in 128 bits so no product overflows.
qint64 ceilMulDiv(qint64 a, qint64 b, qint64 c)
{
    __extension__ typedef __int128 Int128;
    const Int128 product = static_cast<Int128>(a) * b;
    const Int128 quotient = (product + c - 1) / c;
    return quotient > Int128(std::numeric_limits<qint64>::max())
        ? std::numeric_limits<qint64>::max()
        : static_cast<qint64>(quotient);
}

} // namespace

SpendingPace SpendingPace::assess(
    std::optional<Money> yearBudget, Money spent, const PlanYear& year, QDate today)
{
    SpendingPace pace;
    pace.m_yearEnd = year.last();
    if (!yearBudget || yearBudget->isNegative() || yearBudget->isZero()) {
        return pace; // NoBudget: nothing to measure against
    }
    const Money budget = *yearBudget;
    if (today > year.last()) {
        pace.m_kind = Kind::YearEnded;
        pace.m_amount = budget - spent;
        return pace;
    }
    if (spent >= budget && !spent.isZero()) {
        pace.m_kind = Kind::AlreadySpent;
        pace.m_amount = spent - budget;
        return pace;
    }
    const qint64 gone = year.daysElapsed(today);
    if (gone < kFirstDaysTooEarly) {
        pace.m_kind = Kind::TooEarly;
        return pace;
    }
    if (spent.isZero()) {
        pace.m_kind = Kind::NothingSpent;
        return pace;
    }
    const Money projected = spent.scaled(year.days(), gone);
    if (projected <= budget) {
        pace.m_kind = Kind::WillHaveLeft;
        pace.m_amount = budget - projected;
        return pace;
    }
    pace.m_kind = Kind::WillRunOut;
    const qint64 day = ceilMulDiv(budget.pence(), gone, spent.pence());
    pace.m_runOut = year.first().addDays(day - 1);
    return pace;
}

QString SpendingPace::sentence(QLocale locale) const
{
    const MoneyFormatter money; // pounds as on the council's letters; dates in `locale`
    const auto pounds = [&money](Money m) { return money.format(m, MoneyFormatter::Pence::Never); };
    const QString yearEnd = locale.toString(m_yearEnd, QStringLiteral("d MMMM yyyy"));
    switch (m_kind) {
    case Kind::NoBudget:
        return tr("Add the amount of your budget to your plan to see how long the money will "
                  "last.");
    case Kind::TooEarly:
        return tr("It is too early in the plan year to tell how long the money will last. "
                  "Look again after the first month.");
    case Kind::NothingSpent:
        return tr("No spending is recorded for this plan year yet. Add what has been paid, or "
                  "import a statement, to see how long the money will last.");
    case Kind::WillHaveLeft:
        //: %1 money in whole pounds, %2 the last day of the plan year
        return tr("At this rate you will have about %1 left at the end of the plan year (%2).")
            .arg(pounds(m_amount), yearEnd);
    case Kind::WillRunOut:
        //: %1 a month and year, e.g. "March 2027"; %2 the last day of the plan year
        return tr("At this rate the money will run out in %1, before the plan year ends on %2.")
            .arg(locale.toString(m_runOut, QStringLiteral("MMMM yyyy")), yearEnd);
    case Kind::AlreadySpent:
        return m_amount.isZero()
            ? tr("You have already spent all of this plan year's budget. The plan year ends "
                 "on %1.")
                  .arg(yearEnd)
            : tr("You have already spent about %1 more than this plan year's budget. The plan "
                 "year ends on %2.")
                  .arg(pounds(m_amount), yearEnd);
    case Kind::YearEnded:
        return m_amount.isNegative()
            ? tr("The plan year ended on %1, with about %2 more spent than the budget.")
                  .arg(yearEnd, pounds(-m_amount))
            : tr("The plan year ended on %1, with about %2 of the budget not spent.")
                  .arg(yearEnd, pounds(m_amount));
    }
    Q_UNREACHABLE();
}

} // namespace pb
