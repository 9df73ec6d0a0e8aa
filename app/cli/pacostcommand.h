// `pbplanner pa-cost --hours H --wage W [--rates FILE] [--employment-allowance] [--json]`:
// the true cost of employing a personal assistant, line by line.
#pragma once

#include "cli/clicommand.h"

namespace pb::cli {

class PaCostCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PaCostCommand)
public:
    QString name() const override { return QStringLiteral("pa-cost"); }
    QString summary() const override
    {
        return tr("Work out the true cost of employing a personal assistant.");
    }
    void describe(CliSyntax& syntax) const override;
    int run(const QCommandLineParser& parser, CliStreams io) const override;
};

} // namespace pb::cli
