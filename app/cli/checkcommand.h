// `pbplanner check PLAN.pbplan [--json]`: the plan checker's findings. Exit
// status 1 when any finding is an error, so scripts can stop on it.
#pragma once

#include "cli/planfilecommand.h"

namespace pb::cli {

class CheckCommand : public PlanFileCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Check a plan and list what needs changing (exit status 1 on errors).");
    }

protected:
    int report(const PlanFileContents& contents, const RateTable& rates, bool json,
        CliStreams io) const override;
};

} // namespace pb::cli
