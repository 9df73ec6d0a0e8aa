// StandardCostSections: the standard plan's sections about what the support
// costs (see StandardPlanWriter for the whole order):
//   support   a table, one row per support item (SupportItemSummary: what,
//             who, how often, paid by, helps with, cost a week and a year)
//             and a totals row from PlanTotals;
//   pa-costs  for each personal assistant, the cost of employing them line
//             by line (PersonalAssistantCost: wages, holiday pay, National
//             Insurance, pension, insurance, payroll, cover), how each line
//             was worked out, the items that cost is shared between, and the
//             name and date of the rate table and where its figures come from;
//   totals    budget, planned, and what is left over or how much more than
//             the budget the plan costs.
#pragma once

#include "document/assistantcostgroups.h"
#include "document/documentwording.h"
#include "document/plandocument.h"
#include "document/planfigures.h"
#include "model/plan.h"

#include <QCoreApplication>

namespace pb {

class StandardCostSections {
    Q_DECLARE_TR_FUNCTIONS(StandardCostSections)
public:
    StandardCostSections(const DocumentWording& words, const PlanFigures& figures);

    DocumentSection support(const Plan& plan) const;
    DocumentSection assistants(const Plan& plan) const;
    DocumentSection totals() const;

    // The support table: exactly one row per item, in plan order, and the
    // planned totals (a week: the yearly total converted once).
    DocumentTable supportTable(const Plan& plan) const;

private:
    void addRatesNote(DocumentSection& section) const;
    void addAssistant(
        DocumentSection& section, const AssistantCostGroups::Group& group, const Plan& plan) const;

    const DocumentWording& m_words;
    const PlanFigures& m_figures;
};

} // namespace pb
