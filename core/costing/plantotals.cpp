#include "costing/plantotals.h"

#include "model/enumkey.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace pb {

namespace {

QJsonValue optionalPence(const std::optional<Money>& amount)
{
    return amount ? QJsonValue(amount->pence()) : QJsonValue(QJsonValue::Null);
}

} // namespace

PlanTotals PlanTotals::calculate(const Plan& plan, const RateTable& rates)
{
    return calculate(plan, rates, PersonalAssistantCost::Options {});
}

PlanTotals PlanTotals::calculate(
    const Plan& plan, const RateTable& rates, const PersonalAssistantCost::Options& options)
{
    PlanTotals totals;
    totals.m_budgetPeriod = plan.budget.period;
    totals.m_budget = plan.budget.amount();
    totals.m_streamsTotal = plan.budget.streamsTotal();
    totals.m_hasStreams = !plan.budget.streams.isEmpty();
    totals.m_rateTableId = rates.id;
    totals.m_ratesAsOf = rates.ratesAsOf;
    totals.m_employmentAllowance = options.claimEmploymentAllowance;
    totals.m_items = SupportItemCost::forPlan(plan, rates, options);
    totals.m_assistants = SupportItemCost::assistantsEmployed(plan);

    QHash<int, qsizetype> outcomeIndex;
    totals.m_outcomes.reserve(plan.outcomes.size());
    for (const Outcome& o : plan.outcomes) {
        if (!outcomeIndex.contains(o.key)) {
            outcomeIndex.insert(o.key, totals.m_outcomes.size());
            totals.m_outcomes.append(OutcomeTotal {o.key, o.text, {}, {}, 0});
        }
    }

    // Ordered maps keep routes and sources in enum order.
    std::map<Route, RouteTotal> routes;
    std::map<FundingSource, SourceTotal> sources;
    for (const FundingStream& s : plan.budget.streams) {
        SourceTotal& t = sources[s.source];
        t.source = s.source;
        t.streams += s.amount;
        t.inBudget = true;
    }

    QList<qsizetype> served; // reused: the outcomes one item serves
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const SupportItem& item = plan.items.at(i);
        const Money yearly = totals.m_items.at(i).yearly();
        totals.m_plannedYearly += yearly;

        if (!item.costsNothing()) {
            RouteTotal& r = routes[item.route];
            r.route = item.route;
            r.yearly += yearly;
            ++r.items;
            SourceTotal& s = sources[item.paidFrom];
            s.source = item.paidFrom;
            s.plannedYearly += yearly;
        }

        served.clear();
        for (int key : item.outcomeKeys) {
            const qsizetype index = outcomeIndex.value(key, -1);
            if (index >= 0 && !served.contains(index)) {
                served.append(index);
            }
        }
        if (served.isEmpty()) {
            totals.m_withoutOutcomeYearly += yearly;
            ++totals.m_itemsWithoutOutcome;
            continue;
        }
        // Even split with cumulative rounding: part k = yearly × (k+1)/n − yearly × k/n.
        const qint64 n = served.size();
        for (qint64 k = 0; k < n; ++k) {
            OutcomeTotal& o = totals.m_outcomes[served.at(k)];
            o.yearly += yearly.scaled(k + 1, n) - yearly.scaled(k, n);
            ++o.items;
        }
    }

    const Period period = totals.m_budgetPeriod;
    for (auto& [route, total] : routes) {
        total.inBudgetPeriod = convert(total.yearly, Period::Year, period);
        totals.m_routes.append(total);
    }
    for (auto& [source, total] : sources) {
        total.planned = convert(total.plannedYearly, Period::Year, period);
        totals.m_sources.append(total);
    }
    for (OutcomeTotal& o : totals.m_outcomes) {
        o.inBudgetPeriod = convert(o.yearly, Period::Year, period);
    }
    return totals;
}

QDate PlanTotals::costingDate(const Plan& plan)
{
    if (plan.budget.start.isValid()) {
        return plan.budget.start;
    }
    if (plan.createdOn.isValid()) {
        return plan.createdOn;
    }
    return QDate::currentDate();
}

std::optional<Money> PlanTotals::budgetYearly() const
{
    if (!m_budget) {
        return std::nullopt;
    }
    return convert(*m_budget, m_budgetPeriod, Period::Year);
}

std::optional<Money> PlanTotals::leftOver() const
{
    if (!m_budget) {
        return std::nullopt;
    }
    return *m_budget - planned();
}

std::optional<Money> PlanTotals::leftOverYearly() const
{
    const auto yearly = budgetYearly();
    if (!yearly) {
        return std::nullopt;
    }
    return *yearly - m_plannedYearly;
}

bool PlanTotals::isOverBudget() const
{
    const auto left = leftOver();
    return left && left->isNegative();
}

std::optional<Money> PlanTotals::streamsDifference() const
{
    if (!m_budget || !m_hasStreams) {
        return std::nullopt;
    }
    return m_streamsTotal - *m_budget;
}

Money PlanTotals::routeYearly(Route route) const
{
    for (const RouteTotal& r : m_routes) {
        if (r.route == route) {
            return r.yearly;
        }
    }
    return {};
}

const PlanTotals::OutcomeTotal* PlanTotals::outcome(int key) const
{
    const auto it = std::find_if(m_outcomes.cbegin(), m_outcomes.cend(),
        [key](const OutcomeTotal& o) { return o.outcomeKey == key; });
    return it == m_outcomes.cend() ? nullptr : &*it;
}

const PlanTotals::SourceTotal* PlanTotals::source(FundingSource source) const
{
    const auto it = std::find_if(m_sources.cbegin(), m_sources.cend(),
        [source](const SourceTotal& s) { return s.source == source; });
    return it == m_sources.cend() ? nullptr : &*it;
}

const SupportItemCost* PlanTotals::item(int key) const
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
        [key](const SupportItemCost& c) { return c.itemKey() == key; });
    return it == m_items.cend() ? nullptr : &*it;
}

QJsonObject PlanTotals::toJson() const
{
    QJsonArray routes;
    for (const RouteTotal& r : m_routes) {
        routes.append(QJsonObject {
            {QStringLiteral("route"), enumKey(r.route)},
            {QStringLiteral("yearlyPence"), r.yearly.pence()},
            {QStringLiteral("pence"), r.inBudgetPeriod.pence()},
            {QStringLiteral("items"), r.items},
        });
    }
    QJsonArray outcomes;
    for (const OutcomeTotal& o : m_outcomes) {
        outcomes.append(QJsonObject {
            {QStringLiteral("key"), o.outcomeKey},
            {QStringLiteral("text"), o.text},
            {QStringLiteral("yearlyPence"), o.yearly.pence()},
            {QStringLiteral("pence"), o.inBudgetPeriod.pence()},
            {QStringLiteral("items"), o.items},
        });
    }
    QJsonArray sources;
    for (const SourceTotal& s : m_sources) {
        sources.append(QJsonObject {
            {QStringLiteral("source"), enumKey(s.source)},
            {QStringLiteral("plannedYearlyPence"), s.plannedYearly.pence()},
            {QStringLiteral("plannedPence"), s.planned.pence()},
            {QStringLiteral("streamsPence"), s.streams.pence()},
            {QStringLiteral("inBudget"), s.inBudget},
        });
    }
    QJsonArray items;
    for (const SupportItemCost& c : m_items) {
        items.append(QJsonObject {
            {QStringLiteral("key"), c.itemKey()},
            {QStringLiteral("yearlyPence"), c.yearly().pence()},
            {QStringLiteral("pence"), c.in(m_budgetPeriod).pence()},
            {QStringLiteral("includesEmploymentCosts"), c.includesEmploymentCosts()},
        });
    }
    return QJsonObject {
        {QStringLiteral("rates"),
            QJsonObject {
                {QStringLiteral("id"), m_rateTableId},
                {QStringLiteral("asOf"), m_ratesAsOf.toString(Qt::ISODate)},
            }},
        {QStringLiteral("employmentAllowanceClaimed"), m_employmentAllowance},
        {QStringLiteral("budgetPeriod"), periodKey(m_budgetPeriod)},
        {QStringLiteral("budgetPence"), optionalPence(m_budget)},
        {QStringLiteral("plannedPence"), planned().pence()},
        {QStringLiteral("leftOverPence"), optionalPence(leftOver())},
        {QStringLiteral("overBudget"), isOverBudget()},
        {QStringLiteral("yearlyBudgetPence"), optionalPence(budgetYearly())},
        {QStringLiteral("yearlyPlannedPence"), m_plannedYearly.pence()},
        {QStringLiteral("yearlyLeftOverPence"), optionalPence(leftOverYearly())},
        {QStringLiteral("fundingStreamsPence"), m_streamsTotal.pence()},
        {QStringLiteral("fundingStreamsDifferencePence"), optionalPence(streamsDifference())},
        {QStringLiteral("routes"), routes},
        {QStringLiteral("outcomeCounting"), QStringLiteral("split-evenly")},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("withoutOutcomeYearlyPence"), m_withoutOutcomeYearly.pence()},
        {QStringLiteral("itemsWithoutOutcome"), m_itemsWithoutOutcome},
        {QStringLiteral("fundingSources"), sources},
        {QStringLiteral("items"), items},
        {QStringLiteral("personalAssistants"), m_assistants},
    };
}

} // namespace pb
