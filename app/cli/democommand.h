// `pbplanner demo --db FILE [--people N]`: a new database holding the demo
// caseload (eight people), or N made-up people for trying things at scale.
// `--write-examples DIR` writes the demo people as .pbplan files (how
// resources/examples was made).
#pragma once

#include "cli/clicommand.h"

namespace pb::cli {

class DemoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Make a demo caseload database (or N made-up people).");
    }
    void describe(CliSyntax& syntax) const override;
    int run(const QCommandLineParser& parser, CliStreams io) const override;

private:
    int writeExamples(const QString& folder, CliStreams io) const;
};

} // namespace pb::cli
