// SpendingSummary: what has been spent against what the plan planned, by
// support item and in total, this month and so far this plan year; the
// balance; the pace (SpendingPace); whether money is building up
// (BuildUpCheck); and for an Individual Service Fund the rollover month by
// month (IsfRollover). Everything the "Keep track of the money" page shows,
// worked out here so the page only formats it.
//
// Planned figures come from PlanTotals (each item's yearly cost, personal
// assistants with their employment costs); nothing is costed again here:
//   planned this month       the yearly cost through pb::convert (÷ 12)
//   planned so far this year the yearly cost × days gone ÷ days in a whole
//                            year (Money::scaled), days gone counting today
//   total planned            the items' yearly costs added exactly, then
//                            converted once (so, as in PlanTotals, the lines
//                            may differ from the total by a penny or two)
// Spent figures are money out dated from the start of the month (the plan
// year) up to and including today; a payment dated later is not spent yet.
// "This month" is the calendar month with today in it.
//
// Which money is tracked: the payments recorded are those of the account the
// budget is paid into. For a mix of ways, the support the council arranges
// itself (council-managed items) is not paid from that account, so it is left
// out of the lines, and the budget the pace and the build-up are measured
// against is the budget less the planned cost of that support. Support that
// costs nothing has no line. Spending linked to no item of the plan (or to an
// item no longer in it) has a line of its own.
//
// The balance is all money in less all money out up to today. Money building
// up is checked on that balance, or for an Individual Service Fund on what
// has rolled over to this month (the provider holds the money, so the person
// records what was spent, not the council's payments). It isn't checked when
// the council manages the whole budget (there is no account), without a
// budget amount, or for a fund with nothing spent recorded this plan year
// (its rollover would be the whole allowance only because nothing was
// written down).
#pragma once

#include "costing/plantotals.h"
#include "model/plan.h"
#include "spending/buildupcheck.h"
#include "spending/isfrollover.h"
#include "spending/payment.h"
#include "spending/planyear.h"
#include "spending/spendingpace.h"
#include "spending/spendingsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pb {

class SpendingSummary {
    Q_DECLARE_TR_FUNCTIONS(SpendingSummary)
public:
    struct Line {
        std::optional<int> itemKey; // nullopt: spending not linked to support in the plan
        QString what;
        Money plannedMonth;
        Money spentMonth;
        Money plannedSoFar;
        Money spentSoFar;
        Money plannedYear;
    };

    static SpendingSummary calculate(const Plan& plan, const PlanTotals& totals,
        const QList<Payment>& payments, QDate today, const SpendingSettings& settings);

    // Whether the support is paid from the account the payments are recorded
    // for (see above).
    static bool paidThroughAccount(const SupportItem& item, DeploymentChoice choice);

    QDate today() const { return m_today; }
    const PlanYear& year() const { return m_year; }
    QDate monthFirst() const { return m_monthFirst; }
    QDate monthLast() const { return m_monthLast; }

    const QList<Line>& lines() const { return m_lines; }
    const Line& total() const { return m_total; }

    Money balance() const { return m_balance; }
    bool hasMoneyIn() const { return m_hasMoneyIn; }
    // The yearly budget the recorded payments come from (see above).
    std::optional<Money> trackedYearly() const { return m_trackedYearly; }

    const SpendingPace& pace() const { return m_pace; }
    const std::optional<BuildUpCheck>& buildUp() const { return m_buildUp; }

    bool hasIndividualServiceFund() const { return m_isf; }
    const QList<IsfRollover::Month>& rollover() const { return m_rollover; }

private:
    SpendingSummary(const Plan& plan, QDate today);

    QDate m_today;
    PlanYear m_year;
    QDate m_monthFirst;
    QDate m_monthLast;
    QList<Line> m_lines;
    Line m_total;
    Money m_balance;
    bool m_hasMoneyIn = false;
    std::optional<Money> m_trackedYearly;
    SpendingPace m_pace;
    std::optional<BuildUpCheck> m_buildUp;
    bool m_isf = false;
    QList<IsfRollover::Month> m_rollover;
};

} // namespace pb
