// Small things every command does the same way: say what was wrong with the
// command line (one line and a hint, exit status 2), say why a file could
// not be used (exit status 3), and print JSON.
#pragma once

#include "cli/clicommand.h"
#include "common/error.h"

#include <QJsonObject>

namespace pb::cli {

int usageError(CliStreams io, const QString& command, const QString& message);
int fileError(CliStreams io, const QString& command, const Error& error);
void printJson(CliStreams io, const QJsonObject& json);

} // namespace pb::cli
