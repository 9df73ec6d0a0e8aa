// PlanYear: one year of a plan's budget, the period spending is measured
// against ("so far this plan year").
//
// A plan's years run from the budget's start date (else the day the plan was
// made, as PlanTotals::costingDate says): 6 April 2026 to 5 April 2027, then
// 6 April 2027 to 5 April 2028, and so on. When the budget has an end date
// the last year stops there. A day before the start belongs to the first
// year, a day after the end to the last.
//
// Its months (for an Individual Service Fund's rollover) run from the same
// day of each month: 6 April to 5 May, 6 May to 5 June, ...; a start on the
// 31st runs to the day before the next month's 31st or its last day
// (QDate::addMonths).
#pragma once

#include "model/plan.h"

#include <QDate>
#include <QList>

namespace pb {

class PlanYear {
public:
    struct Month {
        QDate first;
        QDate last;
    };

    static PlanYear containing(const Plan& plan, QDate day);
    // A year from `start`, cut short at `budgetEnd` when that is valid and
    // sooner.
    PlanYear(QDate start, QDate budgetEnd = {});

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool contains(QDate day) const { return day >= m_first && day <= m_last; }
    // Days in this plan year (365 or 366, fewer when cut short).
    qint64 days() const { return m_first.daysTo(m_last) + 1; }
    // Days in a whole year from the start (365 or 366), which yearly figures
    // are shared out over.
    qint64 wholeYearDays() const { return m_first.daysTo(m_first.addYears(1)); }
    // Days of this year up to and including `today`: 0 before it starts,
    // days() after it ends.
    qint64 daysElapsed(QDate today) const;
    QList<Month> months() const;

private:
    QDate m_first;
    QDate m_last;
};

} // namespace pb
