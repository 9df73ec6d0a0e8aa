// StandardPlanWriter: the plan as the standard printed document, in the
// order a reader (the person, their family, the council's panel) goes
// through it:
//   cover      name, plan version, draft or agreed with the date, review date
//   budget     my budget and why, with the RAS steps and the funding streams
//   outcomes   what matters to me, my three most important first
//   money      how my money is managed, with the split by route
//   support    my support: one table row per item and a total
//   pa-costs   the true cost of employing each personal assistant, line by line
//   totals     budget, planned, left over
//   compare    how the costs compare with the indicative budget (evidence
//              for a review), by route, outcome, life area and funding source
//   findings   the plan check, in plain words
//   emergency  the emergency and back-up plan
//   agreement  who agreed it and when, and space to sign
// Budget, money and compare are written by StandardMoneySections; support,
// pa-costs and totals by StandardCostSections; the rest here. Every figure
// comes from PlanFigures.
//
// Headings are in the person's voice ("What matters to me"), as in the
// window's steps; explanations speak to the reader ("your budget"), as the
// RAS steps and the checker's advice do.
#pragma once

#include "document/documentwording.h"
#include "document/plandocument.h"
#include "document/planfigures.h"
#include "model/person.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDate>

namespace pb {

class StandardPlanWriter {
    Q_DECLARE_TR_FUNCTIONS(StandardPlanWriter)
public:
    StandardPlanWriter(const DocumentWording& words, const PlanFigures& figures);

    PlanDocument write(const Person& person, const Plan& plan, QDate today) const;

    // Sizes and font of the standard plan.
    static DocumentStyle style();

private:
    DocumentSection cover(const Person& person, const Plan& plan, QDate today) const;
    DocumentSection outcomes(const Plan& plan) const;
    DocumentSection findings() const;
    DocumentSection emergency(const Plan& plan) const;
    DocumentSection agreement(const Person& person, const Plan& plan) const;

    const DocumentWording& m_words;
    const PlanFigures& m_figures;
};

} // namespace pb
