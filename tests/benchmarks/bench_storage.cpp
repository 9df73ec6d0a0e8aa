// bench_storage: the database at caseload scale. Builds a 10,000-person
// database from the synthetic caseload (about two thirds agreed plans, each
// with three to five outcomes and four to eight support items), then times
//   - opening the file and listing the caseload (people, current plan
//     headers, every current plan's costing items): p50 over several runs;
//   - loading one plan in full (what opening a plan costs);
//   - committing one edit (a support item's price), durable on return as the
//     window's autosave does it: p50 and p99 over 1,000 edits.
// Usage: bench_storage [people] [folder]  (defaults: 10000, a temporary folder;
// pass a folder to measure a particular disk; the file is then kept there).
#include "demo/syntheticcaseload.h"
#include "storage/caseloadquery.h"
#include "storage/database.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace pb;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Processor time of this process: on a busy machine the wall clock also
// counts time spent waiting for a processor, this doesn't.
double cpuMs()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int people = args.size() > 1 ? args.at(1).toInt() : 10000;
    QTemporaryDir scratch;
    if (people <= 0 || !scratch.isValid()) {
        out << "usage: bench_storage [people] [folder]\n";
        return 2;
    }
    // In a given folder the file is kept afterwards, for a look inside.
    const QString path = args.size() > 2
        ? QDir(args.at(2)).filePath(QStringLiteral("bench-caseload.pbdb"))
        : scratch.filePath(QStringLiteral("caseload.pbdb"));
    for (const QString& old :
        {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile::remove(old);
    }

    // Build the caseload in one transaction (as a demo or bulk import would).
    {
        auto db = Database::create(path);
        if (!db) {
            out << "bench_storage: " << db.error().fullText() << "\n";
            return 1;
        }
        SyntheticCaseload generator;
        QList<PlanFileContents> caseload;
        caseload.reserve(people);
        for (int i = 0; i < people; ++i) {
            caseload.append(generator.make(i));
        }
        QElapsedTimer timer;
        timer.start();
        auto ids = PlanRepository(**db).importPlans(caseload, PlanRepository::ImportAs::Recorded);
        if (!ids) {
            out << "bench_storage: " << ids.error().fullText() << "\n";
            return 1;
        }
        out << "bench_storage: import " << people << " people with their plans (one transaction): "
            << QString::number(elapsedMs(timer), 'f', 0) << " ms, file "
            << QString::number(static_cast<double>(QFileInfo(path).size()) / 1e6, 'f', 1)
            << " MB\n";
    }

    // Open + caseload listing, as the start screen does it.
    std::vector<double> openAndList;
    std::vector<double> openAndListCpu;
    std::vector<double> listOnly;
    std::vector<double> headersOnly;
    qsizetype entries = 0;
    qsizetype items = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        auto db = Database::open(path);
        if (!db) {
            out << "bench_storage: " << db.error().fullText() << "\n";
            return 1;
        }
        QElapsedTimer listTimer;
        listTimer.start();
        auto list = CaseloadQuery(**db).list();
        if (!list) {
            out << "bench_storage: " << list.error().fullText() << "\n";
            return 1;
        }
        listOnly.push_back(elapsedMs(listTimer));
        openAndList.push_back(elapsedMs(timer));
        openAndListCpu.push_back(cpuMs() - cpuStart);
        entries = list->size();
        items = 0;
        for (const CaseloadEntry& e : *list) {
            items += e.items.size();
        }
        QElapsedTimer headerTimer;
        headerTimer.start();
        auto headers = CaseloadQuery(**db).list(
            CaseloadQuery::Archived::Hidden, CaseloadQuery::Items::Without);
        headersOnly.push_back(elapsedMs(headerTimer));
    }
    out << "bench_storage: " << people << "-person caseload open + listing (" << entries
        << " people, " << items
        << " costing items): " << QString::number(percentile(openAndList, 0.5), 'f', 1)
        << " ms (p50), "
        << QString::number(*std::max_element(openAndList.begin(), openAndList.end()), 'f', 1)
        << " ms (max of " << openAndList.size() << "); processor time "
        << QString::number(percentile(openAndListCpu, 0.5), 'f', 1) << " ms (p50)\n";
    out << "bench_storage: listing alone: " << QString::number(percentile(listOnly, 0.5), 'f', 1)
        << " ms (p50); people and plan headers without items: "
        << QString::number(percentile(headersOnly, 0.5), 'f', 1) << " ms (p50)\n";

    auto db = Database::open(path);
    if (!db) {
        out << "bench_storage: " << db.error().fullText() << "\n";
        return 1;
    }
    PlanRepository plans(**db);
    auto list = CaseloadQuery(**db).list();
    if (!list) {
        return 1;
    }
    const auto draft = std::find_if(list->cbegin(), list->cend(),
        [](const CaseloadEntry& e) { return e.hasPlan() && e.status == PlanStatus::Draft; });
    if (draft == list->cend()) {
        out << "bench_storage: no draft plan to edit\n";
        return 1;
    }

    std::vector<double> loads;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto plan = plans.load(list->at(i * 37 % list->size()).planId);
        loads.push_back(elapsedMs(timer));
        if (!plan) {
            out << "bench_storage: " << plan.error().fullText() << "\n";
            return 1;
        }
    }
    out << "bench_storage: load one plan in full: "
        << QString::number(percentile(loads, 0.5), 'f', 2) << " ms (p50), "
        << QString::number(percentile(loads, 0.99), 'f', 2) << " ms (p99)\n";

    auto plan = plans.load(draft->planId);
    if (!plan || plan->items.isEmpty()) {
        return 1;
    }
    SupportItem item = plan->items.first();
    std::vector<double> edits;
    for (int i = 0; i < 1000; ++i) {
        item.unitPrice = Money::fromPence(1200 + i);
        QElapsedTimer timer;
        timer.start();
        const Status saved = plans.upsertSupportItem(plan->id, item);
        edits.push_back(elapsedMs(timer));
        if (!saved) {
            out << "bench_storage: " << saved.error().fullText() << "\n";
            return 1;
        }
    }
    out << "bench_storage: commit one edit (support item, synchronous): "
        << QString::number(percentile(edits, 0.5), 'f', 2) << " ms (p50), "
        << QString::number(percentile(edits, 0.99), 'f', 2) << " ms (p99) over " << edits.size()
        << " edits\n";
    return 0;
}
