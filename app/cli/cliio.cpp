#include "cli/cliio.h"

#include <QJsonDocument>

namespace pb::cli {

int usageError(CliStreams io, const QString& command, const QString& message)
{
    io.err << QStringLiteral("pbplanner %1: ").arg(command) << message << Qt::endl
           << QCoreApplication::translate(
                  "Cli", "Hint: run \"pbplanner %1 --help\" to see how to use it.")
                  .arg(command)
           << Qt::endl;
    return BadArguments;
}

int fileError(CliStreams io, const QString& command, const Error& error)
{
    io.err << QStringLiteral("pbplanner %1: ").arg(command) << error.fullText() << Qt::endl;
    return FileProblem;
}

void printJson(CliStreams io, const QJsonObject& json)
{
    io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace pb::cli
