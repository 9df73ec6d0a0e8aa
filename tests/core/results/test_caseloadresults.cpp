#include "model/modellabels.h"
#include "results/caseloadresults.h"
#include "results/reviewdue.h"
#include "resultsfixture.h"
#include "storage/caseloadentry.h"

#include <QtTest>

using namespace pb;

Q_DECLARE_METATYPE(pb::ResultsFilter)
Q_DECLARE_METATYPE(pb::RatingCounts)

namespace {

ResultsFilter filter(ResultsFilter::Count count = ResultsFilter::Count::LatestReviewPerPerson)
{
    ResultsFilter f;
    f.count = count;
    return f;
}

RatingCounts counts(int better, int same, int worse, int notYet)
{
    return RatingCounts {better, same, worse, notYet};
}

// "things-i-do 3/0/0/1": life area key, then better/same/worse/not yet.
QStringList areas(const CaseloadResults& results)
{
    QStringList out;
    for (const auto& a : results.byLifeArea()) {
        out.append(QStringLiteral("%1 %2/%3/%4/%5")
                       .arg(enumKey(a.area))
                       .arg(a.counts.better)
                       .arg(a.counts.same)
                       .arg(a.counts.worse)
                       .arg(a.counts.notYet));
    }
    return out;
}

// "Bob Boyd: Stay safe at home (Fell twice)"
QStringList worse(const CaseloadResults& results)
{
    QStringList out;
    for (const auto& w : results.worse()) {
        out.append(QStringLiteral("%1: %2 (%3)").arg(w.name, w.outcome, w.comment));
    }
    return out;
}

// "transport w2 n0 f0 o1": working, not working, future, outcomes.
QStringList themes(const CaseloadResults& results)
{
    QStringList out;
    for (const auto& t : results.themes()) {
        out.append(QStringLiteral("%1 w%2 n%3 f%4 o%5")
                       .arg(t.theme)
                       .arg(t.working)
                       .arg(t.notWorking)
                       .arg(t.importantForFuture)
                       .arg(t.outcomes));
    }
    return out;
}

} // namespace

class TestCaseloadResults : public QObject {
    Q_OBJECT
private slots:
    void countsFollowTheFilter_data();
    void countsFollowTheFilter();
    void nothingReviewedCountsNothing();
    void percentRoundsHalvesUp_data();
    void percentRoundsHalvesUp();
    void reviewIsDueFromItsDay_data();
    void reviewIsDueFromItsDay();
};

void TestCaseloadResults::countsFollowTheFilter_data()
{
    QTest::addColumn<ResultsFilter>("filter");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("reviews");
    QTest::addColumn<RatingCounts>("total");
    QTest::addColumn<QStringList>("byArea");
    QTest::addColumn<QStringList>("worse");
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QList<int>>("happiness"); // not said, 1 … 5
    QTest::addColumn<int>("unplaced");

    // Each person's latest review: Ann's of 2027 (things I do better, food
    // better, people same), Bob's (safety worse, things I do not yet), Cy's
    // (health same, things I do better, outcome 9 unplaced), Dee's undated
    // one (things I do better). Better 2+1+1 = 4, same 1+1 = 2, worse 1,
    // not yet 1. Things I do: Ann, Cy, Dee better = 3, Bob not yet = 1.
    // Themes of those reviews: Ann "transport", "Good PA" (working); Bob
    // "Staff keep changing" (not working), "Falls" (outcome 1, rated):
    // one each, so in alphabetical order.
    QTest::newRow("everyone, latest review each")
        << filter() << 4 << 4 << counts(4, 2, 1, 1)
        << QStringList {QStringLiteral("food-and-drink 1/0/0/0"), QStringLiteral("safety 0/0/1/0"),
               QStringLiteral("things-i-do 3/0/0/1"),
               QStringLiteral("people-and-community 0/1/0/0"), QStringLiteral("health 0/1/0/0")}
        << QStringList {QStringLiteral("Bob Boyd: Stay safe at home (Fell twice)")}
        << QStringList {QStringLiteral("Falls w0 n0 f0 o1"), QStringLiteral("Good PA w1 n0 f0 o0"),
               QStringLiteral("Staff keep changing w0 n1 f0 o0"),
               QStringLiteral("transport w1 n0 f0 o0")}
        << QList<int> {1, 0, 1, 1, 0, 1} << 1;

    // Every review adds Ann's of 2026: things I do better, food same, people
    // worse. Better 4+1 = 5, same 2+1 = 3, worse 1+1 = 2, not yet 1.
    // Themes: "Transport" (working, 2026) and "transport" (working, 2027,
    // and outcome 3 in 2026) are one theme: working 2, outcomes 1, spelt
    // "transport" (used twice against once). "staff keep changing" (Ann)
    // and "Staff keep changing" (Bob) once each: the first alphabetically,
    // capital S, is shown.
    QTest::newRow("everyone, every review")
        << filter(ResultsFilter::Count::EveryReview) << 4 << 5 << counts(5, 3, 2, 1)
        << QStringList {QStringLiteral("food-and-drink 1/1/0/0"), QStringLiteral("safety 0/0/1/0"),
               QStringLiteral("things-i-do 4/0/0/1"),
               QStringLiteral("people-and-community 0/1/1/0"), QStringLiteral("health 0/1/0/0")}
        << QStringList {QStringLiteral("Ann Ames: See my friends (Lost my lift)"),
               QStringLiteral("Bob Boyd: Stay safe at home (Fell twice)")}
        << QStringList {QStringLiteral("transport w2 n0 f0 o1"),
               QStringLiteral("Staff keep changing w0 n2 f0 o0"),
               QStringLiteral("Falls w0 n0 f0 o1"), QStringLiteral("Good PA w1 n0 f0 o0")}
        << QList<int> {1, 0, 1, 1, 1, 1} << 1;

    // 2026 only: Ann's first review and Bob's; Cy's is in 2027 and Dee's
    // has no date. Better 1, same 1, worse 1+1 = 2, not yet 1.
    ResultsFilter year2026 = filter();
    year2026.from = QDate(2026, 1, 1);
    year2026.to = QDate(2026, 12, 31);
    QTest::newRow("reviews in 2026")
        << year2026 << 2 << 2 << counts(1, 1, 2, 1)
        << QStringList {QStringLiteral("food-and-drink 0/1/0/0"), QStringLiteral("safety 0/0/1/0"),
               QStringLiteral("things-i-do 1/0/0/1"),
               QStringLiteral("people-and-community 0/0/1/0")}
        << QStringList {QStringLiteral("Ann Ames: See my friends (Lost my lift)"),
               QStringLiteral("Bob Boyd: Stay safe at home (Fell twice)")}
        << QStringList {QStringLiteral("Staff keep changing w0 n2 f0 o0"),
               QStringLiteral("Transport w1 n0 f0 o1"), QStringLiteral("Falls w0 n0 f0 o1")}
        << QList<int> {0, 0, 1, 0, 1, 0} << 0;

    // The period's last day is included: Bob's review on 15 September 2026.
    ResultsFilter toBobsDay = filter();
    toBobsDay.from = QDate(2026, 9, 15);
    toBobsDay.to = QDate(2026, 9, 15);
    QTest::newRow("a period of one day")
        << toBobsDay << 1 << 1 << counts(0, 0, 1, 1)
        << QStringList {QStringLiteral("safety 0/0/1/0"), QStringLiteral("things-i-do 0/0/0/1")}
        << QStringList {QStringLiteral("Bob Boyd: Stay safe at home (Fell twice)")}
        << QStringList {QStringLiteral("Falls w0 n0 f0 o1"),
               QStringLiteral("Staff keep changing w0 n1 f0 o0")}
        << QList<int> {0, 0, 1, 0, 0, 0} << 0;

    // Direct payments: Ann (latest: better 2, same 1) and Dee (better 1).
    ResultsFilter direct = filter();
    direct.route = DeploymentChoice::DirectPayment;
    QTest::newRow("money paid to the person")
        << direct << 2 << 2 << counts(3, 1, 0, 0)
        << QStringList {QStringLiteral("food-and-drink 1/0/0/0"),
               QStringLiteral("things-i-do 2/0/0/0"),
               QStringLiteral("people-and-community 0/1/0/0")}
        << QStringList {}
        << QStringList {QStringLiteral("Good PA w1 n0 f0 o0"),
               QStringLiteral("transport w1 n0 f0 o0")}
        << QList<int> {0, 0, 0, 1, 0, 1} << 0;

    // Things I do, latest review each: Ann better, Bob not yet, Cy better,
    // Dee better. Bob's review counts (and its not-working theme), but his
    // "Falls" tags a safety outcome, so it is left out.
    ResultsFilter thingsIDo = filter();
    thingsIDo.lifeArea = LifeArea::ThingsIDo;
    QTest::newRow("things I do") << thingsIDo << 4 << 4 << counts(3, 0, 0, 1)
                                 << QStringList {QStringLiteral("things-i-do 3/0/0/1")}
                                 << QStringList {}
                                 << QStringList {QStringLiteral("Good PA w1 n0 f0 o0"),
                                        QStringLiteral("Staff keep changing w0 n1 f0 o0"),
                                        QStringLiteral("transport w1 n0 f0 o0")}
                                 << QList<int> {1, 0, 1, 1, 0, 1} << 0;

    // Safety: only Bob's review rates a safety outcome.
    ResultsFilter safety = filter(ResultsFilter::Count::EveryReview);
    safety.lifeArea = LifeArea::Safety;
    QTest::newRow("safety, every review")
        << safety << 1 << 1 << counts(0, 0, 1, 0) << QStringList {QStringLiteral("safety 0/0/1/0")}
        << QStringList {QStringLiteral("Bob Boyd: Stay safe at home (Fell twice)")}
        << QStringList {QStringLiteral("Falls w0 n0 f0 o1"),
               QStringLiteral("Staff keep changing w0 n1 f0 o0")}
        << QList<int> {0, 0, 1, 0, 0, 0} << 0;

    // Latest per person within the period: Ann's 2027 review is outside it,
    // so her 2026 one counts (people worse).
    ResultsFilter upTo2026 = filter();
    upTo2026.to = QDate(2026, 12, 31);
    upTo2026.lifeArea = LifeArea::PeopleAndCommunity;
    QTest::newRow("latest review within the period")
        << upTo2026 << 1 << 1 << counts(0, 0, 1, 0)
        << QStringList {QStringLiteral("people-and-community 0/0/1/0")}
        << QStringList {QStringLiteral("Ann Ames: See my friends (Lost my lift)")}
        << QStringList {QStringLiteral("Transport w1 n0 f0 o1"),
               QStringLiteral("staff keep changing w0 n1 f0 o0")}
        << QList<int> {0, 0, 0, 0, 1, 0} << 0;
}

void TestCaseloadResults::countsFollowTheFilter()
{
    QFETCH(ResultsFilter, filter);
    QFETCH(int, people);
    QFETCH(int, reviews);
    QFETCH(RatingCounts, total);
    QFETCH(QStringList, byArea);
    QFETCH(QStringList, worse);
    QFETCH(QStringList, themes);
    QFETCH(QList<int>, happiness);
    QFETCH(int, unplaced);

    const CaseloadResults results = CaseloadResults::calculate(test::fourPeoplesReviews(), filter);
    QCOMPARE(results.peopleCounted(), people);
    QCOMPARE(results.reviewsCounted(), reviews);
    QCOMPARE(results.counted().size(), reviews);
    QCOMPARE(results.total(), total);
    QCOMPARE(areas(results), byArea);
    QCOMPARE(::worse(results), worse);
    QCOMPARE(::themes(results), themes);
    QCOMPARE(QList<int>(results.happiness().cbegin(), results.happiness().cend()), happiness);
    QCOMPARE(results.unplacedRatings(), unplaced);
    QCOMPARE(results.filter(), filter);

    // The areas add up to the total (less what couldn't be placed).
    RatingCounts sum;
    for (const auto& a : results.byLifeArea()) {
        sum += a.counts;
    }
    QCOMPARE(sum, total);
}

void TestCaseloadResults::nothingReviewedCountsNothing()
{
    const CaseloadResults results = CaseloadResults::calculate({}, ResultsFilter {});
    QCOMPARE(results.reviewsCounted(), 0);
    QCOMPARE(results.peopleCounted(), 0);
    QCOMPARE(results.total().total(), 0);
    QVERIFY(results.byLifeArea().isEmpty());
    QVERIFY(results.worse().isEmpty());
    QVERIFY(results.themes().isEmpty());
    QCOMPARE(results.total().percent(OutcomeRating::Better), 0);
}

void TestCaseloadResults::percentRoundsHalvesUp_data()
{
    QTest::addColumn<RatingCounts>("counts");
    QTest::addColumn<int>("better");
    QTest::addColumn<int>("worse");
    // 3 of 8 = 37.5% -> 38; 1 of 8 = 12.5% -> 13.
    QTest::newRow("halves up") << counts(3, 4, 1, 0) << 38 << 13;
    // 1 of 3 = 33.3% -> 33; 2 of 3 = 66.7% -> 67.
    QTest::newRow("thirds") << counts(1, 0, 2, 0) << 33 << 67;
    // 1 of 2 = 50% exactly.
    QTest::newRow("exact") << counts(1, 0, 1, 0) << 50 << 50;
    // 22 of 40 = 55%; 5 of 40 = 12.5% -> 13.
    QTest::newRow("forty") << counts(22, 10, 5, 3) << 55 << 13;
    QTest::newRow("none") << counts(0, 0, 0, 0) << 0 << 0;
}

void TestCaseloadResults::percentRoundsHalvesUp()
{
    QFETCH(RatingCounts, counts);
    QFETCH(int, better);
    QFETCH(int, worse);
    QCOMPARE(counts.percent(OutcomeRating::Better), better);
    QCOMPARE(counts.percent(OutcomeRating::Worse), worse);
}

void TestCaseloadResults::reviewIsDueFromItsDay_data()
{
    QTest::addColumn<PlanStatus>("status");
    QTest::addColumn<QDate>("reviewDate");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("daysLate"); // -1: not due

    const QDate june1(2026, 6, 1);
    QTest::newRow("on the day") << PlanStatus::Agreed << june1 << june1 << 0;
    // 1 June to 22 June is 21 days.
    QTest::newRow("three weeks late") << PlanStatus::Agreed << june1 << QDate(2026, 6, 22) << 21;
    // 1 June 2026 to 1 June 2027: 365 days (no 29 February between).
    QTest::newRow("a year late") << PlanStatus::Agreed << june1 << QDate(2027, 6, 1) << 365;
    QTest::newRow("the day before") << PlanStatus::Agreed << june1 << QDate(2026, 5, 31) << -1;
    QTest::newRow("a draft") << PlanStatus::Draft << june1 << QDate(2026, 7, 1) << -1;
    QTest::newRow("replaced") << PlanStatus::Superseded << june1 << QDate(2026, 7, 1) << -1;
    QTest::newRow("no date") << PlanStatus::Agreed << QDate() << QDate(2026, 7, 1) << -1;
}

void TestCaseloadResults::reviewIsDueFromItsDay()
{
    QFETCH(PlanStatus, status);
    QFETCH(QDate, reviewDate);
    QFETCH(QDate, today);
    QFETCH(int, daysLate);
    const auto late = ReviewDue::daysOverdue(status, reviewDate, today);
    QCOMPARE(late.value_or(-1), daysLate);

    CaseloadEntry entry;
    entry.personId = 1;
    entry.planId = 2;
    entry.status = status;
    entry.reviewDate = reviewDate;
    QCOMPARE(ReviewDue::isDue(entry, today), daysLate >= 0);
    entry.planId = 0; // no plan: nothing to review
    QVERIFY(!ReviewDue::isDue(entry, today));
}

QTEST_GUILESS_MAIN(TestCaseloadResults)
#include "test_caseloadresults.moc"
