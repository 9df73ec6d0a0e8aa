#include "cli/pacostcommand.h"

#include "cli/cliio.h"
#include "costing/personalassistantcost.h"
#include "costing/ratetableloader.h"
#include "money/moneyformatter.h"
#include "money/moneyparser.h"
#include "money/quantityparser.h"

namespace pb::cli {

void PaCostCommand::describe(CliSyntax& syntax) const
{
    syntax.addOption(
        {QStringLiteral("hours"), tr("Hours a week, like 16 or 7.5."), QStringLiteral("H")});
    syntax.addOption(
        {QStringLiteral("wage"), tr("Hourly wage in pounds, like 12.71."), QStringLiteral("W")});
    syntax.addOption({QStringLiteral("rates"),
        tr("A rate table file (default: the one for today)."), QStringLiteral("FILE")});
    syntax.addOption({QStringLiteral("date"),
        tr("Use the built-in rate table for this date (YYYY-MM-DD)."), QStringLiteral("DATE")});
    syntax.addOption(
        {QStringLiteral("employment-allowance"), tr("The employer claims Employment Allowance.")});
    syntax.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
}

int PaCostCommand::run(const QCommandLineParser& parser, CliStreams io) const
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            io, name(), tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(QStringLiteral("hours")) || !parser.isSet(QStringLiteral("wage"))) {
        return usageError(io, name(),
            tr("give both --hours and --wage, like: pbplanner pa-cost --hours 16 --wage 12.71"));
    }
    const auto hours = QuantityParser::parseHundredths(parser.value(QStringLiteral("hours")));
    if (!hours.ok()) {
        return usageError(io, name(), tr("--hours: %1").arg(hours.error().message));
    }
    if (hours.value() > 168 * 100) {
        return usageError(io, name(), tr("--hours: a week has 168 hours; enter the hours a week"));
    }
    const auto wage = MoneyParser::parse(parser.value(QStringLiteral("wage")));
    if (!wage.ok()) {
        return usageError(io, name(), tr("--wage: %1").arg(wage.error().message));
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid()) {
            return usageError(
                io, name(), tr("--date: write the date as YYYY-MM-DD, like 2026-04-06"));
        }
    }
    const auto rates = parser.isSet(QStringLiteral("rates"))
        ? RateTableLoader::load(parser.value(QStringLiteral("rates")))
        : RateTableLoader::builtInFor(date);
    if (!rates.ok()) {
        return fileError(io, name(), rates.error());
    }

    PersonalAssistantCost::Options options;
    options.claimEmploymentAllowance = parser.isSet(QStringLiteral("employment-allowance"));
    const auto cost =
        PersonalAssistantCost::calculate(hours.value(), wage.value(), rates.value(), options);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io, cost.toJson());
        return Done;
    }

    const MoneyFormatter money;
    io.out << tr("A personal assistant for %1 hours a week at %2 an hour")
                  .arg(QuantityParser::format(hours.value()), money.format(wage.value()))
           << Qt::endl
           << Qt::endl;
    for (const auto& line : cost.lines()) {
        io.out
            << QStringLiteral("  %1 %2  %3")
                   .arg(line.label.leftJustified(32),
                       money.format(line.yearly, MoneyFormatter::Pence::Always).rightJustified(12),
                       line.howWorkedOut)
            << Qt::endl;
    }
    io.out << Qt::endl
           << tr("Total: %1, which is %2 or %3.")
                  .arg(money.format(cost.yearly(), Period::Year, MoneyFormatter::Pence::Always),
                      money.format(cost.monthly(), Period::Month, MoneyFormatter::Pence::Always),
                      money.format(cost.weekly(), Period::Week, MoneyFormatter::Pence::Always))
           << Qt::endl;
    io.out << tr("Rates as of %1 (%2).")
                  .arg(QLocale().toString(cost.ratesAsOf(), QStringLiteral("d MMMM yyyy")),
                      cost.rateTableName())
           << Qt::endl;
    return Done;
}

} // namespace pb::cli
