// StandardMoneySections: the standard plan's sections about the money
// itself (see StandardPlanWriter for the whole order):
//   budget   the amount, its period, indicative or agreed, its dates, how it
//            was worked out (the RAS steps, from BudgetExplanation) and the
//            funding streams as a table;
//   money    how the money is managed: the way chosen, who holds it, and the
//            split by route as a table;
//   compare  the costs against the indicative budget, by route, by outcome,
//            by area of life and by funding source, with the difference in
//            plain words: In Control's "sufficiency" test, as evidence a
//            person can take to a review or an appeal.
// Figures come from PlanFigures (PlanTotals); the only arithmetic here is
// the difference between two of its figures, and adding the outcomes'
// shares up by area of life.
#pragma once

#include "document/documentwording.h"
#include "document/plandocument.h"
#include "document/planfigures.h"
#include "model/plan.h"

#include <QCoreApplication>

namespace pb {

class StandardMoneySections {
    Q_DECLARE_TR_FUNCTIONS(StandardMoneySections)
public:
    StandardMoneySections(const DocumentWording& words, const PlanFigures& figures);

    DocumentSection budget(const Plan& plan) const;
    DocumentSection managed(const Plan& plan) const;
    DocumentSection compare(const Plan& plan) const;

private:
    void addExplanation(DocumentSection& section) const;
    void addStreams(DocumentSection& section, const Plan& plan) const;
    void addCompareSummary(DocumentSection& section, const Plan& plan) const;
    DocumentTable byRoute() const;
    DocumentTable byOutcome(const Plan& plan) const;
    DocumentTable byLifeArea(const Plan& plan) const;
    DocumentTable bySource() const;
    QString yearly(Money amount) const;
    QString inBudgetPeriod(Money amount) const;
    QString whoHolds(Route route, const Plan& plan) const;

    const DocumentWording& m_words;
    const PlanFigures& m_figures;
};

} // namespace pb
