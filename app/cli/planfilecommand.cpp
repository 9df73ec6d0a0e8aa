#include "cli/planfilecommand.h"

#include "cli/cliio.h"
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"

namespace pb::cli {

void PlanFileCommand::describe(CliSyntax& syntax) const
{
    syntax.addPositionalArgument(QStringLiteral("PLAN.pbplan"), tr("The plan file to read."));
    syntax.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    syntax.addOption({QStringLiteral("rates"),
        tr("Cost personal assistants with this rate table instead of the one for the plan's date."),
        QStringLiteral("FILE")});
}

int PlanFileCommand::run(const QCommandLineParser& parser, CliStreams io) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return usageError(io, name(),
            tr("give exactly one plan file, like: pbplanner %1 my-plan.pbplan").arg(name()));
    }
    auto contents = PlanFile::read(files.first());
    if (!contents.ok()) {
        return fileError(io, name(), contents.error());
    }
    auto rates = parser.isSet(QStringLiteral("rates"))
        ? RateTableLoader::load(parser.value(QStringLiteral("rates")))
        : RateTableLoader::builtInFor(PlanTotals::costingDate(contents.value().plan));
    if (!rates.ok()) {
        return fileError(io, name(), rates.error());
    }
    return report(contents.value(), rates.value(), parser.isSet(QStringLiteral("json")), io);
}

} // namespace pb::cli
