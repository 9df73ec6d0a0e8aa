// PlanFileCommand: what `summary` and `check` share: one .pbplan argument,
// --json, and the rate table for the plan's date (or --rates FILE).
#pragma once

#include "cli/clicommand.h"
#include "costing/ratetable.h"
#include "exchange/planfile.h"

#include <optional>

namespace pb::cli {

class PlanFileCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PlanFileCommand)
public:
    void describe(CliSyntax& syntax) const override;
    int run(const QCommandLineParser& parser, CliStreams io) const final;

protected:
    virtual int report(const PlanFileContents& contents, const RateTable& rates, bool json,
        CliStreams io) const = 0;
};

} // namespace pb::cli
