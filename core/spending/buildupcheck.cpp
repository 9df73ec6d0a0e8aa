#include "spending/buildupcheck.h"

#include "money/moneyformatter.h"
#include "money/period.h"

namespace pb {

BuildUpCheck BuildUpCheck::assess(Money balance, Money yearlyBudget, int weeks)
{
    BuildUpCheck check;
    check.m_balance = balance;
    check.m_weeks = weeks;
    check.m_threshold = convert(yearlyBudget, Period::Year, Period::Week).times(weeks);
    return check;
}

QString BuildUpCheck::warning(QLocale locale) const
{
    if (!isBuildingUp()) {
        return {};
    }
    const MoneyFormatter money(locale);
    //: %1 the balance, %2 a number of weeks, %3 what that many weeks of the budget come to
    return tr("Money is building up: you have %1, more than %2 weeks of your budget (%3). The "
              "council may ask for some of it back. Talk to them about what you are keeping "
              "it for, or whether your payments should change.")
        .arg(money.format(m_balance), QString::number(m_weeks), money.format(m_threshold));
}

} // namespace pb
