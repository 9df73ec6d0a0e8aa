#include "spending/isfrollover.h"

#include "money/period.h"

namespace pb {

QList<IsfRollover::Month> IsfRollover::months(
    const PlanYear& year, Money yearlyBudget, const QList<Payment>& payments, QDate today)
{
    const Money allowance = convert(yearlyBudget, Period::Year, Period::Month);
    QList<Month> months;
    Money brought;
    for (const PlanYear::Month& m : year.months()) {
        if (m.first > today) {
            break;
        }
        Month month;
        month.first = m.first;
        month.last = m.last;
        month.broughtForward = brought;
        month.allowance = allowance;
        for (const Payment& p : payments) {
            if (!p.isMoneyIn() && p.date >= m.first && p.date <= m.last && p.date <= today) {
                month.spent += p.amount;
            }
        }
        month.carriedForward = brought + allowance - month.spent;
        brought = month.carriedForward;
        months.append(month);
    }
    return months;
}

} // namespace pb
