#include "spending/planyear.h"

#include "costing/plantotals.h"

#include <algorithm>

namespace pb {

PlanYear::PlanYear(QDate start, QDate budgetEnd)
    : m_first(start)
    , m_last(start.addYears(1).addDays(-1))
{
    if (budgetEnd.isValid() && budgetEnd >= start && budgetEnd < m_last) {
        m_last = budgetEnd;
    }
}

PlanYear PlanYear::containing(const Plan& plan, QDate day)
{
    const QDate start = PlanTotals::costingDate(plan);
    QDate end = plan.budget.end;
    if (end.isValid() && end < start) {
        end = QDate();
    }
    const QDate last = end.isValid() && day > end ? end : day;
    int years = 0;
    if (last > start) {
        years = last.year() - start.year();
        if (start.addYears(years) > last) {
            --years;
        }
    }
    return PlanYear(start.addYears(years), end);
}

qint64 PlanYear::daysElapsed(QDate today) const
{
    if (today < m_first) {
        return 0;
    }
    return std::min(days(), m_first.daysTo(today) + 1);
}

QList<PlanYear::Month> PlanYear::months() const
{
    QList<Month> months;
    for (int i = 0;; ++i) {
        const QDate first = m_first.addMonths(i);
        if (first > m_last) {
            break;
        }
        const QDate last = std::min(m_first.addMonths(i + 1).addDays(-1), m_last);
        months.append(Month {first, last});
    }
    return months;
}

} // namespace pb
