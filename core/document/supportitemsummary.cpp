#include "document/supportitemsummary.h"

#include "model/modellabels.h"
#include "money/quantityparser.h"

namespace pb {

namespace {

QString hoursHowOften(const QString& hours, Period period)
{
    switch (period) {
    case Period::Week:
        return SupportItemSummary::tr("%1 a week").arg(hours);
    case Period::FourWeeks:
        return SupportItemSummary::tr("%1 every four weeks").arg(hours);
    case Period::Month:
        return SupportItemSummary::tr("%1 a month").arg(hours);
    case Period::Year:
        return SupportItemSummary::tr("%1 a year").arg(hours);
    case Period::Once:
        return SupportItemSummary::tr("%1, once").arg(hours);
    }
    Q_UNREACHABLE();
}

QString onceHowOften(Period period)
{
    switch (period) {
    case Period::Week:
        return SupportItemSummary::tr("Once a week");
    case Period::FourWeeks:
        return SupportItemSummary::tr("Once every four weeks");
    case Period::Month:
        return SupportItemSummary::tr("Once a month");
    case Period::Year:
        return SupportItemSummary::tr("Once a year");
    case Period::Once:
        return SupportItemSummary::tr("Once");
    }
    Q_UNREACHABLE();
}

QString timesHowOften(const QString& times, Period period)
{
    switch (period) {
    case Period::Week:
        return SupportItemSummary::tr("%1 times a week").arg(times);
    case Period::FourWeeks:
        return SupportItemSummary::tr("%1 times every four weeks").arg(times);
    case Period::Month:
        return SupportItemSummary::tr("%1 times a month").arg(times);
    case Period::Year:
        return SupportItemSummary::tr("%1 times a year").arg(times);
    case Period::Once:
        return SupportItemSummary::tr("%1, once").arg(times);
    }
    Q_UNREACHABLE();
}

} // namespace

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
    const int q = std::max(item.quantityHundredths, 0);
    if (item.isPersonalAssistant()) {
        const QString hours =
            q == 100 ? tr("1 hour") : tr("%1 hours").arg(QuantityParser::format(q));
        return hoursHowOften(hours, item.frequency);
    }
    if (q == 100) {
        return onceHowOften(item.frequency);
    }
    return timesHowOften(QuantityParser::format(q), item.frequency);
}

QString SupportItemSummary::helpsWithText(const Row& row)
{
    return row.helpsWith.isEmpty() ? tr("Not linked to an outcome yet")
                                   : row.helpsWith.join(QStringLiteral("; "));
}

} // namespace pb
