#include "document/standardmoneysections.h"

#include "document/documentblocks.h"
#include "model/enumkey.h"
#include "model/modellabels.h"

#include <QMap>

#include <algorithm>

namespace pb {

namespace {

using B = DocumentBlocks;
using Align = DocumentTable::Align;

} // namespace

StandardMoneySections::StandardMoneySections(
    const DocumentWording& words, const PlanFigures& figures)
    : m_words(words)
    , m_figures(figures)
{
}

QString StandardMoneySections::yearly(Money amount) const
{
    return m_words.money().format(amount, Period::Year);
}

QString StandardMoneySections::inBudgetPeriod(Money amount) const
{
    return m_words.money().format(amount, m_figures.totals.budgetPeriod());
}

DocumentSection StandardMoneySections::budget(const Plan& plan) const
{
    DocumentSection s = B::section(QStringLiteral("budget"), tr("My budget and why"));
    const Budget& b = plan.budget;
    QList<B::Fact> facts;
    facts.append({tr("Indicative budget (the amount the council suggests before the plan)"),
        b.indicative ? inBudgetPeriod(*b.indicative) : tr("Not known yet")});
    facts.append({tr("Agreed budget (the amount agreed with the plan)"),
        b.agreed ? inBudgetPeriod(*b.agreed) : tr("Not agreed yet")});
    if (b.period != Period::Year && b.amount()) {
        facts.append({tr("The budget in a year"), yearly(*m_figures.totals.budgetYearly())});
    }
    if (b.start.isValid() && b.end.isValid()) {
        facts.append({tr("Dates"), tr("%1 to %2").arg(m_words.date(b.start), m_words.date(b.end))});
    } else if (b.start.isValid()) {
        facts.append({tr("Dates"), tr("From %1").arg(m_words.date(b.start))});
    }
    facts.append({tr("How the amount was worked out"),
        b.source == BudgetSource::Ras
            ? tr("With the council's questionnaire and scheme (Resource Allocation System)")
            : tr("The council gave the figure")});
    s.blocks.append(B::facts(facts));
    addExplanation(s);
    addStreams(s, plan);
    return s;
}

void StandardMoneySections::addExplanation(DocumentSection& s) const
{
    const BudgetExplanation& e = m_figures.explanation;
    if (!e.fromScheme) {
        return;
    }
    s.blocks.append(B::subheading(tr("Why the amount is what it is")));
    if (!e.problem.isEmpty()) {
        s.blocks.append(B::paragraph(e.problem));
        return;
    }
    //: %1 the scheme's name, %2 who publishes it, %3 the date of its figures
    s.blocks.append(B::note(tr("Worked out with “%1” (%2), figures as of %3.")
                                .arg(e.schemeName, e.council, m_words.date(e.schemeRatesAsOf))));
    int number = 0;
    for (const QString& step : e.steps) {
        //: A numbered step of the sum: "3. 255 × £45 = £11,475 a year."
        s.blocks.append(B::paragraph(tr("%1. %2").arg(++number).arg(step)));
    }
}

void StandardMoneySections::addStreams(DocumentSection& s, const Plan& plan) const
{
    s.blocks.append(B::subheading(tr("Where the money comes from (funding streams)")));
    if (plan.budget.streams.isEmpty()) {
        s.blocks.append(B::paragraph(tr("No funding streams are listed yet.")));
        return;
    }
    DocumentTable table;
    table.headers = {tr("From"), tr("Note"),
        tr("Amount %1").arg(MoneyFormatter::periodPhrase(plan.budget.period))};
    table.alignment = {Align::Left, Align::Left, Align::Right};
    QList<Money> amounts {m_figures.totals.streamsTotal()};
    for (const FundingStream& stream : plan.budget.streams) {
        amounts.append(stream.amount);
    }
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(amounts);
    for (const FundingStream& stream : plan.budget.streams) {
        table.rows.append({ModelLabels::fundingSource(stream.source), stream.note.simplified(),
            m_words.money().format(stream.amount, pence)});
    }
    table.totals = {
        tr("Total"), QString(), m_words.money().format(m_figures.totals.streamsTotal(), pence)};
    s.blocks.append(B::table(table));
}

QString StandardMoneySections::whoHolds(Route route, const Plan& plan) const
{
    const auto named = [](const QString& name) {
        return name.trimmed().isEmpty() ? tr("Not named yet") : name.simplified();
    };
    switch (route) {
    case Route::DirectPayment:
        return plan.deployment.nominee.trimmed().isEmpty()
            ? tr("Me")
            : tr("%1 (my nominee)").arg(plan.deployment.nominee.simplified());
    case Route::CouncilManaged:
        return tr("The council");
    case Route::IndividualServiceFund:
        return named(plan.deployment.isfProvider);
    case Route::ThirdParty:
        return named(plan.deployment.thirdParty);
    }
    Q_UNREACHABLE();
}

DocumentSection StandardMoneySections::managed(const Plan& plan) const
{
    DocumentSection s = B::section(QStringLiteral("money"), tr("How my money is managed"));
    s.blocks.append(
        B::facts({{tr("How it is managed"), ModelLabels::deployment(plan.deployment.choice)}}));
    if (plan.deployment.choice == DeploymentChoice::Mixed) {
        s.blocks.append(B::paragraph(
            tr("Each piece of support says which way it is paid for (see My support).")));
    }
    const PlanTotals& totals = m_figures.totals;
    if (totals.routes().isEmpty()) {
        s.blocks.append(B::paragraph(tr("There is no paid support in the plan yet.")));
        return s;
    }
    DocumentTable table;
    table.headers = {
        tr("Way"), tr("Who holds the money"), tr("Pieces of support"), tr("Cost a year")};
    table.alignment = {Align::Left, Align::Left, Align::Right, Align::Right};
    QList<Money> amounts {totals.plannedYearly()};
    for (const PlanTotals::RouteTotal& route : totals.routes()) {
        amounts.append(route.yearly);
    }
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(amounts);
    int items = 0;
    for (const PlanTotals::RouteTotal& route : totals.routes()) {
        table.rows.append({ModelLabels::routeExplained(route.route), whoHolds(route.route, plan),
            m_words.locale().toString(route.items), m_words.money().format(route.yearly, pence)});
        items += route.items;
    }
    table.totals = {tr("Total"), QString(), m_words.locale().toString(items),
        m_words.money().format(totals.plannedYearly(), pence)};
    s.blocks.append(B::table(table));
    return s;
}

DocumentSection StandardMoneySections::compare(const Plan& plan) const
{
    DocumentSection s = B::section(
        QStringLiteral("compare"), tr("How the costs compare with the indicative budget"));
    s.blocks.append(B::paragraph(tr("What your support costs, set beside the amount the council "
                                    "first suggested, and where the money goes. You can take this "
                                    "to a review, or to ask the council to look again at your "
                                    "budget.")));
    addCompareSummary(s, plan);
    s.blocks.append(B::subheading(tr("By the way the money is managed")));
    s.blocks.append(B::table(byRoute()));
    s.blocks.append(B::subheading(tr("By what matters to me (outcomes)")));
    s.blocks.append(B::table(byOutcome(plan)));
    s.blocks.append(B::note(tr("Support that helps with several outcomes is shared evenly "
                               "between them.")));
    s.blocks.append(B::subheading(tr("By area of life")));
    s.blocks.append(B::table(byLifeArea(plan)));
    s.blocks.append(B::subheading(tr("By where the money comes from (funding source)")));
    s.blocks.append(B::table(bySource()));
    return s;
}

void StandardMoneySections::addCompareSummary(DocumentSection& s, const Plan& plan) const
{
    const PlanTotals& totals = m_figures.totals;
    const Budget& b = plan.budget;
    const Money planned = totals.planned();
    s.blocks.append(
        B::facts({{tr("Indicative budget"),
                      b.indicative ? inBudgetPeriod(*b.indicative) : tr("Not known yet")},
            {tr("Agreed budget"), b.agreed ? inBudgetPeriod(*b.agreed) : tr("Not agreed yet")},
            {tr("Your support costs"), inBudgetPeriod(planned)}}));
    if (!b.indicative) {
        s.blocks.append(B::paragraph(tr("There is no indicative budget to compare with yet.")));
        return;
    }
    const Money difference = planned - *b.indicative;
    if (difference.isZero()) {
        s.blocks.append(B::paragraph(tr("Your support costs the same as the indicative budget.")));
    } else if (difference.isNegative()) {
        s.blocks.append(B::paragraph(tr("Your support costs %1 less than the indicative budget.")
                                         .arg(inBudgetPeriod(-difference))));
    } else {
        s.blocks.append(B::paragraph(tr("Your support costs %1 more than the indicative budget.")
                                         .arg(inBudgetPeriod(difference))));
    }
    if (b.agreed && *b.agreed != *b.indicative) {
        const Money change = *b.agreed - *b.indicative;
        s.blocks.append(B::paragraph(change.isNegative()
                ? tr("The agreed budget is %1 less than the indicative budget.")
                      .arg(inBudgetPeriod(-change))
                : tr("The agreed budget is %1 more than the indicative budget.")
                      .arg(inBudgetPeriod(change))));
    }
}

DocumentTable StandardMoneySections::byRoute() const
{
    DocumentTable table;
    table.headers = {tr("Way"), tr("Cost a year")};
    table.alignment = {Align::Left, Align::Right};
    QList<Money> amounts {m_figures.totals.plannedYearly()};
    for (const PlanTotals::RouteTotal& route : m_figures.totals.routes()) {
        amounts.append(route.yearly);
    }
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(amounts);
    for (const PlanTotals::RouteTotal& route : m_figures.totals.routes()) {
        table.rows.append(
            {ModelLabels::route(route.route), m_words.money().format(route.yearly, pence)});
    }
    table.totals = {tr("Total"), m_words.money().format(m_figures.totals.plannedYearly(), pence)};
    return table;
}

DocumentTable StandardMoneySections::byOutcome(const Plan& plan) const
{
    DocumentTable table;
    table.headers = {tr("Outcome"), tr("Area of life"), tr("Cost a year")};
    table.alignment = {Align::Left, Align::Left, Align::Right};
    const PlanTotals& totals = m_figures.totals;
    QList<Money> amounts {totals.plannedYearly(), totals.withoutOutcomeYearly()};
    for (const PlanTotals::OutcomeTotal& o : totals.outcomes()) {
        amounts.append(o.yearly);
    }
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(amounts);
    for (const PlanTotals::OutcomeTotal& o : totals.outcomes()) {
        const Outcome* outcome = plan.outcome(o.outcomeKey);
        table.rows.append(
            {o.text.simplified(), outcome ? ModelLabels::lifeArea(outcome->lifeArea) : QString(),
                m_words.money().format(o.yearly, pence)});
    }
    if (!totals.withoutOutcomeYearly().isZero()) {
        table.rows.append({tr("Not linked to an outcome"), QString(),
            m_words.money().format(totals.withoutOutcomeYearly(), pence)});
    }
    table.totals = {tr("Total"), QString(), m_words.money().format(totals.plannedYearly(), pence)};
    return table;
}

DocumentTable StandardMoneySections::byLifeArea(const Plan& plan) const
{
    QMap<int, Money> byArea; // keyed by the enum's order, so areas come in a fixed order
    for (const PlanTotals::OutcomeTotal& o : m_figures.totals.outcomes()) {
        if (const Outcome* outcome = plan.outcome(o.outcomeKey)) {
            byArea[static_cast<int>(outcome->lifeArea)] += o.yearly;
        }
    }
    const PlanTotals& totals = m_figures.totals;
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(
        byArea.values() + QList<Money> {totals.plannedYearly(), totals.withoutOutcomeYearly()});
    DocumentTable table;
    table.headers = {tr("Area of life"), tr("Cost a year")};
    table.alignment = {Align::Left, Align::Right};
    for (const LifeArea area : allEnumValues<LifeArea>()) {
        const auto it = byArea.constFind(static_cast<int>(area));
        if (it != byArea.cend()) {
            table.rows.append({ModelLabels::lifeArea(area), m_words.money().format(*it, pence)});
        }
    }
    if (!totals.withoutOutcomeYearly().isZero()) {
        table.rows.append({tr("Not linked to an outcome"),
            m_words.money().format(totals.withoutOutcomeYearly(), pence)});
    }
    table.totals = {tr("Total"), m_words.money().format(totals.plannedYearly(), pence)};
    return table;
}

DocumentTable StandardMoneySections::bySource() const
{
    const PlanTotals& totals = m_figures.totals;
    const QString per = MoneyFormatter::periodPhrase(totals.budgetPeriod());
    DocumentTable table;
    table.headers = {
        tr("From"), tr("In the budget %1").arg(per), tr("Planned %1").arg(per), tr("Difference")};
    table.alignment = {Align::Left, Align::Right, Align::Right, Align::Left};
    QList<Money> amounts {totals.streamsTotal(), totals.planned()};
    for (const PlanTotals::SourceTotal& source : totals.sources()) {
        amounts << source.streams << source.planned;
    }
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(amounts);
    const auto money = [&](Money amount) { return m_words.money().format(amount, pence); };
    const auto difference = [&](Money inBudget, Money planned) {
        const Money left = inBudget - planned;
        if (left.isZero()) {
            return tr("The same");
        }
        return left.isNegative() ? tr("%1 over").arg(money(-left))
                                 : tr("%1 not planned").arg(money(left));
    };
    for (const PlanTotals::SourceTotal& source : totals.sources()) {
        table.rows.append({ModelLabels::fundingSource(source.source),
            source.inBudget ? money(source.streams) : tr("Not in the budget"),
            money(source.planned),
            source.inBudget ? difference(source.streams, source.planned) : QString()});
    }
    // Without streams there is nothing to set the planned total against.
    const bool anyStreams = std::any_of(totals.sources().cbegin(), totals.sources().cend(),
        [](const PlanTotals::SourceTotal& source) { return source.inBudget; });
    table.totals = {tr("Total"), anyStreams ? money(totals.streamsTotal()) : tr("None listed"),
        money(totals.planned()),
        anyStreams ? difference(totals.streamsTotal(), totals.planned()) : QString()};
    return table;
}

} // namespace pb
