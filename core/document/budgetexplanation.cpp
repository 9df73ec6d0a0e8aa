#include "document/budgetexplanation.h"

#include "ras/rascalculator.h"
#include "ras/rasschemeloader.h"

namespace pb {

namespace {

std::optional<RasScheme> shippedScheme(const QString& id)
{
    for (const QString& path : RasSchemeLoader::shippedSchemePaths()) {
        auto scheme = RasSchemeLoader::load(path);
        if (scheme.ok() && scheme->id == id) {
            return std::move(scheme).value();
        }
    }
    return std::nullopt;
}

} // namespace

BudgetExplanation BudgetExplanation::of(const Budget& budget, const QLocale& locale)
{
    BudgetExplanation explanation;
    if (budget.source != BudgetSource::Ras) {
        return explanation;
    }
    explanation.fromScheme = true;
    const std::optional<RasScheme> scheme = shippedScheme(budget.rasSchemeId);
    if (!scheme) {
        explanation.problem = tr("This budget was worked out with a scheme (“%1”) that this "
                                 "program does not have, so the steps can't be shown here. Ask "
                                 "the council how the amount was worked out.")
                                  .arg(budget.rasSchemeId);
        return explanation;
    }
    explanation.schemeName = scheme->name;
    explanation.council = scheme->council;
    explanation.schemeRatesAsOf = scheme->ratesAsOf;
    explanation.questionnaireTerm = scheme->terms.questionnaire;

    const auto result = RasCalculator(*scheme, locale).calculate(budget.rasAnswers);
    if (!result.ok()) {
        explanation.problem = tr("The answers saved with this budget no longer fit the scheme "
                                 "“%1”, so the steps can't be shown here. %2")
                                  .arg(scheme->name, result.error().message);
        return explanation;
    }
    explanation.steps = result->steps;
    explanation.schemeAmountYearly = result->amount;
    return explanation;
}

} // namespace pb
