// `pbplanner summary PLAN.pbplan [--json]`: budget, planned, left over, and
// the split by route and by outcome.
#pragma once

#include "cli/planfilecommand.h"

namespace pb::cli {

class SummaryCommand : public PlanFileCommand {
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)
public:
    QString name() const override { return QStringLiteral("summary"); }
    QString summary() const override
    {
        return tr("Show a plan's budget, planned cost and what is left over.");
    }

protected:
    int report(const PlanFileContents& contents, const RateTable& rates, bool json,
        CliStreams io) const override;
};

} // namespace pb::cli
