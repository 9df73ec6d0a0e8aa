// Cli: the `pbplanner <command> …` front door. Finds the command, parses its
// options with QCommandLineParser, prints help and errors the same way for
// all, and returns the exit status (see clicommand.h).
#pragma once

#include "cli/clicommand.h"

#include <memory>
#include <vector>

namespace pb::cli {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();
    ~Cli();

    // True when argv names a subcommand, --help or --version: then no window
    // is needed and main() runs Cli under QCoreApplication.
    static bool wantsCommandLine(const QStringList& arguments);

    int run(const QStringList& arguments, CliStreams io) const;

private:
    const CliCommand* find(const QString& name) const;
    QString overallHelp() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace pb::cli
