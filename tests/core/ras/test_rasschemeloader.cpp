// RasSchemeLoader: the shipped examples load, and every kind of bad scheme is
// refused with a message naming the file and the field to fix.
#include "ras/rasschemeloader.h"
#include "rastestschemes.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using pb::Money;
using pb::RasScheme;
using pb::RasSchemeLoader;
using namespace pb::test;

class TestRasSchemeLoader : public QObject {
    Q_OBJECT
private slots:
    void shippedSchemesLoad_data();
    void shippedSchemesLoad();
    void readsEveryField();
    void refusesABadScheme_data();
    void refusesABadScheme();
    void refusesAFileThatIsNotJson_data();
    void refusesAFileThatIsNotJson();
    void namesAFileThatCannotBeOpened();
    void loadNamesTheFileOnDisk();
};

void TestRasSchemeLoader::shippedSchemesLoad_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("questions");
    const int perPoint = int(RasScheme::MoneyRule::PricePerPoint);
    const int bands = int(RasScheme::MoneyRule::Bands);
    QTest::newRow("points, embedded") << QStringLiteral(":/ras/example-points.json")
                                      << QStringLiteral("example-points") << perPoint << 12;
    QTest::newRow("bands, embedded") << QStringLiteral(":/ras/example-bands.json")
                                     << QStringLiteral("example-bands") << bands << 11;
    QTest::newRow("points, source tree")
        << sourcePath(QStringLiteral("resources/ras/example-points.json"))
        << QStringLiteral("example-points") << perPoint << 12;
    QTest::newRow("bands, source tree")
        << sourcePath(QStringLiteral("resources/ras/example-bands.json"))
        << QStringLiteral("example-bands") << bands << 11;
}

void TestRasSchemeLoader::shippedSchemesLoad()
{
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(int, rule);
    QFETCH(int, questions);
    const auto scheme = RasSchemeLoader::load(path);
    QVERIFY2(scheme.ok(), qPrintable(scheme ? QString() : scheme.error().fullText()));
    QCOMPARE(scheme->id, id);
    QCOMPARE(int(scheme->rule), rule);
    QCOMPARE(scheme->questions.size(), questions);
    // Shipped figures are examples and must say so, wherever they are shown.
    QVERIFY(scheme->example);
    QVERIFY(scheme->name.contains(QLatin1String("Example")));
    QVERIFY(scheme->name.contains(QLatin1String("not any council's real figures")));
    QVERIFY(scheme->source.contains(QLatin1String("not any council's real figures")));
    QVERIFY(scheme->ratesAsOf.isValid());
    QVERIFY(!scheme->terms.questionnaire.isEmpty());
    QVERIFY(!scheme->terms.amount.isEmpty());
    QVERIFY(
        RasSchemeLoader::shippedSchemePaths().contains(QStringLiteral(":/ras/%1.json").arg(id)));
}

void TestRasSchemeLoader::readsEveryField()
{
    const RasScheme s = loadScheme(pointsSchemeJson());
    QCOMPARE(s.id, QStringLiteral("test-points"));
    QCOMPARE(s.council, QStringLiteral("Test council"));
    QCOMPARE(s.ratesAsOf, QDate(2024, 4, 1));
    QCOMPARE(s.terms.amount, QStringLiteral("planning amount"));
    QCOMPARE(s.questions.size(), 3);
    QCOMPARE(s.questions[1].options[2].id, QStringLiteral("lots"));
    QCOMPARE(s.questions[1].options[2].points, 20);
    QCOMPARE(s.pricePerPoint, Money::fromPence(4200));
    QCOMPARE(s.floor, std::optional(Money::fromPounds(1000)));
    QCOMPARE(s.ceiling, std::optional(Money::fromPounds(2000)));
    QCOMPARE(s.adjustments.size(), 2);
    QCOMPARE(s.adjustments[0].percentBasisPoints, std::optional<qint64>(-1000));
    QVERIFY(!s.adjustments[0].amount);
    QCOMPARE(s.adjustments[1].amount, std::optional(Money::fromPounds(500)));
    QCOMPARE(s.adjustments[1].councilTerm, QStringLiteral("carer support allocation"));
    QCOMPARE(s.maxPoints(), 50); // 30 + 20 + 0

    const RasScheme b = loadScheme(bandsSchemeJson());
    QCOMPARE(b.rule, RasScheme::MoneyRule::Bands);
    QCOMPARE(b.bands.size(), 4);
    QCOMPARE(b.bands[1].name, QStringLiteral("Band B"));
    QCOMPARE(b.bands[1].toPoints, std::optional<qint64>(19));
    QVERIFY(!b.bands[3].toPoints);
    QVERIFY(!b.floor);
}

void TestRasSchemeLoader::refusesABadScheme_data()
{
    QTest::addColumn<bool>("banded");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // a part of the message naming the field

    const QJsonValue remove(QJsonValue::Undefined);
    const auto text = [](const char* s) { return QJsonValue(QString::fromUtf8(s)); };

    // Missing and mistyped fields.
    QTest::newRow("missing options") << false << QStringLiteral("questions[1].options") << remove
                                     << QStringLiteral("\"questions[1].options\" is missing");
    QTest::newRow("missing id") << false << QStringLiteral("id") << remove
                                << QStringLiteral("\"id\" is missing");
    QTest::newRow("missing terms")
        << false << QStringLiteral("terms") << remove << QStringLiteral("\"terms\" is missing");
    QTest::newRow("missing amount term") << false << QStringLiteral("terms.amount") << remove
                                         << QStringLiteral("\"terms.amount\" is missing");
    QTest::newRow("missing points")
        << false << QStringLiteral("questions[0].options[2].points") << remove
        << QStringLiteral("\"questions[0].options[2].points\" is missing");
    QTest::newRow("price in pounds and pence")
        << false << QStringLiteral("money.pricePerPointPence") << QJsonValue(42.5)
        << QStringLiteral("\"money.pricePerPointPence\" must be a whole number of pence");
    QTest::newRow("price as text")
        << false << QStringLiteral("money.pricePerPointPence") << text("4200")
        << QStringLiteral("\"money.pricePerPointPence\" must be a whole number of pence");
    QTest::newRow("price of nothing")
        << false << QStringLiteral("money.pricePerPointPence") << QJsonValue(0)
        << QStringLiteral("\"money.pricePerPointPence\" must be more than £0");
    QTest::newRow("points as fraction")
        << false << QStringLiteral("questions[0].options[1].points") << QJsonValue(2.5)
        << QStringLiteral("\"questions[0].options[1].points\" must be a whole number of points");
    QTest::newRow("name is a number") << false << QStringLiteral("name") << QJsonValue(5)
                                      << QStringLiteral("\"name\" must be text");
    QTest::newRow("name is blank")
        << false << QStringLiteral("name") << text("   ") << QStringLiteral("\"name\" is empty");
    QTest::newRow("questions is not a list")
        << false << QStringLiteral("questions") << QJsonValue(QJsonObject())
        << QStringLiteral("\"questions\" must be a list");
    QTest::newRow("question is not a group")
        << false << QStringLiteral("questions[2]") << text("q3")
        << QStringLiteral("\"questions[2]\" must be a group of fields");
    QTest::newRow("money is a list") << false << QStringLiteral("money") << QJsonValue(QJsonArray())
                                     << QStringLiteral("\"money\" must be a group of fields");
    QTest::newRow("example is text") << false << QStringLiteral("example") << text("yes")
                                     << QStringLiteral("\"example\" must be true or false");
    QTest::newRow("date not ISO") << false << QStringLiteral("ratesAsOf") << text("01/04/2024")
                                  << QStringLiteral("\"ratesAsOf\" must be a date");
    QTest::newRow("id with spaces")
        << false << QStringLiteral("questions[0].id") << text("Personal care")
        << QStringLiteral("\"questions[0].id\" must be a short name");
    QTest::newRow("unknown life area")
        << false << QStringLiteral("questions[0].lifeArea") << text("hobbies")
        << QStringLiteral("\"questions[0].lifeArea\" is \"hobbies\"");

    // Fields the program does not know.
    QTest::newRow("misspelt ceiling")
        << false << QStringLiteral("money.celingPence") << QJsonValue(300000)
        << QStringLiteral("\"money.celingPence\" is not a field the program knows");
    QTest::newRow("unknown top-level field")
        << false << QStringLiteral("colour") << text("blue")
        << QStringLiteral("\"colour\" is not a field the program knows");
    QTest::newRow("unknown option field")
        << false << QStringLiteral("questions[0].options[0].score") << QJsonValue(1)
        << QStringLiteral("\"questions[0].options[0].score\" is not a field");
    QTest::newRow("bands with a price")
        << false << QStringLiteral("money.bands") << QJsonValue(QJsonArray())
        << QStringLiteral("\"money.bands\" is not used with the rule \"price-per-point\"");
    QTest::newRow("unknown rule") << false << QStringLiteral("money.rule") << text("per-point")
                                  << QStringLiteral(
                                         "\"money.rule\" must be \"price-per-point\" or \"bands\"");

    // Not a scheme, or a newer one.
    QTest::newRow("other format") << false << QStringLiteral("format") << text("pbplanner-answers")
                                  << QStringLiteral("not a RAS scheme file");
    QTest::newRow("newer format") << false << QStringLiteral("formatVersion") << QJsonValue(2)
                                  << QStringLiteral("newer version of this program");

    // Rules between fields.
    QTest::newRow("duplicate question id")
        << false << QStringLiteral("questions[1].id") << text("q1")
        << QStringLiteral("\"questions[1].id\" is \"q1\", the same as \"questions[0].id\"");
    QTest::newRow("duplicate option id")
        << false << QStringLiteral("questions[0].options[2].id") << text("none")
        << QStringLiteral("\"questions[0].options[2].id\" is \"none\", the same as "
                          "\"questions[0].options[0].id\"");
    QTest::newRow("question without options")
        << false << QStringLiteral("questions[1].options") << QJsonValue(QJsonArray())
        << QStringLiteral("\"questions[1].options\" is empty");
    QTest::newRow("no questions") << false << QStringLiteral("questions")
                                  << QJsonValue(QJsonArray())
                                  << QStringLiteral("\"questions\" is empty");
    QTest::newRow("negative points")
        << false << QStringLiteral("questions[0].options[1].points") << QJsonValue(-5)
        << QStringLiteral("\"questions[0].options[1].points\" is -5");
    QTest::newRow("floor above ceiling")
        << false << QStringLiteral("money.floorPence") << QJsonValue(300000)
        << QStringLiteral("\"money.floorPence\" (£3,000) is above \"money.ceilingPence\" (£2,000)");
    QTest::newRow("negative floor") << false << QStringLiteral("money.floorPence") << QJsonValue(-1)
                                    << QStringLiteral("\"money.floorPence\" must be between");
    QTest::newRow("adjustment for unknown question")
        << false << QStringLiteral("adjustments[0].question") << text("carers")
        << QStringLiteral(
               "\"adjustments[0].question\" names a question the scheme does not have: \"carers\"");
    QTest::newRow("adjustment for unknown answer")
        << false << QStringLiteral("adjustments[1].options[0]") << text("heaps")
        << QStringLiteral("\"adjustments[1].options[0]\" names an answer the question \"carer\" "
                          "does not have: \"heaps\"");
    QTest::newRow("adjustment with no answers")
        << false << QStringLiteral("adjustments[0].options") << QJsonValue(QJsonArray())
        << QStringLiteral("\"adjustments[0].options\" is empty");
    QTest::newRow("adjustment with both")
        << false << QStringLiteral("adjustments[0].amountPence") << QJsonValue(100)
        << QStringLiteral(
               "\"adjustments[0]\" needs either \"percentBasisPoints\" or \"amountPence\"");
    QTest::newRow("adjustment with neither")
        << false << QStringLiteral("adjustments[1].amountPence") << remove
        << QStringLiteral(
               "\"adjustments[1]\" needs either \"percentBasisPoints\" or \"amountPence\"");
    QTest::newRow("adjustment beyond all")
        << false << QStringLiteral("adjustments[0].percentBasisPoints") << QJsonValue(-10001)
        << QStringLiteral("\"adjustments[0].percentBasisPoints\" is -10001");
    QTest::newRow("duplicate adjustment id")
        << false << QStringLiteral("adjustments[1].id") << text("carer-some")
        << QStringLiteral(
               "\"adjustments[1].id\" is \"carer-some\", the same as \"adjustments[0].id\"");

    // Bands.
    QTest::newRow("gap between bands")
        << true << QStringLiteral("money.bands[2].fromPoints") << QJsonValue(21)
        << QStringLiteral("gap between \"money.bands[1]\" (up to 19 points) and \"money.bands[2]\" "
                          "(from 21 points): a score of 20 points");
    QTest::newRow("overlapping bands")
        << true << QStringLiteral("money.bands[2].fromPoints") << QJsonValue(19)
        << QStringLiteral(
               "\"money.bands[2]\" (from 19 points) overlaps \"money.bands[1]\" (up to 19 points)");
    QTest::newRow("first band above 0")
        << true << QStringLiteral("money.bands[0].fromPoints") << QJsonValue(1)
        << QStringLiteral("\"money.bands[0].fromPoints\" is 1");
    QTest::newRow("open band in the middle")
        << true << QStringLiteral("money.bands[1].toPoints") << remove
        << QStringLiteral("\"money.bands[1].toPoints\" is missing");
    QTest::newRow("band upside down")
        << true << QStringLiteral("money.bands[1].toPoints") << QJsonValue(5)
        << QStringLiteral(
               "\"money.bands[1].toPoints\" (5) is below \"money.bands[1].fromPoints\" (10)");
    QTest::newRow("bands stop short")
        << true << QStringLiteral("money.bands[3].toPoints")
        << QJsonValue(30) // the top score is 31
        << QStringLiteral("raise \"money.bands[3].toPoints\" to at least 31");
    QTest::newRow("band gives less")
        << true << QStringLiteral("money.bands[2].amountPence") << QJsonValue(150000)
        << QStringLiteral(
               "\"money.bands[2].amountPence\" (£1,500) is less than the band before it (£2,000)");
    QTest::newRow("no bands") << true << QStringLiteral("money.bands") << QJsonValue(QJsonArray())
                              << QStringLiteral("\"money.bands\" is empty");
    QTest::newRow("band without amount")
        << true << QStringLiteral("money.bands[1].amountPence") << remove
        << QStringLiteral("\"money.bands[1].amountPence\" is missing");
    QTest::newRow("price with bands")
        << true << QStringLiteral("money.pricePerPointPence") << QJsonValue(4200)
        << QStringLiteral("\"money.pricePerPointPence\" is not used with the rule \"bands\"");
}

void TestRasSchemeLoader::refusesABadScheme()
{
    QFETCH(bool, banded);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject json = banded ? bandsSchemeJson() : pointsSchemeJson();
    setAt(json, path, value);
    const auto scheme =
        pb::RasSchemeLoader::fromJson(toBytes(json), QStringLiteral("council.json"));
    QVERIFY(!scheme.ok());
    const QString message = scheme.error().message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"council.json\"")), qPrintable(message));
}

void TestRasSchemeLoader::refusesAFileThatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("damaged") << QByteArray("{ \"format\": \"pbplanner-ras-scheme\", ")
                             << QStringLiteral("not a JSON file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a JSON file");
    QTest::newRow("text") << QByteArray("Points mean pounds") << QStringLiteral("not a JSON file");
    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << QStringLiteral("one group of fields");
    QTest::newRow("an answers file")
        << QByteArray("{ \"scheme\": \"example-points\", \"answers\": {} }")
        << QStringLiteral("not a RAS scheme file");
}

void TestRasSchemeLoader::refusesAFileThatIsNotJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto scheme = RasSchemeLoader::fromJson(bytes, QStringLiteral("download.json"));
    QVERIFY(!scheme.ok());
    QVERIFY2(scheme.error().message.contains(expected), qPrintable(scheme.error().message));
    QVERIFY(scheme.error().message.contains(QLatin1String("\"download.json\"")));
}

void TestRasSchemeLoader::namesAFileThatCannotBeOpened()
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-scheme.json"));
    const auto scheme = RasSchemeLoader::load(path);
    QVERIFY(!scheme.ok());
    QVERIFY(scheme.error().message.contains(QLatin1String("\"missing-scheme.json\"")));
    QVERIFY(scheme.error().detail.contains(path));
}

void TestRasSchemeLoader::loadNamesTheFileOnDisk()
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my-council.json"));
    QJsonObject json = pointsSchemeJson();
    setAt(json, QStringLiteral("questions[2].options"), QJsonValue(QJsonValue::Undefined));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(toBytes(json));
    file.close();
    const auto scheme = RasSchemeLoader::load(path);
    QVERIFY(!scheme.ok());
    QCOMPARE(scheme.error().message,
        QStringLiteral("The scheme in \"my-council.json\" cannot be used. "
                       "\"questions[2].options\" is missing."));
    QVERIFY(scheme.error().detail.contains(path));
}

QTEST_APPLESS_MAIN(TestRasSchemeLoader)
#include "test_rasschemeloader.moc"
