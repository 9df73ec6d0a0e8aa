// CliCommand: one `pbplanner <command>` subcommand. Subcommands run under
// QCoreApplication, so they work over ssh and in scripts with no display.
//
// Exit status, the same for every command (and listed in --help):
//   0  done
//   1  done, and the plan has errors (`check`)
//   2  the command line was wrong (a one-line error and a hint on stderr)
//   3  a file could not be read or written (the reason on stderr)
#pragma once

#include "cli/clisyntax.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace pb::cli {

enum ExitCode { Done = 0, PlanHasErrors = 1, BadArguments = 2, FileProblem = 3 };

struct CliStreams {
    QTextStream& out;
    QTextStream& err;
};

class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `pbplanner --help`
    // Adds the command's options and positional arguments (to its parser
    // and its help).
    virtual void describe(CliSyntax& syntax) const = 0;
    // Runs with the parsed command line (already checked for --help).
    virtual int run(const QCommandLineParser& parser, CliStreams io) const = 0;
};

} // namespace pb::cli
