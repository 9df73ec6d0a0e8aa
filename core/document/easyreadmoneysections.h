// EasyReadMoneySections: the easy-read plan's sections about money (see
// EasyReadPlanWriter for the rules they follow):
//   money    how much money I have, what my support costs, what is left over
//            and where the money comes from, in whole pounds;
//   managed  how my money is managed: each way the plan uses, who holds the
//            money, the official name after the plain words, and for a mix
//            how much goes each way.
// Every figure comes from PlanTotals, in the budget's own period (the
// council's terms), with the budget also said a week when that is not its
// period, since a week is easier to picture.
#pragma once

#include "document/documentwording.h"
#include "document/easyreadpager.h"
#include "document/plandocument.h"
#include "document/planfigures.h"
#include "model/plan.h"

#include <QCoreApplication>

namespace pb {

class EasyReadMoneySections {
    Q_DECLARE_TR_FUNCTIONS(EasyReadMoneySections)
public:
    EasyReadMoneySections(const DocumentWording& words, const PlanFigures& figures);

    DocumentSection money(const Plan& plan) const;
    DocumentSection managed(const Plan& plan) const;

private:
    QList<EasyReadPager::Group> budgetPoints(const Plan& plan) const;
    QList<EasyReadPager::Group> streamPoints(const Plan& plan) const;
    EasyReadPager::Group routePoints(Route route, const Plan& plan, bool mixed) const;

    const DocumentWording& m_words;
    const PlanFigures& m_figures;
};

} // namespace pb
