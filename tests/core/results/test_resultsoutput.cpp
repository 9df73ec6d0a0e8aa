#include "results/caseloadresults.h"
#include "results/resultscsv.h"
#include "results/resultsdocumentbuilder.h"
#include "results/resultslabels.h"
#include "results/themelist.h"
#include "resultsfixture.h"

#include <QtTest>

using namespace pb;

namespace {

CaseloadResults everyReview()
{
    ResultsFilter filter;
    filter.count = ResultsFilter::Count::EveryReview;
    return CaseloadResults::calculate(test::fourPeoplesReviews(), filter);
}

QStringList csvLines(const QByteArray& csv)
{
    QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class TestResultsOutput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void csvByLifeAreaHasHeaderRowsAndTotal();
    void csvOfWorseOutcomesGuardsWhatPeopleTyped();
    void csvOfThemes();
    void summarySaysCountsAndPercentages_data();
    void summarySaysCountsAndPercentages();
    void reviewLineSumsUpOneReview();
    void coverageSaysWhatIsCounted();
    void themesAreParsedFromOneField_data();
    void themesAreParsedFromOneField();
    void documentHasEverySectionWithTheFigures();
};

void TestResultsOutput::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestResultsOutput::csvByLifeAreaHasHeaderRowsAndTotal()
{
    const QByteArray csv = ResultsCsv::byLifeArea(everyReview());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // so spreadsheets read UTF-8
    QVERIFY(csv.endsWith("\r\n"));
    // Every review: see test_caseloadresults ("everyone, every review").
    QCOMPARE(csvLines(csv),
        QStringList({QStringLiteral("Life area,Better,The same,Worse,Not yet,Outcomes rated"),
            QStringLiteral("Food and drink,1,1,0,0,2"), QStringLiteral("Feeling safe,0,0,1,0,1"),
            QStringLiteral("Things I do,4,0,0,1,5"),
            QStringLiteral("People and community,0,1,1,0,2"), QStringLiteral("Health,0,1,0,0,1"),
            QStringLiteral("All life areas,5,3,2,1,11")}));
}

void TestResultsOutput::csvOfWorseOutcomesGuardsWhatPeopleTyped()
{
    QList<CaseloadReview> reviews = test::fourPeoplesReviews();
    // Bob's comment starts like a formula and has a comma and quotes in it.
    reviews[2].review.outcomes[0].comment = QStringLiteral("=1+1, \"twice\"");
    const QByteArray csv = ResultsCsv::worse(CaseloadResults::calculate(
        reviews, ResultsFilter {{}, {}, {}, {}, ResultsFilter::Count::EveryReview}));
    QCOMPARE(csvLines(csv),
        QStringList(
            {QStringLiteral("Name,Plan version,Review date,Life area,Outcome,What was said"),
                QStringLiteral(
                    "Ann Ames,1,2026-05-01,People and community,See my friends,Lost my lift"),
                QStringLiteral("Bob Boyd,1,2026-09-15,Feeling safe,Stay safe at home,\"'=1+1, "
                               "\"\"twice\"\"\"")}));
}

void TestResultsOutput::csvOfThemes()
{
    QCOMPARE(csvLines(ResultsCsv::themes(everyReview())),
        QStringList({QStringLiteral("Theme,What is working,What is not working,What is important "
                                    "for the future,About an outcome,All comments"),
            QStringLiteral("transport,2,0,0,1,3"), QStringLiteral("Staff keep changing,0,2,0,0,2"),
            QStringLiteral("Falls,0,0,0,1,1"), QStringLiteral("Good PA,1,0,0,0,1")}));
}

void TestResultsOutput::summarySaysCountsAndPercentages_data()
{
    QTest::addColumn<int>("better");
    QTest::addColumn<int>("same");
    QTest::addColumn<int>("worse");
    QTest::addColumn<int>("notYet");
    QTest::addColumn<QString>("sentence");
    // 22/40 = 55%, 10/40 = 25%, 5/40 = 12.5% -> 13%, 3/40 = 7.5% -> 8%.
    QTest::newRow("forty") << 22 << 10 << 5 << 3
                           << QStringLiteral("Of 40 outcomes rated: 22 got better (55%), 10 stayed "
                                             "the same (25%), 5 got worse (13%), 3 not yet (8%).");
    QTest::newRow("one") << 0 << 0 << 1 << 0
                         << QStringLiteral("Of 1 outcome rated: 0 got better (0%), 0 stayed the "
                                           "same (0%), 1 got worse (100%), 0 not yet (0%).");
    QTest::newRow("none") << 0 << 0 << 0 << 0
                          << QStringLiteral("No outcomes have been rated in these reviews yet.");
}

void TestResultsOutput::summarySaysCountsAndPercentages()
{
    QFETCH(int, better);
    QFETCH(int, same);
    QFETCH(int, worse);
    QFETCH(int, notYet);
    QFETCH(QString, sentence);
    QCOMPARE(ResultsLabels::summary(RatingCounts {better, same, worse, notYet}), sentence);
}

void TestResultsOutput::reviewLineSumsUpOneReview()
{
    Review review;
    review.date = QDate(2027, 5, 1);
    review.outcomes = {{1, OutcomeRating::Better, {}}, {2, OutcomeRating::Better, {}},
        {3, OutcomeRating::Worse, {}}};
    review.decision = ReviewDecision::KeepPlan;
    QCOMPARE(ResultsLabels::reviewLine(review),
        QStringLiteral("Reviewed on 1 May 2027: 2 better, 1 worse. Kept the plan."));
    review.outcomes.clear();
    review.decision = ReviewDecision::Undecided;
    QCOMPARE(ResultsLabels::reviewLine(review),
        QStringLiteral("Reviewed on 1 May 2027: no outcomes rated yet. Not finished."));
}

void TestResultsOutput::coverageSaysWhatIsCounted()
{
    ResultsFilter filter;
    QCOMPARE(ResultsLabels::coverage(filter),
        QStringLiteral("All reviews. Each person's most recent review counts."));
    filter.from = QDate(2026, 4, 1);
    filter.to = QDate(2027, 3, 31);
    filter.lifeArea = LifeArea::Health;
    filter.count = ResultsFilter::Count::EveryReview;
    QCOMPARE(ResultsLabels::coverage(filter),
        QStringLiteral("Reviews from 1 April 2026 to 31 March 2027, outcomes about: Health. "
                       "Every review counts."));
}

void TestResultsOutput::themesAreParsedFromOneField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("themes");
    QTest::newRow("commas") << QStringLiteral("transport, staff keep changing")
                            << QStringList {QStringLiteral("transport"),
                                   QStringLiteral("staff keep changing")};
    QTest::newRow("mixed separators, spaces, repeats")
        << QStringLiteral(" Transport ;transport\n  Good   PA ,,")
        << QStringList {QStringLiteral("Transport"), QStringLiteral("Good PA")};
    QTest::newRow("nothing") << QStringLiteral(" , ") << QStringList {};
}

void TestResultsOutput::themesAreParsedFromOneField()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, themes);
    QCOMPARE(ThemeList::parse(typed), themes);
    QCOMPARE(ThemeList::parse(ThemeList::format(themes)), themes); // shown and read back alike
}

void TestResultsOutput::documentHasEverySectionWithTheFigures()
{
    const PlanDocument doc = ResultsDocumentBuilder::build(everyReview(), QDate(2027, 6, 1));
    QCOMPARE(doc.title, QStringLiteral("Checking the results"));
    QVERIFY(doc.footer.contains(QStringLiteral("1 June 2027")));
    for (const char* id : {"about", "summary", "areas", "happiness", "worse", "themes"}) {
        QVERIFY2(doc.section(QLatin1String(id)), id);
    }
    const DocumentTable& areas = doc.section(QStringLiteral("areas"))->blocks.constFirst().table;
    QCOMPARE(areas.rows.size(), 5); // five life areas were rated
    QCOMPARE(areas.rows.at(2),
        QStringList({QStringLiteral("Things I do"), QStringLiteral("4"), QStringLiteral("0"),
            QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("5")}));
    QCOMPARE(areas.totals.constLast(), QStringLiteral("11"));
    QCOMPARE(areas.alignment.constLast(), DocumentTable::Align::Right);

    const DocumentSection* worse = doc.section(QStringLiteral("worse"));
    const DocumentTable& worseTable = worse->blocks.constLast().table;
    QCOMPARE(worseTable.rows.size(), 2);
    QCOMPARE(worseTable.rows.at(1).at(0), QStringLiteral("Bob Boyd"));
    QCOMPARE(worseTable.rows.at(1).at(3), QStringLiteral("Fell twice"));

    // Five reviews: very happy 1, happy 1, neither 1, unhappy 1, very
    // unhappy 0, not said 1 (Cy).
    const DocumentTable& happiness =
        doc.section(QStringLiteral("happiness"))->blocks.constFirst().table;
    QStringList counts;
    for (const QStringList& row : happiness.rows) {
        counts.append(row.at(1));
    }
    QCOMPARE(counts,
        QStringList({QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
            QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1")}));
}

QTEST_GUILESS_MAIN(TestResultsOutput)
#include "test_resultsoutput.moc"
