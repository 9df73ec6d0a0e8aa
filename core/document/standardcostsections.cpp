#include "document/standardcostsections.h"

#include "document/assistantcostgroups.h"
#include "document/documentblocks.h"
#include "document/supportitemsummary.h"

namespace pb {

namespace {

using B = DocumentBlocks;
using Align = DocumentTable::Align;

} // namespace

StandardCostSections::StandardCostSections(const DocumentWording& words, const PlanFigures& figures)
    : m_words(words)
    , m_figures(figures)
{
}

DocumentTable StandardCostSections::supportTable(const Plan& plan) const
{
    const QList<SupportItemSummary::Row> rows = SupportItemSummary::rows(plan, m_figures.totals);
    const Money yearly = m_figures.totals.plannedYearly();
    const Money weekly = convert(yearly, Period::Year, Period::Week);
    QList<Money> amounts {yearly, weekly};
    for (const SupportItemSummary::Row& row : rows) {
        amounts << row.weekly << row.yearly;
    }
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(amounts);
    const auto money = [&](Money amount) { return m_words.money().format(amount, pence); };

    DocumentTable table;
    table.headers = SupportItemSummary::headers();
    table.alignment = {Align::Left, Align::Left, Align::Left, Align::Left, Align::Left,
        Align::Right, Align::Right};
    const QString none = tr("No cost");
    for (const SupportItemSummary::Row& row : rows) {
        table.rows.append({row.what.simplified(), row.who.simplified(), row.howOften, row.paidBy,
            SupportItemSummary::helpsWithText(row).simplified(),
            row.costsNothing ? none : money(row.weekly),
            row.costsNothing ? none : money(row.yearly)});
    }
    table.totals = {
        tr("Total"), QString(), QString(), QString(), QString(), money(weekly), money(yearly)};
    return table;
}

DocumentSection StandardCostSections::support(const Plan& plan) const
{
    DocumentSection s = B::section(QStringLiteral("support"), tr("My support"));
    if (plan.items.isEmpty()) {
        s.blocks.append(B::paragraph(tr("No support is in the plan yet.")));
        return s;
    }
    s.blocks.append(B::paragraph(
        tr("Each piece of support: who gives it, how often, how it is paid for, what it helps "
           "with and what it costs.")));
    s.blocks.append(B::table(supportTable(plan)));
    s.blocks.append(B::note(tr("Personal assistants cost what employing them costs, not only "
                               "their wages (see the next section). A one-off cost counts in full "
                               "in the plan year. A year has 52 weeks.")));
    return s;
}

void StandardCostSections::addRatesNote(DocumentSection& s) const
{
    const RateTable& rates = m_figures.rates;
    //: %1 the rate table's name ("England, tax year 2026 to 2027"), %2 its date
    s.blocks.append(B::note(tr("Worked out with the rates for %1, as of %2.")
                                .arg(rates.name, m_words.date(rates.ratesAsOf))));
    if (rates.sources.isEmpty()) {
        return;
    }
    s.blocks.append(B::note(tr("Where the figures come from:")));
    for (const RateTable::Source& source : rates.sources) {
        QString where = source.publisher.isEmpty()
            ? source.title
            : tr("%1 (%2)").arg(source.title, source.publisher);
        if (!source.url.isEmpty()) {
            where = tr("%1, %2").arg(where, source.url);
        }
        s.blocks.append(B::note(where));
    }
}

void StandardCostSections::addAssistant(
    DocumentSection& s, const AssistantCostGroups::Group& group, const Plan& plan) const
{
    const MoneyFormatter& money = m_words.money();
    const SupportItem* first = plan.item(group.itemKeys.constFirst());
    const QString name = first ? first->provider.simplified() : QString();
    s.blocks.append(B::subheading(name.isEmpty() ? tr("Personal assistant") : name));
    QList<Money> amounts {group.employment.yearly()};
    for (const PersonalAssistantCost::Line& line : group.employment.lines()) {
        amounts.append(line.yearly);
    }
    const MoneyFormatter::Pence pence = DocumentWording::tablePence(amounts);
    DocumentTable table;
    table.headers = {tr("Cost"), tr("How it is worked out"), tr("A year")};
    table.alignment = {Align::Left, Align::Left, Align::Right};
    for (const PersonalAssistantCost::Line& line : group.employment.lines()) {
        table.rows.append({line.label, line.howWorkedOut, money.format(line.yearly, pence)});
    }
    table.totals = {
        tr("Cost of employing them"), QString(), money.format(group.employment.yearly(), pence)};
    s.blocks.append(B::table(table));
    if (group.itemKeys.size() == 1) {
        s.blocks.append(
            B::paragraph(tr("For “%1”.").arg(first ? first->what.simplified() : QString())));
        return;
    }
    QStringList shares;
    for (qsizetype i = 0; i < group.itemKeys.size(); ++i) {
        const SupportItem* item = plan.item(group.itemKeys.at(i));
        //: One item's share of a PA's cost: "“Swimming”: £2,140.20 a year"
        shares.append(tr("“%1”: %2")
                          .arg(item ? item->what.simplified() : QString(),
                              money.format(group.shares.at(i), Period::Year)));
    }
    s.blocks.append(B::paragraph(tr("Shared between their support by their wages for each: %1.")
                                     .arg(shares.join(QStringLiteral("; ")))));
}

DocumentSection StandardCostSections::assistants(const Plan& plan) const
{
    DocumentSection s =
        B::section(QStringLiteral("pa-costs"), tr("What employing my personal assistants costs"));
    const QList<AssistantCostGroups::Group> groups = AssistantCostGroups::of(m_figures.totals);
    QStringList wagesOnly;
    for (const SupportItem& item : plan.items) {
        if (item.isPersonalAssistant() && !item.includeEmploymentCosts) {
            wagesOnly.append(item.what.simplified());
        }
    }
    if (groups.isEmpty() && wagesOnly.isEmpty()) {
        s.blocks.append(B::paragraph(tr("There are no personal assistants in this plan.")));
        return s;
    }
    s.blocks.append(B::paragraph(
        tr("Employing a personal assistant (PA) costs more than their wages: holiday pay, "
           "National Insurance, a pension, insurance and a payroll service. Here is each "
           "line, and how it was worked out.")));
    for (const AssistantCostGroups::Group& group : groups) {
        addAssistant(s, group, plan);
    }
    for (const QString& what : std::as_const(wagesOnly)) {
        s.blocks.append(B::paragraph(
            tr("“%1” is costed at the wages alone, without the costs of employing.").arg(what)));
    }
    addRatesNote(s);
    return s;
}

DocumentSection StandardCostSections::totals() const
{
    DocumentSection s = B::section(QStringLiteral("totals"), tr("Totals"));
    const PlanTotals& t = m_figures.totals;
    const Period period = t.budgetPeriod();
    const MoneyFormatter& money = m_words.money();
    const auto both = [&](Money inPeriod, std::optional<Money> perYear) {
        return period == Period::Year || !perYear
            ? money.format(inPeriod, period)
            //: An amount in the budget's period, then a year: "£230.50 a week (£11,986 a year)"
            : tr("%1 (%2)").arg(
                money.format(inPeriod, period), money.format(*perYear, Period::Year));
    };
    QList<B::Fact> facts;
    facts.append(
        {tr("My budget"), t.budget() ? both(*t.budget(), t.budgetYearly()) : tr("Not known yet")});
    facts.append({tr("My support costs"), both(t.planned(), t.plannedYearly())});
    if (const auto left = t.leftOver()) {
        if (left->isNegative()) {
            facts.append({tr("More than my budget"),
                tr("%1 more than your budget").arg(money.format(-*left, period))});
        } else {
            facts.append({tr("Left over"), both(*left, t.leftOverYearly())});
        }
    }
    s.blocks.append(B::facts(facts));
    if (!t.budget()) {
        s.blocks.append(B::paragraph(tr("When you know your budget, the plan shows what is "
                                        "left over.")));
    }
    return s;
}

} // namespace pb
