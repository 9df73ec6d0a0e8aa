// SpendingPace: how long the money will last if it goes on being spent as it
// has been so far this plan year, in one plain sentence.
//
// The pace is what has been spent so far ÷ the days of the plan year gone
// (today included). Carried on to the end of the year it spends
//     projected = spent × days in the year ÷ days gone     (Money::scaled)
// and the year's budget less that is what will be left. When the projection
// is more than the budget, the money runs out on day
//     n = ⌈budget × days gone ÷ spent⌉   (day 1 is the year's first day)
// the first day on which the spending at this pace reaches the budget.
//
// In the first 28 days the pace says little (one big payment, or none yet),
// so it is "too early to tell" then, unless the budget is already spent.
// With nothing spent at all there is no pace to carry on: the sentence asks
// for the payments rather than promising the whole budget will be left.
// The sentence's money is in whole pounds ("about £1,240"): it is a forecast.
#pragma once

#include "money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace pb {

class PlanYear;

class SpendingPace {
    Q_DECLARE_TR_FUNCTIONS(SpendingPace)
public:
    static constexpr qint64 kFirstDaysTooEarly = 28;

    enum class Kind {
        NoBudget, // the plan has no budget amount yet
        TooEarly,
        NothingSpent, // no money out recorded this plan year
        WillHaveLeft, // amount: what will be left at the end of the year
        WillRunOut, // runOut: the day the money runs out
        AlreadySpent, // amount: how much more than the budget has been spent (may be £0)
        YearEnded, // amount: what was left (negative: overspent)
    };

    // yearBudget: the budget for this plan year (nullopt when there is none);
    // spent: money out so far this plan year, up to today.
    static SpendingPace assess(
        std::optional<Money> yearBudget, Money spent, const PlanYear& year, QDate today);

    Kind kind() const { return m_kind; }
    Money amount() const { return m_amount; }
    QDate runOut() const { return m_runOut; }
    QDate yearEnd() const { return m_yearEnd; }

    // The sentence for the person, e.g. "At this rate you will have about
    // £1,240 left at the end of the plan year (5 April 2027)." Dates in
    // `locale`'s month names (English by default, like MoneyFormatter).
    QString sentence(QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom)) const;

private:
    Kind m_kind = Kind::NoBudget;
    Money m_amount;
    QDate m_runOut;
    QDate m_yearEnd;
};

} // namespace pb
