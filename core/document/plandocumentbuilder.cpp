#include "document/plandocumentbuilder.h"

#include "document/documentwording.h"
#include "document/easyreadplanwriter.h"
#include "document/planfigures.h"
#include "document/standardplanwriter.h"

namespace pb {

PlanDocumentBuilder::PlanDocumentBuilder(RateTable rates, QLocale locale)
    : m_rates(std::move(rates))
    , m_locale(std::move(locale))
{
}

PlanDocument PlanDocumentBuilder::standard(
    const Person& person, const Plan& plan, QDate today) const
{
    const DocumentWording words(m_locale);
    const PlanFigures figures = PlanFigures::of(plan, m_rates, m_locale);
    return StandardPlanWriter(words, figures).write(person, plan, today);
}

PlanDocument PlanDocumentBuilder::easyRead(
    const Person& person, const Plan& plan, QDate today) const
{
    const DocumentWording words(m_locale);
    const PlanFigures figures = PlanFigures::of(plan, m_rates, m_locale);
    return EasyReadPlanWriter(words, figures).write(person, plan, today);
}

} // namespace pb
