#include "cli/rascommand.h"

#include "cli/cliio.h"
#include "money/moneyformatter.h"
#include "ras/rasanswersloader.h"
#include "ras/rascalculator.h"
#include "ras/rasschemeloader.h"

namespace pb::cli {

void RasCommand::describe(CliSyntax& syntax) const
{
    syntax.addPositionalArgument(
        QStringLiteral("SCHEME.json"), tr("The RAS scheme (see resources/ras)."));
    syntax.addPositionalArgument(QStringLiteral("ANSWERS.json"),
        tr("The answers: {\"scheme\": id, \"answers\": {question: option}}."));
    syntax.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
}

int RasCommand::run(const QCommandLineParser& parser, CliStreams io) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        return usageError(io, name(),
            tr("give a scheme file and an answers file, like: pbplanner ras scheme.json "
               "answers.json"));
    }
    const auto scheme = RasSchemeLoader::load(files.at(0));
    if (!scheme.ok()) {
        return fileError(io, name(), scheme.error());
    }
    const auto answers = RasAnswersLoader::load(files.at(1));
    if (!answers.ok()) {
        return fileError(io, name(), answers.error());
    }
    const auto result = RasCalculator(scheme.value()).calculate(answers.value());
    if (!result.ok()) {
        return fileError(io, name(), result.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io, result.value().toJson());
        return Done;
    }
    io.out << scheme.value().name << Qt::endl << Qt::endl;
    for (const QString& step : result.value().steps) {
        io.out << QStringLiteral("- ") << step << Qt::endl;
    }
    io.out << Qt::endl
           << tr("Indicative budget: %1")
                  .arg(MoneyFormatter().format(result.value().amount, Period::Year))
           << Qt::endl;
    return Done;
}

} // namespace pb::cli
