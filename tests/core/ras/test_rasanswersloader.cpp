// RasAnswersLoader: answers files for `pbplanner ras` load, and bad ones are
// refused with a message naming the file and the field.
#include "ras/rasanswersloader.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using pb::RasAnswers;
using pb::RasAnswersLoader;

class TestRasAnswersLoader : public QObject {
    Q_OBJECT
private slots:
    void shippedAnswersLoad_data();
    void shippedAnswersLoad();
    void roundTrips();
    void refusesBadAnswers_data();
    void refusesBadAnswers();
    void namesAFileThatCannotBeOpened();
};

void TestRasAnswersLoader::shippedAnswersLoad_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("count");
    QTest::newRow("points") << QStringLiteral(":/ras/example-points-answers.json")
                            << QStringLiteral("example-points") << 12;
    QTest::newRow("bands") << pb::test::sourcePath(
        QStringLiteral("resources/ras/example-bands-answers.json"))
                           << QStringLiteral("example-bands") << 11;
}

void TestRasAnswersLoader::shippedAnswersLoad()
{
    QFETCH(QString, path);
    QFETCH(QString, scheme);
    QFETCH(int, count);
    const auto answers = RasAnswersLoader::load(path);
    QVERIFY2(answers.ok(), qPrintable(answers ? QString() : answers.error().fullText()));
    QCOMPARE(answers->schemeId, scheme);
    QCOMPARE(answers->answers.size(), count);
}

void TestRasAnswersLoader::roundTrips()
{
    RasAnswers a;
    a.schemeId = QStringLiteral("example-points");
    a.answers.insert(QStringLiteral("personal-care"), QStringLiteral("some"));
    a.answers.insert(QStringLiteral("risk"), QStringLiteral("no"));
    const auto back = RasAnswersLoader::fromJson(QJsonDocument(a.toJson()).toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value(), a);
}

void TestRasAnswersLoader::refusesBadAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("scheme=example-points")
                              << QStringLiteral("not a JSON file");
    QTest::newRow("missing scheme") << QByteArray(R"({ "answers": { "q1": "lots" } })")
                                    << QStringLiteral("\"scheme\" is missing");
    QTest::newRow("missing answers") << QByteArray(R"({ "scheme": "example-points" })")
                                     << QStringLiteral("\"answers\" is missing");
    QTest::newRow("answers as a list") << QByteArray(R"({ "scheme": "s", "answers": ["q1"] })")
                                       << QStringLiteral("\"answers\" must be a group of fields");
    QTest::newRow("answer is a number")
        << QByteArray(R"({ "scheme": "s", "answers": { "q1": 3 } })")
        << QStringLiteral("\"answers.q1\" must be text");
    QTest::newRow("answer is blank") << QByteArray(R"({ "scheme": "s", "answers": { "q1": "" } })")
                                     << QStringLiteral("\"answers.q1\" is empty");
    QTest::newRow("question id with spaces")
        << QByteArray(R"({ "scheme": "s", "answers": { "my care": "some" } })")
        << QStringLiteral("\"answers.my care\" is not a question id");
    QTest::newRow("scheme id is a number") << QByteArray(R"({ "scheme": 7, "answers": {} })")
                                           << QStringLiteral("\"scheme\" must be text");
    QTest::newRow("unknown field")
        << QByteArray(R"({ "scheme": "s", "answers": {}, "person": "Sam" })")
        << QStringLiteral("\"person\" is not a field the program knows");
}

void TestRasAnswersLoader::refusesBadAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto answers = RasAnswersLoader::fromJson(bytes, QStringLiteral("sam.json"));
    QVERIFY(!answers.ok());
    QVERIFY2(answers.error().message.contains(expected), qPrintable(answers.error().message));
    QVERIFY(answers.error().message.startsWith(
        QLatin1String("The answers in \"sam.json\" cannot be used.")));
}

void TestRasAnswersLoader::namesAFileThatCannotBeOpened()
{
    const QTemporaryDir dir;
    const auto answers = RasAnswersLoader::load(dir.filePath(QStringLiteral("gone.json")));
    QVERIFY(!answers.ok());
    QVERIFY(answers.error().message.contains(QLatin1String("\"gone.json\"")));
}

QTEST_APPLESS_MAIN(TestRasAnswersLoader)
#include "test_rasanswersloader.moc"
