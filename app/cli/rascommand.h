// `pbplanner ras SCHEME.json ANSWERS.json [--json]`: the indicative amount a
// RAS scheme gives for some answers, and why, step by step.
#pragma once

#include "cli/clicommand.h"

namespace pb::cli {

class RasCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RasCommand)
public:
    QString name() const override { return QStringLiteral("ras"); }
    QString summary() const override
    {
        return tr("Work out a budget from a RAS scheme and answers, and explain it.");
    }
    void describe(CliSyntax& syntax) const override;
    int run(const QCommandLineParser& parser, CliStreams io) const override;
};

} // namespace pb::cli
