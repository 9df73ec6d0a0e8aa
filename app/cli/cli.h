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
    // is needed and main() runs Cli under QCoreApplication. A plan file
    // (`pbplanner aisha.pbplan`, as the desktop opens one) is for the
    // window; any other word is taken as a mistyped command, so it gets
    // "not a command" rather than a window.
    static bool wantsCommandLine(const QStringList& arguments);
    // A plan file named on the command line: a .pbplan name, or a file
    // that exists (the desktop may pass one under another name).
    static bool isPlanFileArgument(const QString& argument);

    int run(const QStringList& arguments, CliStreams io) const;

    // What `pbplanner --help` prints: how to start the window, the commands
    // and the exit statuses.
    QString overallHelp() const;
    // The program's file name as it was started ("pbplanner"), not the path
    // used to start it ("app/pbplanner", "/usr/bin/pbplanner").
    static QString programName(const QStringList& arguments);

private:
    const CliCommand* find(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace pb::cli
