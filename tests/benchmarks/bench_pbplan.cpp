// bench_pbplan: how long a 500-item plan takes to write to and read from a
// .pbplan file (PlanFile::toXml then PlanFile::fromXml, the read including the
// pre-check and validation), and how big the file is.
#include "exchange/planfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace pb;

namespace {

Plan planWithItems(int itemCount)
{
    Plan plan;
    plan.personId = 1;
    plan.createdOn = QDate(2024, 4, 1);
    plan.budget.indicative = Money::fromPence(2500000);
    plan.budget.start = QDate(2024, 4, 1);
    plan.budget.end = QDate(2025, 3, 31);
    FundingStream stream;
    stream.key = 1;
    stream.amount = Money::fromPence(2500000);
    plan.budget.streams.append(stream);
    int key = 2;
    for (int i = 0; i < 20; ++i) {
        Outcome o;
        o.key = key++;
        o.text =
            QStringLiteral("Outcome %1 in the person's own words, a sentence or two long.").arg(i);
        o.howIWillKnow = QStringLiteral("I will be doing it every week.");
        plan.outcomes.append(o);
    }
    for (int i = 0; i < itemCount; ++i) {
        SupportItem item;
        item.key = key++;
        item.type = i % 3 == 0 ? SupportType::PersonalAssistant : SupportType::DayActivity;
        item.what = QStringLiteral("Support item number %1").arg(i);
        item.provider = QStringLiteral("Provider %1").arg(i % 17);
        item.outcomeKeys = {plan.outcomes.at(i % 20).key};
        item.unitPrice = Money::fromPence(1271 + i);
        item.quantityHundredths = 100 + i;
        item.notes = QStringLiteral("Notes about item %1.").arg(i);
        plan.items.append(item);
    }
    return plan;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    Person person;
    person.name = QStringLiteral("Benchmark Person");
    const Plan plan = planWithItems(500);

    constexpr int kRuns = 50;
    std::vector<double> writeMs;
    std::vector<double> readMs;
    std::vector<double> totalMs;
    qsizetype fileSize = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray xml = PlanFile::toXml(person, plan);
        const double written = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const auto read = PlanFile::fromXml(xml);
        const double total = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!read.ok() || !(read->plan == plan)) {
            out << "bench_pbplan: round trip failed: "
                << (read.ok() ? QStringLiteral("plan differs") : read.error().fullText())
                << Qt::endl;
            return 1;
        }
        fileSize = xml.size();
        writeMs.push_back(written);
        readMs.push_back(total - written);
        totalMs.push_back(total);
    }
    out << QStringLiteral("bench_pbplan: 500-item plan write (toXml): %1 ms (p50), %2 ms (p99)")
               .arg(percentile(writeMs, 0.5), 0, 'f', 2)
               .arg(percentile(writeMs, 0.99), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral(
        "bench_pbplan: 500-item plan read (check+fromXml+validate): %1 ms (p50), %2 ms (p99)")
               .arg(percentile(readMs, 0.5), 0, 'f', 2)
               .arg(percentile(readMs, 0.99), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral(
        "bench_pbplan: 500-item plan write+read round trip: %1 ms (p50), %2 ms (p99)")
               .arg(percentile(totalMs, 0.5), 0, 'f', 2)
               .arg(percentile(totalMs, 0.99), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("bench_pbplan: 500-item plan file size: %1 bytes (%2 KiB)")
               .arg(fileSize)
               .arg(static_cast<double>(fileSize) / 1024.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
