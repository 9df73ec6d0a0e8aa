// SupportItemCost: what one support item costs, for any period.
//
//   per frequency  unit price × quantity (hundredths ÷ 100), rounded to the
//                  penny once, as on an invoice or payslip ("£95.33 a week").
//   a year         that × how often it falls in a year (pb::convert: 52 weeks,
//                  13 four-weeks, 12 months; "once" counts in full), exact.
//   any period     the yearly cost through pb::convert, rounded once.
// A personal assistant with includeEmploymentCosts costs what employing them
// costs (PersonalAssistantCost's yearly total, not the wage alone). Unpaid
// support costs nothing. A negative price or quantity counts as none (the
// forms refuse them; a damaged file must not make support earn money).
//
// In a plan (forPlan) personal assistant items with the same provider name
// (ignoring case and spacing) are one person employed for all of them, so
// National Insurance and pension are worked out on their pay for all their
// items together and the employer's number of assistants is the number of
// different people. That person's employment cost is shared between their
// items in proportion to each item's wages (cumulative rounding, so the
// shares add up to the whole to the penny); with no wages at all (hours not
// filled in yet) it is shared evenly. An item with no provider name is taken
// to be its own person.
#pragma once

#include "costing/personalassistantcost.h"
#include "costing/ratetable.h"
#include "model/plan.h"
#include "model/supportitem.h"
#include "money/money.h"
#include "money/period.h"

#include <QList>

#include <optional>

namespace pb {

class SupportItemCost {
public:
    // The item on its own: a personal assistant is costed with `options`
    // (by default, as the employer's only assistant, no Employment Allowance).
    static SupportItemCost of(const SupportItem& item, const RateTable& rates,
        const PersonalAssistantCost::Options& options);
    static SupportItemCost of(const SupportItem& item, const RateTable& rates);

    // Every item of the plan, in plan order, with personal assistants grouped
    // as described above. options.numberOfAssistants is ignored: it is the
    // number of different assistants in the plan.
    static QList<SupportItemCost> forPlan(
        const Plan& plan, const RateTable& rates, const PersonalAssistantCost::Options& options);

    // How many different personal assistants the plan employs (items with
    // includeEmploymentCosts, grouped by provider name as above).
    static int assistantsEmployed(const Plan& plan);

    int itemKey() const { return m_itemKey; }
    Money yearly() const { return m_yearly; }
    Money in(Period period) const { return convert(m_yearly, Period::Year, period); }

    // Unit price × quantity for the item's own frequency; for a personal
    // assistant, the wages alone.
    Money perFrequency() const { return m_perFrequency; }
    Period frequency() const { return m_frequency; }

    // For a personal assistant costed with employment costs: the cost of
    // employing them for all their items (yearly() is this item's share).
    const std::optional<PersonalAssistantCost>& employment() const { return m_employment; }
    bool includesEmploymentCosts() const { return m_employment.has_value(); }

private:
    int m_itemKey = 0;
    Money m_yearly;
    Money m_perFrequency;
    Period m_frequency = Period::Week;
    std::optional<PersonalAssistantCost> m_employment;
};

} // namespace pb
