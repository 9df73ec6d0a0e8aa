#include "costing/supportitemcost.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace pb {

namespace {

bool employsAssistant(const SupportItem& item)
{
    return item.isPersonalAssistant() && item.includeEmploymentCosts;
}

// Items naming the same person are one assistant; an unnamed item is its own.
QString assistantIdentity(const SupportItem& item)
{
    const QString name = item.provider.simplified().toCaseFolded();
    return name.isEmpty() ? QStringLiteral("#item-%1").arg(item.key)
                          : QStringLiteral("name:") + name;
}

Money perFrequencyCost(const SupportItem& item)
{
    if (item.costsNothing()) {
        return {};
    }
    return std::max(item.unitPrice, Money()).scaled(std::max(item.quantityHundredths, 0), 100);
}

} // namespace

SupportItemCost SupportItemCost::of(
    const SupportItem& item, const RateTable& rates, const PersonalAssistantCost::Options& options)
{
    SupportItemCost cost;
    cost.m_itemKey = item.key;
    cost.m_frequency = item.frequency;
    cost.m_perFrequency = perFrequencyCost(item);
    if (employsAssistant(item)) {
        cost.m_employment = PersonalAssistantCost::calculate(
            item.quantityHundredths, item.frequency, item.unitPrice, rates, options);
        cost.m_yearly = cost.m_employment->yearly();
    } else {
        cost.m_yearly = convert(cost.m_perFrequency, item.frequency, Period::Year);
    }
    return cost;
}

SupportItemCost SupportItemCost::of(const SupportItem& item, const RateTable& rates)
{
    return of(item, rates, PersonalAssistantCost::Options {});
}

int SupportItemCost::assistantsEmployed(const Plan& plan)
{
    QSet<QString> people;
    for (const SupportItem& item : plan.items) {
        if (employsAssistant(item)) {
            people.insert(assistantIdentity(item));
        }
    }
    return static_cast<int>(people.size());
}

QList<SupportItemCost> SupportItemCost::forPlan(
    const Plan& plan, const RateTable& rates, const PersonalAssistantCost::Options& options)
{
    QList<SupportItemCost> costs;
    costs.reserve(plan.items.size());

    // Each assistant's items, in plan order (indexes into plan.items).
    QHash<QString, QList<qsizetype>> itemsOfAssistant;
    QList<QString> assistantOrder;
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const SupportItem& item = plan.items.at(i);
        SupportItemCost cost;
        cost.m_itemKey = item.key;
        cost.m_frequency = item.frequency;
        cost.m_perFrequency = perFrequencyCost(item);
        if (employsAssistant(item)) {
            const QString who = assistantIdentity(item);
            auto& list = itemsOfAssistant[who];
            if (list.isEmpty()) {
                assistantOrder.append(who);
            }
            list.append(i);
        } else {
            cost.m_yearly = convert(cost.m_perFrequency, item.frequency, Period::Year);
        }
        costs.append(cost);
    }

    PersonalAssistantCost::Options shared = options;
    shared.numberOfAssistants = static_cast<int>(assistantOrder.size());
    for (const QString& who : std::as_const(assistantOrder)) {
        const QList<qsizetype>& indexes = itemsOfAssistant.value(who);
        std::optional<PersonalAssistantCost> employment;
        if (indexes.size() == 1) {
            const SupportItem& item = plan.items.at(indexes.first());
            employment = PersonalAssistantCost::calculate(
                item.quantityHundredths, item.frequency, item.unitPrice, rates, shared);
        } else {
            Money wages;
            for (qsizetype i : indexes) {
                const SupportItem& item = plan.items.at(i);
                wages += PersonalAssistantCost::yearlyWages(
                    item.quantityHundredths, item.frequency, item.unitPrice);
            }
            employment = PersonalAssistantCost::forYearlyWages(wages,
                PersonalAssistantCost::tr(
                    "Wages for %n pieces of support", nullptr, static_cast<int>(indexes.size())),
                rates, shared);
        }

        // Share the whole by wages: share k = total × (wages up to and
        // including k) ÷ all wages − the same up to k − 1.
        const Money total = employment->yearly();
        const Money allWages = employment->line(PersonalAssistantCost::LineKind::Wages);
        const bool byWages = !allWages.isZero();
        const qint64 whole = byWages ? allWages.pence() : indexes.size();
        qint64 before = 0;
        for (qsizetype i : indexes) {
            const SupportItem& item = plan.items.at(i);
            const qint64 weight = byWages ? PersonalAssistantCost::yearlyWages(
                                      item.quantityHundredths, item.frequency, item.unitPrice)
                                                .pence()
                                          : 1;
            SupportItemCost& cost = costs[i];
            cost.m_yearly = total.scaled(before + weight, whole) - total.scaled(before, whole);
            cost.m_employment = employment;
            before += weight;
        }
    }
    return costs;
}

} // namespace pb
