// RasCalculator: the amount for given answers, in the order the rules apply
// (points, money from points, percentages, floor and ceiling, fixed amounts),
// and the explanation a person reads. Every expected amount is worked out by
// hand in the comments beside it.
#include "ras/rasanswersloader.h"
#include "ras/rascalculator.h"
#include "ras/rasschemeloader.h"
#include "rastestschemes.h"

#include <QJsonArray>
#include <QtTest>

using pb::Money;
using pb::RasCalculator;
using pb::RasResult;
using pb::RasScheme;
using namespace pb::test;

namespace {

// "q1=lots,q2=some" -> { q1: lots, q2: some }
QMap<QString, QString> answers(const QString& text)
{
    QMap<QString, QString> map;
    for (const QString& pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto parts = pair.split(QLatin1Char('='));
        map.insert(parts.at(0), parts.value(1));
    }
    return map;
}

RasResult calculate(const RasScheme& scheme, const QString& chosen)
{
    const auto result = RasCalculator(scheme).calculate(answers(chosen));
    if (!result) {
        qFatal("calculation refused: %s", qPrintable(result.error().fullText()));
    }
    return result.value();
}

} // namespace

class TestRasCalculator : public QObject {
    Q_OBJECT
private slots:
    void amountForAnswers_data();
    void amountForAnswers();
    void bandEdges_data();
    void bandEdges();
    void limitsApplyToBands();
    void percentagesRoundToTheNearestPenny_data();
    void percentagesRoundToTheNearestPenny();
    void neverBelowZero_data();
    void neverBelowZero();
    void shippedExamples_data();
    void shippedExamples();
    void unansweredQuestionsCountAsZero();
    void explanationShowsTheSum();
    void explanationOfLimitsAndSeparateAmounts();
    void explanationBeforeAnyAnswer();
    void explanationOfBands_data();
    void explanationOfBands();
    void refusesUnknownIds_data();
    void refusesUnknownIds();
    void refusesAnswersForAnotherScheme();
    void resultAsJson();
};

void TestRasCalculator::amountForAnswers_data()
{
    // The points scheme: £42 a point, floor £1,000, ceiling £2,000;
    // q1 none/some/lots = 0/10/30, q2 = 0/5/20; carer "some" 10% less,
    // carer "lots" £500 added after the limits.
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("fromPointsPence");
    QTest::addColumn<qint64>("amountPence");
    QTest::addColumn<bool>("floorApplied");
    QTest::addColumn<bool>("ceilingApplied");

    // 30 points × £42 = £1,260: between floor and ceiling.
    QTest::newRow("between the limits")
        << QStringLiteral("q1=lots,q2=none,carer=none") << qint64(30) << qint64(126000)
        << qint64(126000) << false << false;
    // 15 × £42 = £630, below the floor of £1,000.
    QTest::newRow("floor lifts a low amount")
        << QStringLiteral("q1=some,q2=some,carer=none") << qint64(15) << qint64(63000)
        << qint64(100000) << true << false;
    // 50 × £42 = £2,100, above the ceiling of £2,000.
    QTest::newRow("ceiling caps a high amount")
        << QStringLiteral("q1=lots,q2=lots,carer=none") << qint64(50) << qint64(210000)
        << qint64(200000) << false << true;
    // 35 × £42 = £1,470; 10% of that is £147; £1,470 - £147 = £1,323.
    QTest::newRow("percentage") << QStringLiteral("q1=lots,q2=some,carer=some") << qint64(35)
                                << qint64(147000) << qint64(132300) << false << false;
    // £2,100 - 10% (£210) = £1,890: the percentage comes before the ceiling,
    // so the ceiling no longer applies.
    QTest::newRow("percentage before the ceiling")
        << QStringLiteral("q1=lots,q2=lots,carer=some") << qint64(50) << qint64(210000)
        << qint64(189000) << false << false;
    // 20 × £42 = £840; less 10% (£84) = £756; then the floor: £1,000.
    QTest::newRow("floor after the percentage")
        << QStringLiteral("q1=none,q2=lots,carer=some") << qint64(20) << qint64(84000)
        << qint64(100000) << true << false;
    // £2,100 capped at £2,000, then the separate £500: £2,500.
    QTest::newRow("separate amount after the ceiling")
        << QStringLiteral("q1=lots,q2=lots,carer=lots") << qint64(50) << qint64(210000)
        << qint64(250000) << false << true;
    // 0 points: £0, lifted to the floor £1,000, then £500 added: £1,500.
    QTest::newRow("separate amount after the floor")
        << QStringLiteral("carer=lots") << qint64(0) << qint64(0) << qint64(150000) << true
        << false;
    // Nothing answered: 0 points, £0, the floor: £1,000.
    QTest::newRow("nothing answered")
        << QString() << qint64(0) << qint64(0) << qint64(100000) << true << false;
    // An empty answer is no answer: 20 × £42 = £840, floor £1,000.
    QTest::newRow("empty answer") << QStringLiteral("q1=,q2=lots") << qint64(20) << qint64(84000)
                                  << qint64(100000) << true << false;
}

void TestRasCalculator::amountForAnswers()
{
    QFETCH(QString, chosen);
    QFETCH(qint64, points);
    QFETCH(qint64, fromPointsPence);
    QFETCH(qint64, amountPence);
    QFETCH(bool, floorApplied);
    QFETCH(bool, ceilingApplied);
    const RasResult r = calculate(loadScheme(pointsSchemeJson()), chosen);
    QCOMPARE(r.totalPoints, points);
    QCOMPARE(r.fromPoints.pence(), fromPointsPence);
    QCOMPARE(r.amount.pence(), amountPence);
    QCOMPARE(r.floorApplied, floorApplied);
    QCOMPARE(r.ceilingApplied, ceilingApplied);
    QVERIFY(!r.band);
}

void TestRasCalculator::bandEdges_data()
{
    // Bands: A 0-9 £1,000, B 10-19 £2,000, C 20-29 £3,500, D 30+ £5,000.
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("band");
    QTest::addColumn<qint64>("amountPence");
    QTest::newRow("lowest of A") << 0 << QStringLiteral("Band A") << qint64(100000);
    QTest::newRow("highest of A") << 9 << QStringLiteral("Band A") << qint64(100000);
    QTest::newRow("lowest of B, one above A") << 10 << QStringLiteral("Band B") << qint64(200000);
    QTest::newRow("middle of B") << 15 << QStringLiteral("Band B") << qint64(200000);
    QTest::newRow("highest of B") << 19 << QStringLiteral("Band B") << qint64(200000);
    QTest::newRow("lowest of C, one above B") << 20 << QStringLiteral("Band C") << qint64(350000);
    QTest::newRow("highest of C") << 29 << QStringLiteral("Band C") << qint64(350000);
    QTest::newRow("lowest of D, one above C") << 30 << QStringLiteral("Band D") << qint64(500000);
}

void TestRasCalculator::bandEdges()
{
    QFETCH(int, points);
    QFETCH(QString, band);
    QFETCH(qint64, amountPence);
    const RasResult r =
        calculate(loadScheme(bandsSchemeJson()), QStringLiteral("score=p%1").arg(points));
    QCOMPARE(r.totalPoints, points);
    QVERIFY(r.band);
    QCOMPARE(r.band->name, band);
    QVERIFY(r.band->contains(points));
    QCOMPARE(r.fromPoints.pence(), amountPence);
    QCOMPARE(r.amount.pence(), amountPence);
}

void TestRasCalculator::limitsApplyToBands()
{
    QJsonObject json = bandsSchemeJson();
    setAt(json, QStringLiteral("money.floorPence"), 150000); // £1,500
    setAt(json, QStringLiteral("money.ceilingPence"), 400000); // £4,000
    const RasScheme scheme = loadScheme(json);
    // 5 points: Band A, £1,000, lifted to £1,500.
    const RasResult low = calculate(scheme, QStringLiteral("score=p5"));
    QCOMPARE(low.amount, Money::fromPounds(1500));
    QVERIFY(low.floorApplied);
    // 25 points: Band C, £3,500, inside the limits.
    const RasResult middle = calculate(scheme, QStringLiteral("score=p25"));
    QCOMPARE(middle.amount, Money::fromPounds(3500));
    QVERIFY(!middle.floorApplied && !middle.ceilingApplied);
    // 30 points: Band D, £5,000, capped at £4,000.
    const RasResult high = calculate(scheme, QStringLiteral("score=p30"));
    QCOMPARE(high.amount, Money::fromPounds(4000));
    QVERIFY(high.ceilingApplied);
}

void TestRasCalculator::percentagesRoundToTheNearestPenny_data()
{
    // Price £42.15 a point, no floor or ceiling; q1=lots, q2=some: 35 points,
    // 35 × 4,215p = 147,525p (£1,475.25).
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("changePence");
    QTest::addColumn<qint64>("amountPence");
    // 10% of 147,525p = 14,752.5p: a half, rounded away from zero to 14,753p.
    QTest::newRow("10% less, half a penny") << -1000 << qint64(-14753) << qint64(147525 - 14753);
    // 3.33% of 147,525p = 4,912.5825p -> 4,913p.
    QTest::newRow("3.33% less") << -333 << qint64(-4913) << qint64(147525 - 4913);
    // 12.5% more: 18,440.625p -> 18,441p.
    QTest::newRow("12.5% more") << 1250 << qint64(18441) << qint64(147525 + 18441);
    // 100% less: all of it.
    QTest::newRow("all of it") << -10000 << qint64(-147525) << qint64(0);
}

void TestRasCalculator::percentagesRoundToTheNearestPenny()
{
    QFETCH(int, basisPoints);
    QFETCH(qint64, changePence);
    QFETCH(qint64, amountPence);
    QJsonObject json = pointsSchemeJson();
    setAt(json, QStringLiteral("money.pricePerPointPence"), 4215);
    setAt(json, QStringLiteral("money.floorPence"), QJsonValue(QJsonValue::Undefined));
    setAt(json, QStringLiteral("money.ceilingPence"), QJsonValue(QJsonValue::Undefined));
    setAt(json, QStringLiteral("adjustments[0].percentBasisPoints"), basisPoints);
    const RasResult r = calculate(loadScheme(json), QStringLiteral("q1=lots,q2=some,carer=some"));
    QCOMPARE(r.fromPoints.pence(), 147525);
    QCOMPARE(r.adjustments.size(), 1);
    QCOMPARE(r.adjustments[0].change.pence(), changePence);
    QCOMPARE(r.amount.pence(), amountPence);
}

void TestRasCalculator::neverBelowZero_data()
{
    QTest::addColumn<bool>("percentage"); // which kind of adjustment goes too far
    QTest::newRow("percentages") << true;
    QTest::newRow("fixed amounts") << false;
}

void TestRasCalculator::neverBelowZero()
{
    QFETCH(bool, percentage);
    QJsonObject json = pointsSchemeJson();
    setAt(json, QStringLiteral("money.floorPence"), QJsonValue(QJsonValue::Undefined));
    if (percentage) {
        // Two cuts on the same answer, 100% and 50%: 150% of the amount.
        setAt(json, QStringLiteral("adjustments[0].percentBasisPoints"), -10000);
        setAt(json, QStringLiteral("adjustments[1].percentBasisPoints"), -5000);
        setAt(
            json, QStringLiteral("adjustments[1].amountPence"), QJsonValue(QJsonValue::Undefined));
        setAt(json, QStringLiteral("adjustments[1].options[0]"), QStringLiteral("some"));
    } else {
        // £3,000 taken off £2,000 (50 × £42 = £2,100, capped at £2,000).
        setAt(json, QStringLiteral("adjustments[1].amountPence"), -300000);
    }
    const QString chosen = percentage ? QStringLiteral("q1=lots,q2=lots,carer=some")
                                      : QStringLiteral("q1=lots,q2=lots,carer=lots");
    const RasResult r = calculate(loadScheme(json), chosen);
    QCOMPARE(r.amount, Money());
    QCOMPARE(r.percentagesStoppedAtZero, percentage);
    QCOMPARE(r.fixedStoppedAtZero, !percentage);
    QVERIFY(r.steps.contains(QStringLiteral("The amount cannot go below £0, so it stops at £0.")));
}

void TestRasCalculator::shippedExamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("amountPence");
    // example-points-answers.json: personal care some 40, eating a little 10,
    // getting about some 30, health a little 10, safety some 40, risk no 0,
    // home some 20, relationships some 25, work/learning/leisure a lot 55,
    // decisions some 25 = 255 points. 255 × £45 = £11,475. Family carer
    // "some": 5% less, £573.75, leaves £10,901.25 (between the floor £2,000
    // and the ceiling £25,000). Carer break "sometimes": £600 added:
    // £11,501.25.
    QTest::newRow("points") << QStringLiteral("example-points") << qint64(255) << qint64(1150125);
    // example-bands-answers.json: personal care some 6, meals some 4, mobility
    // a little 2, health a little 2, staying safe some 6, home some 4,
    // community some 5, relationships a little 2, decisions some 5, night
    // none 0 = 36 points: Band D (35-44), £11,500. Family carer "a lot": 10%
    // less, £1,150: £10,350.
    QTest::newRow("bands") << QStringLiteral("example-bands") << qint64(36) << qint64(1035000);
}

void TestRasCalculator::shippedExamples()
{
    QFETCH(QString, name);
    QFETCH(qint64, points);
    QFETCH(qint64, amountPence);
    const auto scheme = pb::RasSchemeLoader::load(QStringLiteral(":/ras/%1.json").arg(name));
    QVERIFY(scheme.ok());
    const auto chosen =
        pb::RasAnswersLoader::load(QStringLiteral(":/ras/%1-answers.json").arg(name));
    QVERIFY2(chosen.ok(), qPrintable(chosen ? QString() : chosen.error().fullText()));
    const auto r = RasCalculator(scheme.value()).calculate(chosen.value());
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().fullText()));
    QCOMPARE(r->totalPoints, points);
    QCOMPARE(r->amount.pence(), amountPence);
    QVERIFY(r->isComplete());
    QVERIFY(r->steps.last().startsWith(QLatin1String("This scheme is an example")));
}

void TestRasCalculator::unansweredQuestionsCountAsZero()
{
    const RasScheme scheme = loadScheme(pointsSchemeJson());
    // q1 = lots only: 30 points, £1,260; q2 and carer not answered yet.
    const RasResult r = calculate(scheme, QStringLiteral("q1=lots"));
    QCOMPARE(r.totalPoints, 30);
    QCOMPARE(r.amount, Money::fromPounds(1260));
    QCOMPARE(r.unanswered, (QStringList {QStringLiteral("q2"), QStringLiteral("carer")}));
    QVERIFY(!r.isComplete());
    QCOMPARE(r.questionPoints.size(), 3);
    QVERIFY(r.questionPoints[0].answered());
    QCOMPARE(r.pointsFor(QStringLiteral("q1")), 30);
    QVERIFY(!r.questionPoints[1].answered());
    QCOMPARE(r.pointsFor(QStringLiteral("q2")), 0);
    QVERIFY(r.steps.contains(QStringLiteral(
        "You have not answered 2 of the 3 questions yet: they count as 0 points until you do.")));
    QVERIFY(r.steps.contains(QStringLiteral("So far, the amount is £1,260 a year.")));

    // Answering the next question moves the amount: 50 points, £2,100,
    // capped at £2,000.
    const RasResult more = calculate(scheme, QStringLiteral("q1=lots,q2=lots"));
    QCOMPARE(more.amount, Money::fromPounds(2000));
    QCOMPARE(more.unanswered, QStringList {QStringLiteral("carer")});
}

void TestRasCalculator::explanationShowsTheSum()
{
    // 35 × £42 = £1,470; 10% of £1,470 = £147; £1,470 - £147 = £1,323.
    const RasResult r =
        calculate(loadScheme(pointsSchemeJson()), QStringLiteral("q1=lots,q2=some,carer=some"));
    const QStringList expected {
        QStringLiteral("Your answers scored 35 points."),
        QStringLiteral("Each point is worth £42."),
        QStringLiteral("35 × £42 = £1,470 a year."),
        QStringLiteral(
            "Your family carer gives you support, so the amount goes down by 10%: £147 less."),
        QStringLiteral("That makes £1,323 a year."),
        QStringLiteral("So the amount is £1,323 a year."),
        QStringLiteral("The council calls this the “planning amount”."),
    };
    QCOMPARE(r.steps, expected);
}

void TestRasCalculator::explanationOfLimitsAndSeparateAmounts()
{
    // 50 × £42 = £2,100, capped at £2,000, then £500 added: £2,500.
    const RasResult r =
        calculate(loadScheme(pointsSchemeJson()), QStringLiteral("q1=lots,q2=lots,carer=lots"));
    const QStringList expected {
        QStringLiteral("Your answers scored 50 points."),
        QStringLiteral("Each point is worth £42."),
        QStringLiteral("50 × £42 = £2,100 a year."),
        QStringLiteral(
            "The council's highest amount is £2,000 a year, so the amount comes down to that."),
        QStringLiteral("The next amount is separate, so the council's lowest and highest "
                       "amounts do not limit it."),
        QStringLiteral("Your family carer needs a break, so £500 a year is added: the council "
                       "calls this the “carer support allocation”."),
        QStringLiteral("So the amount is £2,500 a year."),
        QStringLiteral("The council calls this the “planning amount”."),
    };
    QCOMPARE(r.steps, expected);
}

void TestRasCalculator::explanationBeforeAnyAnswer()
{
    const RasResult r = calculate(loadScheme(pointsSchemeJson()), QString());
    const QStringList expected {
        QStringLiteral("You have not answered any of the questions yet, so the score is 0 points."),
        QStringLiteral("Each point is worth £42."),
        QStringLiteral("0 × £42 = £0 a year."),
        QStringLiteral(
            "The council's lowest amount is £1,000 a year, so the amount goes up to that."),
        QStringLiteral("So far, the amount is £1,000 a year."),
        QStringLiteral("It may change as you answer the rest of the questions."),
        QStringLiteral("The council calls this the “planning amount”."),
    };
    QCOMPARE(r.steps, expected);
}

void TestRasCalculator::explanationOfBands_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("bandStep");
    QTest::addColumn<QString>("amountStep");
    QTest::newRow("one point") << 1 << QStringLiteral("1 point is in Band A, for 0 to 9 points.")
                               << QStringLiteral("That band gives £1,000 a year.");
    QTest::newRow("closed band") << 15
                                 << QStringLiteral("15 points is in Band B, for 10 to 19 points.")
                                 << QStringLiteral("That band gives £2,000 a year.");
    QTest::newRow("open band") << 30
                               << QStringLiteral("30 points is in Band D, for 30 points or more.")
                               << QStringLiteral("That band gives £5,000 a year.");
}

void TestRasCalculator::explanationOfBands()
{
    QFETCH(int, points);
    QFETCH(QString, bandStep);
    QFETCH(QString, amountStep);
    const RasResult r =
        calculate(loadScheme(bandsSchemeJson()), QStringLiteral("score=p%1").arg(points));
    QCOMPARE(r.steps.size(), 5);
    QCOMPARE(r.steps[0],
        points == 1 ? QStringLiteral("Your answers scored 1 point.")
                    : QStringLiteral("Your answers scored %1 points.").arg(points));
    QCOMPARE(r.steps[1], bandStep);
    QCOMPARE(r.steps[2], amountStep);
    QVERIFY(r.steps[3].startsWith(QLatin1String("So the amount is ")));
}

void TestRasCalculator::refusesUnknownIds_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("unknown question")
        << QStringLiteral("q1=lots,q9=lots")
        << QStringList {QStringLiteral("\"q9\""), QStringLiteral("\"test-points\"")};
    QTest::newRow("unknown answer")
        << QStringLiteral("q1=heaps")
        << QStringList {QStringLiteral("\"q1\""), QStringLiteral("\"heaps\""),
               QStringLiteral("none, some, lots")};
    QTest::newRow("answer from another question")
        << QStringLiteral("score=p3") << QStringList {QStringLiteral("\"score\"")};
}

void TestRasCalculator::refusesUnknownIds()
{
    QFETCH(QString, chosen);
    QFETCH(QStringList, named);
    const auto r = RasCalculator(loadScheme(pointsSchemeJson())).calculate(answers(chosen));
    QVERIFY(!r.ok());
    for (const QString& n : named) {
        QVERIFY2(r.error().message.contains(n), qPrintable(r.error().message));
    }
}

void TestRasCalculator::refusesAnswersForAnotherScheme()
{
    pb::RasAnswers chosen;
    chosen.schemeId = QStringLiteral("example-bands");
    chosen.answers = answers(QStringLiteral("q1=lots"));
    const auto r = RasCalculator(loadScheme(pointsSchemeJson())).calculate(chosen);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("\"example-bands\"")));
    QVERIFY(r.error().message.contains(QLatin1String("\"test-points\"")));
}

void TestRasCalculator::resultAsJson()
{
    // 35 × £42 = £1,470, less 10% (£147): £1,323, 132,300p.
    const RasResult r =
        calculate(loadScheme(pointsSchemeJson()), QStringLiteral("q1=lots,q2=some,carer=some"));
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("scheme")).toString(), QStringLiteral("test-points"));
    QCOMPARE(json.value(QStringLiteral("amountPence")).toInteger(), 132300);
    QCOMPARE(json.value(QStringLiteral("amount")).toString(), QStringLiteral("£1,323 a year"));
    QCOMPARE(json.value(QStringLiteral("points")).toInteger(), 35);
    QCOMPARE(json.value(QStringLiteral("complete")).toBool(), true);
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), r.steps.size());
    QCOMPARE(steps.first().toString(), QStringLiteral("Your answers scored 35 points."));
    const QJsonArray questions = json.value(QStringLiteral("questions")).toArray();
    QCOMPARE(questions.size(), 3);
    QCOMPARE(
        questions[0].toObject().value(QStringLiteral("option")).toString(), QStringLiteral("lots"));
    QCOMPARE(questions[0].toObject().value(QStringLiteral("points")).toInteger(), 30);
    const QJsonArray adjustments = json.value(QStringLiteral("adjustments")).toArray();
    QCOMPARE(adjustments.size(), 1);
    QCOMPARE(adjustments[0].toObject().value(QStringLiteral("changePence")).toInteger(), -14700);

    // Not answered: the option is null, and the question is listed.
    const QJsonObject partial =
        calculate(loadScheme(pointsSchemeJson()), QStringLiteral("q1=lots")).toJson();
    QVERIFY(partial.value(QStringLiteral("questions"))
                .toArray()[1]
                .toObject()
                .value(QStringLiteral("option"))
                .isNull());
    QCOMPARE(partial.value(QStringLiteral("unanswered")).toArray().size(), 2);
    QCOMPARE(partial.value(QStringLiteral("complete")).toBool(), false);
}

QTEST_APPLESS_MAIN(TestRasCalculator)
#include "test_rascalculator.moc"
