// bench_pdf_export: how long `pbplanner export` takes to turn a large plan
// (Aisha Khan's demo plan grown to 100 pieces of support, 8 personal
// assistants among them) into a PDF, standard and easy-read: the real
// executable, 20 runs each, so the figure is what a broker's script waits
// for, start-up included. Then the same export in this process
// (PlanFile::read, PlanDocumentBuilder, PdfExporter::write: what the
// command does after starting), to show how much of it is start-up.
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "demo/democaseload.h"
#include "document/pdfexporter.h"
#include "document/plandocumentbuilder.h"
#include "exchange/planfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace pb;

namespace {

constexpr int kItems = 100;
constexpr int kRuns = 20;

PlanFileContents largePlan()
{
    PlanFileContents contents = DemoCaseload::people().first();
    Plan& plan = contents.plan;
    const QList<SupportItem> seeds = plan.items;
    constexpr std::array<SupportType, 8> types {SupportType::PersonalAssistant,
        SupportType::AgencyHomeCare, SupportType::DayActivity, SupportType::Leisure,
        SupportType::Transport, SupportType::Equipment, SupportType::ShortBreak,
        SupportType::Other};
    for (int i = int(plan.items.size()); i < kItems; ++i) {
        SupportItem item = seeds.at(i % seeds.size());
        item.key = plan.nextKey();
        item.type = types.at(i % types.size());
        item.what = QStringLiteral("Support number %1: help with the things that matter, in "
                                   "Aisha's own words")
                        .arg(i + 1);
        item.provider = item.isPersonalAssistant()
            ? QStringLiteral("Assistant %1").arg((i / int(types.size())) % 8 + 1)
            : QStringLiteral("Provider %1").arg(i % 11 + 1);
        item.unitPrice = Money::fromPence(1271 + (i % 9) * 35);
        item.quantityHundredths = 100 + (i % 6) * 50;
        item.frequency = item.isPersonalAssistant() ? Period::Week : Period::Month;
        plan.items.append(item);
    }
    return contents;
}

struct Figures {
    double p50 = 0;
    double p99 = 0;
};

Figures percentiles(QList<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](int percent) {
        return milliseconds.at(
            std::min<qsizetype>(milliseconds.size() - 1, milliseconds.size() * percent / 100));
    };
    return {at(50), at(99)};
}

int pagesOf(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(60000);
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:")) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return 0;
}

void report(const char* what, const char* form, const Figures& f, int pages)
{
    std::printf("bench_pdf_export: %d-item plan, %s, %s: %.0f ms (p50), %.0f ms (p99), %d pages, "
                "%.0f pages a second\n",
        kItems, form, what, f.p50, f.p99, pages, pages / (f.p50 / 1000.0));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv); // fonts, as `pbplanner export` has
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("large.pbplan"));
    const PlanFileContents contents = largePlan();
    if (!PlanFile::write(planPath, contents.person, contents.plan).ok()) {
        std::fprintf(stderr, "bench_pdf_export: could not write the plan\n");
        return 1;
    }

    for (const bool easyRead : {false, true}) {
        const char* form = easyRead ? "easy-read" : "standard";
        const QString pdf =
            dir.filePath(easyRead ? QStringLiteral("easy.pdf") : QStringLiteral("standard.pdf"));

        // The command line, as a script runs it.
        QStringList arguments {QStringLiteral("export"), planPath, QStringLiteral("--pdf"), pdf};
        if (easyRead) {
            arguments << QStringLiteral("--easy-read");
        }
        QList<double> wall;
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            process.start(QStringLiteral(PBPLANNER_PATH), arguments);
            if (!process.waitForFinished(60000) || process.exitCode() != 0) {
                std::fprintf(stderr, "bench_pdf_export: pbplanner export failed: %s\n",
                    process.readAllStandardError().constData());
                return 1;
            }
            wall.append(timer.nsecsElapsed() / 1e6);
        }
        const int pages = pagesOf(pdf);
        report("pbplanner export (whole process)", form, percentiles(wall), pages);

        // The same work in this process: reading, building and writing.
        QList<double> inProcess;
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto read = PlanFile::read(planPath);
            const auto rates =
                RateTableLoader::builtInFor(PlanTotals::costingDate(read.value().plan)).value();
            const PlanDocumentBuilder builder(rates);
            const QDate today = QDate::currentDate();
            const PlanDocument document = easyRead
                ? builder.easyRead(read.value().person, read.value().plan, today)
                : builder.standard(read.value().person, read.value().plan, today);
            if (!ui::PdfExporter::write(document, pdf).ok()) {
                std::fprintf(stderr, "bench_pdf_export: writing failed\n");
                return 1;
            }
            inProcess.append(timer.nsecsElapsed() / 1e6);
        }
        report("read, build and write (in process)", form, percentiles(inProcess), pages);
    }
    return 0;
}
