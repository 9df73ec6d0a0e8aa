#include "document/supportitemsummary.h"

#include "model/modellabels.h"

namespace pb {

QList<SupportItemSummary::Row> SupportItemSummary::rows(const Plan& plan, const PlanTotals& totals)
{
    QList<Row> rows;
    rows.reserve(plan.items.size());
    for (const SupportItem& item : plan.items) {
        Row row;
        row.key = item.key;
        row.what = item.what.trimmed();
        row.who = item.provider.trimmed();
        if (row.who.isEmpty()) {
            row.who = tr("Not named yet");
        }
        row.howOften = howOften(item);
        row.costsNothing = item.costsNothing();
        row.paidBy = row.costsNothing ? tr("Unpaid") : ModelLabels::route(item.route);
        for (const Outcome& outcome : plan.outcomes) {
            if (item.outcomeKeys.contains(outcome.key)) {
                row.helpsWith.append(outcome.text.trimmed());
            }
        }
        if (const SupportItemCost* cost = totals.item(item.key)) {
            row.weekly = cost->in(Period::Week);
            row.yearly = cost->yearly();
        }
        rows.append(row);
    }
    return rows;
}

QStringList SupportItemSummary::headers()
{
    return {tr("What"), tr("Who"), tr("How often"), tr("Paid by"), tr("Helps with"),
        tr("Cost a week"), tr("Cost a year")};
}

QString SupportItemSummary::howOften(const SupportItem& item)
{
    return ModelLabels::howOften(item);
}

QString SupportItemSummary::helpsWithText(const Row& row)
{
    return row.helpsWith.isEmpty() ? tr("Not linked to an outcome yet")
                                   : row.helpsWith.join(QStringLiteral("; "));
}

} // namespace pb
