#include "cli/summarycommand.h"

#include "cli/cliio.h"
#include "costing/plantotals.h"
#include "model/modellabels.h"
#include "money/moneyformatter.h"

namespace pb::cli {

int SummaryCommand::report(
    const PlanFileContents& contents, const RateTable& rates, bool json, CliStreams io) const
{
    const Plan& plan = contents.plan;
    const PlanTotals totals = PlanTotals::calculate(plan, rates);
    if (json) {
        QJsonObject out = totals.toJson();
        out.insert(QStringLiteral("person"), contents.person.name);
        out.insert(QStringLiteral("version"), plan.version);
        out.insert(QStringLiteral("status"), enumKey(plan.status));
        printJson(io, out);
        return Done;
    }

    const MoneyFormatter money;
    const Period period = totals.budgetPeriod();
    io.out << tr("Plan for %1, version %2 (%3)")
                  .arg(contents.person.name)
                  .arg(plan.version)
                  .arg(ModelLabels::planStatus(plan.status))
           << Qt::endl;
    io.out << tr("Budget:    %1")
                  .arg(totals.budget() ? money.format(*totals.budget(), period) : tr("not set yet"))
           << Qt::endl;
    io.out << tr("Planned:   %1").arg(money.format(totals.planned(), period)) << Qt::endl;
    if (const auto left = totals.leftOver()) {
        if (left->isNegative()) {
            io.out << tr("Over:      %1 more than the budget").arg(money.format(-*left, period))
                   << Qt::endl;
        } else {
            io.out << tr("Left over: %1").arg(money.format(*left, period)) << Qt::endl;
        }
    }
    io.out << Qt::endl << tr("How the money is managed:") << Qt::endl;
    for (const auto& route : totals.routes()) {
        io.out << QStringLiteral("  %1  %2")
                      .arg(money.format(route.yearly, Period::Year).leftJustified(18),
                          ModelLabels::route(route.route))
               << Qt::endl;
    }
    io.out << Qt::endl << tr("What the money is for:") << Qt::endl;
    for (const auto& outcome : totals.outcomes()) {
        io.out << QStringLiteral("  %1  %2")
                      .arg(money.format(outcome.yearly, Period::Year).leftJustified(18),
                          outcome.text)
               << Qt::endl;
    }
    if (!totals.withoutOutcomeYearly().isZero()) {
        io.out
            << QStringLiteral("  %1  %2")
                   .arg(money.format(totals.withoutOutcomeYearly(), Period::Year).leftJustified(18),
                       tr("(not linked to an outcome)"))
            << Qt::endl;
    }
    io.out << Qt::endl
           << tr("Personal assistants costed with rates as of %1.")
                  .arg(QLocale().toString(totals.ratesAsOf(), QStringLiteral("d MMMM yyyy")))
           << Qt::endl;
    return Done;
}

} // namespace pb::cli
