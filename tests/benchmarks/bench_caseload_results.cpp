// bench_caseload_results: "checking the results" at caseload scale. Builds a
// database of 10,000 made-up people (SyntheticCaseload), each with an agreed
// plan of three to five outcomes reviewed twice (a first review three months
// after agreeing, then a year later; every outcome rated, some comments,
// about one review in five with theme tags), then times building the report
// as the results page does: reading every review (CaseloadReviewQuery, two
// queries) and working out the figures (CaseloadResults), p50 and p99 over
// several runs, and the two parts on their own; wall clock and processor
// time (on a busy machine the wall clock also counts waiting for a
// processor).
// Usage: bench_caseload_results [people] [file]  (default 10000 people, in a
// temporary file; a file named is kept, and used as it is if it exists).
#include "demo/syntheticcaseload.h"
#include "results/caseloadresults.h"
#include "storage/caseloadreviewquery.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/reviewthemerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
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

double cpuMs()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

constexpr std::array<OutcomeRating, 4> kRatings {
    OutcomeRating::Better, OutcomeRating::Same, OutcomeRating::Worse, OutcomeRating::NotYet};

// Two reviews of the person's plan, with ratings spread over the four answers.
void addReviews(Plan& plan, int index)
{
    plan.status = PlanStatus::Agreed;
    plan.agreedAt = QDateTime(plan.budget.start, QTime(10, 0));
    plan.agreedBy = QStringLiteral("Panel");
    plan.budget.agreed = plan.budget.indicative;
    for (int r = 0; r < 2; ++r) {
        Review review;
        review.date = plan.budget.start.addMonths(r == 0 ? 3 : 15);
        review.reviewer = QStringLiteral("Support planner");
        for (int o = 0; o < plan.outcomes.size(); ++o) {
            const OutcomeRating rating = kRatings[std::size_t((index + o + r) % 4)];
            review.outcomes.append(OutcomeReview {plan.outcomes.at(o).key, rating,
                rating == OutcomeRating::Worse ? QStringLiteral("It has got harder") : QString()});
        }
        review.working = QStringLiteral("My personal assistant");
        review.notWorking = QStringLiteral("Getting about");
        review.overallHappiness = 1 + (index + r) % 5;
        review.decision = r == 0 ? ReviewDecision::KeepPlan : ReviewDecision::Undecided;
        plan.reviews.append(review);
    }
    plan.reviewDate = plan.reviews.constLast().date.addYears(1);
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
        out << "usage: bench_caseload_results [people]\n";
        return 2;
    }
    const QString path =
        args.size() > 2 ? args.at(2) : scratch.filePath(QStringLiteral("results.pbdb"));
    const bool exists = QFileInfo::exists(path);
    auto opened = exists ? Database::open(path) : Database::create(path);
    if (!opened.ok()) {
        out << opened.error().fullText() << '\n';
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (!exists) {
        QElapsedTimer setup;
        setup.start();
        SyntheticCaseload maker;
        PlanRepository plans(*db);
        QList<qint64> planIds;
        constexpr int kBatch = 500;
        for (int done = 0; done < people;) {
            QList<PlanFileContents> batch;
            const int size = std::min(kBatch, people - done);
            for (int i = 0; i < size; ++i) {
                PlanFileContents contents = maker.make(done + i);
                addReviews(contents.plan, done + i);
                batch.append(contents);
            }
            auto ids = plans.importPlans(batch, PlanRepository::ImportAs::Recorded);
            if (!ids.ok()) {
                out << ids.error().fullText() << '\n';
                return 1;
            }
            planIds += ids.value();
            done += size;
        }
        // Theme tags on one review in five (a broker's afternoon, many times over).
        ReviewThemeRepository themes(*db);
        for (int i = 0; i < planIds.size(); i += 5) {
            const Status tagged =
                themes.setThemes(ReviewComment {planIds.at(i), 1, ReviewQuestion::NotWorking, 0},
                    {QStringLiteral("transport"), QStringLiteral("staff keep changing")});
            if (!tagged.ok()) {
                out << tagged.error().fullText() << '\n';
                return 1;
            }
        }
        out << QStringLiteral("bench_caseload_results: %1 people, %2 reviews made in %3 s\n")
                   .arg(people)
                   .arg(2 * people)
                   .arg(elapsedMs(setup) / 1000.0, 0, 'f', 1);
    }

    constexpr int kRuns = 9;
    std::vector<double> total, load, compute, cpu;
    CaseloadResults results;
    for (int run = 0; run < kRuns; ++run) {
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto reviews = CaseloadReviewQuery(*db).list();
        if (!reviews.ok()) {
            out << reviews.error().fullText() << '\n';
            return 1;
        }
        const double loaded = elapsedMs(timer);
        results = CaseloadResults::calculate(reviews.value(), ResultsFilter {});
        const double all = elapsedMs(timer);
        total.push_back(all);
        load.push_back(loaded);
        compute.push_back(all - loaded);
        cpu.push_back(cpuMs() - cpuStart);
    }
    out << QStringLiteral("bench_caseload_results: %1 reviews, report (load + compute): %2 ms "
                          "(p50), %3 ms (p99); processor time %4 ms (p50)\n")
               .arg(results.reviewsCounted() > 0 ? 2 * results.peopleCounted() : 0)
               .arg(percentile(total, 0.5), 0, 'f', 1)
               .arg(percentile(total, 0.99), 0, 'f', 1)
               .arg(percentile(cpu, 0.5), 0, 'f', 1);
    out << QStringLiteral("bench_caseload_results:   load every review: %1 ms (p50); "
                          "work out the figures: %2 ms (p50)\n")
               .arg(percentile(load, 0.5), 0, 'f', 1)
               .arg(percentile(compute, 0.5), 0, 'f', 2);
    out << QStringLiteral("bench_caseload_results:   counted %1 reviews, %2 outcomes rated, "
                          "%3 got worse, %4 themes\n")
               .arg(results.reviewsCounted())
               .arg(results.total().total())
               .arg(results.worse().size())
               .arg(results.themes().size());
    return 0;
}
