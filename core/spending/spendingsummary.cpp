#include "spending/spendingsummary.h"

#include "model/modellabels.h"

#include <algorithm>

namespace pb {

SpendingSummary::SpendingSummary(const Plan& plan, QDate today)
    : m_today(today)
    , m_year(PlanYear::containing(plan, today))
    , m_monthFirst(today.year(), today.month(), 1)
    , m_monthLast(m_monthFirst.addMonths(1).addDays(-1))
{
}

bool SpendingSummary::paidThroughAccount(const SupportItem& item, DeploymentChoice choice)
{
    return !item.costsNothing()
        && (choice != DeploymentChoice::Mixed || item.route != Route::CouncilManaged);
}

SpendingSummary SpendingSummary::calculate(const Plan& plan, const PlanTotals& totals,
    const QList<Payment>& payments, QDate today, const SpendingSettings& settings)
{
    SpendingSummary s(plan, today);
    const DeploymentChoice choice = plan.deployment.choice;
    const qint64 gone = s.m_year.daysElapsed(today);
    const qint64 wholeYear = s.m_year.wholeYearDays();

    // --- the lines: planned from the totals
    Money plannedYearly;
    for (const SupportItem& item : plan.items) {
        const SupportItemCost* cost = totals.item(item.key);
        if (!cost || !paidThroughAccount(item, choice)) {
            continue;
        }
        Line line;
        line.itemKey = item.key;
        line.what = item.what.simplified().isEmpty() ? ModelLabels::supportType(item.type)
                                                     : item.what.simplified();
        line.plannedYear = cost->yearly();
        line.plannedMonth = cost->in(Period::Month);
        line.plannedSoFar = cost->yearly().scaled(gone, wholeYear);
        plannedYearly += cost->yearly();
        s.m_lines.append(line);
    }
    Line unlinked;
    unlinked.what = tr("Other spending (not linked to support in the plan)");
    bool anyUnlinked = false;

    // --- spent, and the balance
    for (const Payment& p : payments) {
        if (p.date > today) {
            continue;
        }
        s.m_balance += p.signedAmount();
        if (p.isMoneyIn()) {
            s.m_hasMoneyIn = true;
            continue;
        }
        const bool inMonth = p.date >= s.m_monthFirst && p.date <= s.m_monthLast;
        const bool inYear = s.m_year.contains(p.date);
        if (!inMonth && !inYear) {
            continue;
        }
        auto line = std::find_if(s.m_lines.begin(), s.m_lines.end(),
            [&p](const Line& l) { return p.itemKey && l.itemKey == p.itemKey; });
        Line& target = line != s.m_lines.end() ? *line : unlinked;
        if (&target == &unlinked) {
            anyUnlinked = true;
        }
        if (inMonth) {
            target.spentMonth += p.amount;
            s.m_total.spentMonth += p.amount;
        }
        if (inYear) {
            target.spentSoFar += p.amount;
            s.m_total.spentSoFar += p.amount;
        }
    }
    if (anyUnlinked) {
        s.m_lines.append(unlinked);
    }
    s.m_total.what = tr("Total");
    s.m_total.plannedYear = plannedYearly;
    s.m_total.plannedMonth = convert(plannedYearly, Period::Year, Period::Month);
    s.m_total.plannedSoFar = plannedYearly.scaled(gone, wholeYear);

    // --- the budget the account holds
    if (const auto budget = totals.budgetYearly()) {
        Money tracked = *budget;
        if (choice == DeploymentChoice::Mixed) {
            tracked -= totals.routeYearly(Route::CouncilManaged);
            tracked = std::max(tracked, Money());
        }
        s.m_trackedYearly = tracked;
    }
    std::optional<Money> yearBudget;
    if (s.m_trackedYearly) {
        yearBudget = s.m_trackedYearly->scaled(s.m_year.days(), wholeYear);
    }
    s.m_pace = SpendingPace::assess(yearBudget, s.m_total.spentSoFar, s.m_year, today);

    // --- an Individual Service Fund's rollover
    const bool mixedWithIsf = choice == DeploymentChoice::Mixed
        && std::any_of(plan.items.cbegin(), plan.items.cend(), [](const SupportItem& i) {
               return !i.costsNothing() && i.route == Route::IndividualServiceFund;
           });
    s.m_isf = choice == DeploymentChoice::IndividualServiceFund || mixedWithIsf;
    if (s.m_isf) {
        QList<Payment> fund;
        for (const Payment& p : payments) {
            const SupportItem* item = p.itemKey ? plan.item(*p.itemKey) : nullptr;
            if (!mixedWithIsf || (item && item->route == Route::IndividualServiceFund)) {
                fund.append(p);
            }
        }
        const Money fundYearly = mixedWithIsf ? totals.routeYearly(Route::IndividualServiceFund)
                                              : s.m_trackedYearly.value_or(Money());
        s.m_rollover = IsfRollover::months(s.m_year, fundYearly, fund, today);
    }

    // --- money building up
    const bool fund = choice == DeploymentChoice::IndividualServiceFund;
    const bool fundUnrecorded = fund && s.m_total.spentSoFar.isZero();
    if (choice != DeploymentChoice::CouncilManaged && s.m_trackedYearly
        && !s.m_trackedYearly->isZero() && !fundUnrecorded) {
        const Money held = fund
            ? (s.m_rollover.isEmpty() ? Money() : s.m_rollover.constLast().carriedForward)
            : s.m_balance;
        s.m_buildUp = BuildUpCheck::assess(held, *s.m_trackedYearly, settings.buildUpWeeks);
    }
    return s;
}

} // namespace pb
