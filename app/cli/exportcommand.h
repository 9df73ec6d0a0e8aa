// `pbplanner export`: plans as documents, without a window.
//   pbplanner export PLAN.pbplan --pdf OUT.pdf [--easy-read]
//   pbplanner export PLAN.pbplan --csv OUT.csv        (--pdf and --csv may go together)
//   pbplanner export --db FILE --all --out DIR [--easy-read]
// The last is for brokers: every person's current plan (archived people
// left out) as a PDF named after them ("Support plan - Sam Jones.pdf"), a
// progress line per person on stdout ("[3/8] Sam Jones ... written"). A
// plan that cannot be read or written is reported on stderr and skipped;
// the rest are still written, and the exit status is then 1.
//
// The documents are exactly the window's: PlanDocumentBuilder with the rate
// table for the plan's date (or --rates FILE) and today's date, written by
// PdfExporter (atomic, PDF/A-1b) or as SupportItemsCsv. A damaged or
// unreadable plan file writes nothing and exits 3. PDFs need fonts, so
// main() runs this command under a QGuiApplication (offscreen: no display).
#pragma once

#include "cli/clicommand.h"
#include "common/result.h"
#include "costing/ratetable.h"
#include "document/plandocument.h"

#include <optional>

namespace pb {
struct Person;
struct Plan;
} // namespace pb

namespace pb::cli {

class ExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Save plans as PDF (standard or easy-read) or support as a spreadsheet.");
    }
    void describe(CliSyntax& syntax) const override;
    int run(const QCommandLineParser& parser, CliStreams io) const override;

private:
    int exportPlanFile(const QCommandLineParser& parser, CliStreams io) const;
    int exportCaseload(const QCommandLineParser& parser, CliStreams io) const;
    // The --rates table when given (read once), else the one for the plan's date.
    Result<RateTable> ratesFor(const Plan& plan, const std::optional<RateTable>& chosen) const;
    // Builds and writes one PDF; an Error says why it could not.
    Status writePdf(const Person& person, const Plan& plan, const RateTable& rates,
        DocumentForm form, const QString& path, int* pages) const;
};

} // namespace pb::cli
