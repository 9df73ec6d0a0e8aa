// bench_plan_totals: how long the running total and the plan checker take on
// a large plan (500 support items of every kind, 20 outcomes, 40 personal
// assistants), since the window recomputes both after every edit.
#include "checks/planchecker.h"
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace pb;

namespace {

constexpr int kItems = 500;
constexpr int kOutcomes = 20;
constexpr int kAssistants = 40;
constexpr int kRepetitions = 1000;

Plan largePlan()
{
    Plan plan;
    plan.createdOn = QDate(2026, 5, 1);
    plan.budget.start = QDate(2026, 6, 1);
    plan.budget.agreed = Money::fromPounds(900000);
    plan.budget.streams = {{1, FundingSource::CouncilSocialCare, Money::fromPounds(800000), {}},
        {2, FundingSource::NhsPersonalHealthBudget, Money::fromPounds(100000), {}}};
    constexpr std::array<LifeArea, 10> areas {LifeArea::PersonalCare, LifeArea::FoodAndDrink,
        LifeArea::Safety, LifeArea::CleanHome, LifeArea::ThingsIDo, LifeArea::PeopleAndCommunity,
        LifeArea::ControlOverDailyLife, LifeArea::Health, LifeArea::WorkAndLearning,
        LifeArea::CarersOwnLife};
    for (int o = 0; o < kOutcomes; ++o) {
        plan.outcomes.append(
            {100 + o, QStringLiteral("Outcome %1").arg(o), areas.at(o % areas.size()), o < 3, {}});
    }
    constexpr std::array<SupportType, 10> types {SupportType::PersonalAssistant,
        SupportType::AgencyHomeCare, SupportType::ShortBreak, SupportType::DayActivity,
        SupportType::Leisure, SupportType::Equipment, SupportType::Transport,
        SupportType::OneOffPurchase, SupportType::Unpaid, SupportType::Other};
    constexpr std::array<Period, 5> periods {
        Period::Week, Period::FourWeeks, Period::Month, Period::Year, Period::Once};
    constexpr std::array<Route, 4> routes {Route::DirectPayment, Route::CouncilManaged,
        Route::IndividualServiceFund, Route::ThirdParty};
    // No Access to Work: it would make most items findings, and a real plan has a handful.
    constexpr std::array<FundingSource, 2> sources {
        FundingSource::CouncilSocialCare, FundingSource::NhsPersonalHealthBudget};
    for (int i = 0; i < kItems; ++i) {
        SupportItem item;
        item.key = 1000 + i;
        item.type = types.at(i % types.size());
        item.what = QStringLiteral("Support %1").arg(i);
        item.route = routes.at(i % routes.size());
        item.paidFrom = sources.at(i % sources.size());
        item.unitPrice = Money::fromPence(1271 + (i % 7) * 50);
        item.quantityHundredths = 100 + (i % 12) * 50;
        item.frequency = item.isPersonalAssistant() ? Period::Week : periods.at(i % periods.size());
        if (item.isPersonalAssistant()) {
            item.provider = QStringLiteral("Assistant %1").arg((i / types.size()) % kAssistants);
        }
        for (int k = 0; k <= i % 3; ++k) {
            item.outcomeKeys.append(100 + (i + k * 7) % kOutcomes);
        }
        plan.items.append(item);
    }
    plan.deployment.isfProvider = QStringLiteral("Acme Support");
    plan.emergency.whatToDo = QStringLiteral("Call the agency");
    return plan;
}

template <typename Work> QList<qint64> time(Work work)
{
    QList<qint64> nanoseconds;
    nanoseconds.reserve(kRepetitions);
    QElapsedTimer timer;
    for (int r = 0; r < kRepetitions; ++r) {
        timer.start();
        work();
        nanoseconds.append(timer.nsecsElapsed());
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds;
}

void report(const char* what, const QList<qint64>& sorted)
{
    const auto at = [&sorted](int percent) {
        const qsizetype index =
            std::min<qsizetype>(sorted.size() - 1, sorted.size() * percent / 100);
        return static_cast<double>(sorted.at(index)) / 1e6;
    };
    std::printf("bench_plan_totals: %d-item plan %s: %.3f ms (p50), %.3f ms (p99)\n", kItems, what,
        at(50), at(99));
}

} // namespace

int main()
{
    const auto rates = RateTableLoader::builtInFor(QDate(2026, 6, 1));
    if (!rates.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(rates.error().fullText()));
        return 1;
    }
    const Plan plan = largePlan();
    const PlanChecker checker(rates.value());
    int findings = 0;

    report("totals", time([&] {
        findings += PlanTotals::calculate(plan, rates.value()).assistantsEmployed() > 0;
    }));
    const PlanTotals totals = PlanTotals::calculate(plan, rates.value());
    report("checks (totals given)",
        time([&] { findings += static_cast<int>(checker.check(plan, totals).size()); }));
    report(
        "totals+checks", time([&] { findings += static_cast<int>(checker.check(plan).size()); }));
    // Printed so the work can't be optimised away, and as a sanity check.
    std::printf(
        "bench_plan_totals: %d assistants, planned %lld pence a year, %lld findings per check\n",
        totals.assistantsEmployed(), static_cast<long long>(totals.plannedYearly().pence()),
        static_cast<long long>(checker.check(plan).size()));
    return findings < 0 ? 1 : 0;
}
