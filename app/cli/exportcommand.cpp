#include "cli/exportcommand.h"

#include "cli/cliio.h"
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "document/atomicfilewriter.h"
#include "document/exportfilename.h"
#include "document/pdfexporter.h"
#include "document/plandocumentbuilder.h"
#include "document/supportitemscsv.h"
#include "exchange/planfile.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"

#include <QDate>
#include <QDir>
#include <QSet>

#include <exception>

namespace pb::cli {

namespace {
const QString kPdf = QStringLiteral("pdf");
const QString kCsv = QStringLiteral("csv");
const QString kEasyRead = QStringLiteral("easy-read");
const QString kDb = QStringLiteral("db");
const QString kAll = QStringLiteral("all");
const QString kOut = QStringLiteral("out");
const QString kRates = QStringLiteral("rates");
} // namespace

void ExportCommand::describe(CliSyntax& syntax) const
{
    syntax.addPositionalArgument(
        QStringLiteral("PLAN.pbplan"), tr("The plan file to export (not with --all)."));
    syntax.addOption({kPdf, tr("Save the plan as a PDF here."), QStringLiteral("OUT.pdf")});
    syntax.addOption({kCsv, tr("Save the support and its cost as a spreadsheet (CSV) here."),
        QStringLiteral("OUT.csv")});
    syntax.addOption({kEasyRead, tr("Make the easy-read plan instead of the standard one.")});
    syntax.addOption(
        {kDb, tr("The caseload file to export from (with --all)."), QStringLiteral("FILE")});
    syntax.addOption({kAll, tr("Export every person's current plan in the caseload.")});
    syntax.addOption({kOut, tr("The folder to put the PDFs in (with --all); made if missing."),
        QStringLiteral("DIR")});
    syntax.addOption({kRates,
        tr("Cost personal assistants with this rate table instead of the one for each plan's "
           "date."),
        QStringLiteral("FILE")});
}

int ExportCommand::run(const QCommandLineParser& parser, CliStreams io) const
{
    if (parser.isSet(kAll) || parser.isSet(kDb) || parser.isSet(kOut)) {
        return exportCaseload(parser, io);
    }
    return exportPlanFile(parser, io);
}

Result<RateTable> ExportCommand::ratesFor(
    const Plan& plan, const std::optional<RateTable>& chosen) const
{
    if (chosen) {
        return *chosen;
    }
    return RateTableLoader::builtInFor(PlanTotals::costingDate(plan));
}

Status ExportCommand::writePdf(const Person& person, const Plan& plan, const RateTable& rates,
    DocumentForm form, const QString& path, int* pages) const
{
    try {
        const PlanDocumentBuilder builder(rates, QLocale());
        const QDate today = QDate::currentDate();
        const PlanDocument document = form == DocumentForm::EasyRead
            ? builder.easyRead(person, plan, today)
            : builder.standard(person, plan, today);
        return ui::PdfExporter::write(document, path, pages);
    } catch (const std::exception& e) {
        // Figures too large to add up (MoneyOverflow): nothing is written.
        return Error {tr("The plan's figures could not be worked out, so no PDF was made. "
                         "Open the plan in the window and check its amounts."),
            QString::fromLocal8Bit(e.what())};
    }
}

int ExportCommand::exportPlanFile(const QCommandLineParser& parser, CliStreams io) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return usageError(io, name(),
            tr("give exactly one plan file, like: pbplanner export my-plan.pbplan --pdf "
               "my-plan.pdf"));
    }
    if (!parser.isSet(kPdf) && !parser.isSet(kCsv)) {
        return usageError(
            io, name(), tr("say what to make: --pdf OUT.pdf, --csv OUT.csv, or both"));
    }
    if (parser.isSet(kEasyRead) && !parser.isSet(kPdf)) {
        return usageError(io, name(), tr("--easy-read goes with --pdf"));
    }
    std::optional<RateTable> chosen;
    if (parser.isSet(kRates)) {
        auto loaded = RateTableLoader::load(parser.value(kRates));
        if (!loaded.ok()) {
            return fileError(io, name(), loaded.error());
        }
        chosen = loaded.value();
    }
    const auto contents = PlanFile::read(files.first());
    if (!contents.ok()) {
        return fileError(io, name(), contents.error());
    }
    const Person& person = contents.value().person;
    const Plan& plan = contents.value().plan;
    const auto rates = ratesFor(plan, chosen);
    if (!rates.ok()) {
        return fileError(io, name(), rates.error());
    }

    if (parser.isSet(kPdf)) {
        const QString path = parser.value(kPdf);
        const DocumentForm form =
            parser.isSet(kEasyRead) ? DocumentForm::EasyRead : DocumentForm::Standard;
        int pages = 0;
        const Status written = writePdf(person, plan, rates.value(), form, path, &pages);
        if (!written.ok()) {
            return fileError(io, name(), written.error());
        }
        const QString shown = QDir::toNativeSeparators(path);
        io.out << (pages == 1 ? tr("Saved %1 (1 page).").arg(shown)
                              : tr("Saved %1 (%2 pages).").arg(shown).arg(pages))
               << Qt::endl;
    }
    if (parser.isSet(kCsv)) {
        const QString path = parser.value(kCsv);
        const Status written =
            ui::AtomicFileWriter::write(path, SupportItemsCsv::write(plan, rates.value()));
        if (!written.ok()) {
            return fileError(io, name(), written.error());
        }
        io.out << tr("Saved %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    }
    return Done;
}

int ExportCommand::exportCaseload(const QCommandLineParser& parser, CliStreams io) const
{
    if (!parser.isSet(kAll) || !parser.isSet(kDb) || !parser.isSet(kOut)) {
        return usageError(io, name(),
            tr("to export a whole caseload give all three, like: pbplanner export --db "
               "caseload.pbdb --all --out plans"));
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(io, name(),
            tr("give either a plan file or --db with --all, not both (\"%1\")")
                .arg(parser.positionalArguments().first()));
    }
    if (parser.isSet(kPdf) || parser.isSet(kCsv)) {
        return usageError(io, name(),
            tr("--all writes one PDF per person into --out; leave out "
               "--pdf and --csv"));
    }
    std::optional<RateTable> chosen;
    if (parser.isSet(kRates)) {
        auto loaded = RateTableLoader::load(parser.value(kRates));
        if (!loaded.ok()) {
            return fileError(io, name(), loaded.error());
        }
        chosen = loaded.value();
    }
    // Looking only: exporting must never change (or migrate) the caseload.
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(parser.value(kDb), options);
    if (!db.ok()) {
        return fileError(io, name(), db.error());
    }
    const QString folder = parser.value(kOut);
    if (!QDir().mkpath(folder)) {
        return fileError(io, name(),
            Error {tr("The folder %1 could not be made. Check that you may make folders there, "
                      "or choose another place.")
                       .arg(QDir::toNativeSeparators(folder)),
                {}});
    }
    const auto people = PersonRepository(*db.value()).list();
    if (!people.ok()) {
        return fileError(io, name(), people.error());
    }
    const PlanRepository plans(*db.value());
    const ui::ExportKind kind =
        parser.isSet(kEasyRead) ? ui::ExportKind::EasyReadPdf : ui::ExportKind::StandardPdf;
    const DocumentForm form =
        parser.isSet(kEasyRead) ? DocumentForm::EasyRead : DocumentForm::Standard;

    const auto total = people.value().size();
    int written = 0;
    int skipped = 0;
    QSet<QString> usedNames; // two people with the same name get two files
    for (qsizetype i = 0; i < total; ++i) {
        const Person& person = people.value().at(i);
        io.out << QStringLiteral("[%1/%2] %3 ... ").arg(i + 1).arg(total).arg(person.name)
               << Qt::flush;
        auto skip = [&](const Error& error) {
            //: After "[3/8] Sam Jones ... ": the plan was not written
            io.out << tr("skipped") << Qt::endl;
            io.err << QStringLiteral("pbplanner %1: %2: ").arg(name(), person.name)
                   << error.fullText() << Qt::endl;
            ++skipped;
        };
        const auto current = plans.currentPlan(person.id);
        if (!current.ok()) {
            skip(current.error());
            continue;
        }
        if (!current.value()) {
            //: After "[3/8] Sam Jones ... ": nothing to write
            io.out << tr("no plan yet, nothing written") << Qt::endl;
            continue;
        }
        const Plan& plan = *current.value();
        const auto rates = ratesFor(plan, chosen);
        if (!rates.ok()) {
            skip(rates.error());
            continue;
        }
        QString fileName = ui::ExportFileName::forPerson(person.name, kind);
        for (int n = 2; usedNames.contains(fileName.toCaseFolded()); ++n) {
            QString base = ui::ExportFileName::forPerson(person.name, kind);
            base.insert(base.lastIndexOf(u'.'), QStringLiteral(" (%1)").arg(n));
            fileName = base;
        }
        usedNames.insert(fileName.toCaseFolded());
        const Status done =
            writePdf(person, plan, rates.value(), form, QDir(folder).filePath(fileName), nullptr);
        if (!done.ok()) {
            skip(done.error());
            continue;
        }
        //: After "[3/8] Sam Jones ... ": the PDF is saved
        io.out << tr("written") << Qt::endl;
        ++written;
    }
    io.out << tr("Wrote %1 of %2 plans to %3.")
                  .arg(written)
                  .arg(written + skipped)
                  .arg(QDir::toNativeSeparators(folder))
           << Qt::endl;
    return skipped > 0 ? PlanHasErrors : Done;
}

} // namespace pb::cli
