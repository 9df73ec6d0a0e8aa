// PlanDocumentBuilder: the one way to turn a person's plan into a
// PlanDocument, in the standard form (StandardPlanWriter) or in easy read
// (EasyReadPlanWriter). The PDF renderer, the print dialog and `pbplanner
// export` all call this, so every printout of a plan says the same thing.
//
// `rates` is the cost-rate table personal assistants are costed with: pass
// the one for the plan's date (RateTableLoader::builtInFor(
// PlanTotals::costingDate(plan))), as the window does. `today` dates a
// draft's footer and the cover's "printed on" line; it is a parameter so the
// same plan always gives the same document in tests.
#pragma once

#include "costing/ratetable.h"
#include "document/plandocument.h"
#include "model/person.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace pb {

class PlanDocumentBuilder {
    Q_DECLARE_TR_FUNCTIONS(PlanDocumentBuilder)
public:
    explicit PlanDocumentBuilder(
        RateTable rates, QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom));

    PlanDocument standard(const Person& person, const Plan& plan, QDate today) const;
    PlanDocument easyRead(const Person& person, const Plan& plan, QDate today) const;

private:
    RateTable m_rates;
    QLocale m_locale;
};

} // namespace pb
