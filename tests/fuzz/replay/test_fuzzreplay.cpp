// Replays the fuzzer's files through PlanFile::fromXml in an ordinary build:
// every seed in tests/fuzz/corpus must load, and every input that ever
// crashed the loader (tests/fuzz/crashers) must now be refused with a message,
// without crashing. A crash here fails the test run.
#include "exchange/planfile.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace pb;

namespace {

// The seeds of the corpus are the *.pbplan files: a fuzzing run started on
// the corpus folder (as `make fuzz` does) adds its own inputs there, named by
// their hash, which are not meant to load.
QStringList filesIn(const QString& relativeFolder, const QStringList& patterns)
{
    const QDir dir(test::sourcePath(relativeFolder));
    QStringList paths;
    const QStringList names = dir.entryList(patterns, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (name != QStringLiteral("README.md")) {
            paths.append(dir.filePath(name));
        }
    }
    return paths;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFuzzReplay : public QObject {
    Q_OBJECT

private slots:
    void corpusLoads_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths =
            filesIn(QStringLiteral("tests/fuzz/corpus"), {QStringLiteral("*.pbplan")});
        QVERIFY2(paths.size() >= 3, "the seed corpus is missing");
        for (const QString& path : paths) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void corpusLoads()
    {
        QFETCH(QString, path);
        const auto read = PlanFile::fromXml(contents(path));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
        // And it survives a round trip.
        const auto again = PlanFile::fromXml(PlanFile::toXml(read->person, read->plan));
        QVERIFY(again.ok());
        QCOMPARE(again->plan, read->plan);
        QCOMPARE(again->person, read->person);
    }

    void crashersAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths =
            filesIn(QStringLiteral("tests/fuzz/crashers"), {QStringLiteral("*")});
        QVERIFY2(paths.size() >= 2, "the crashers folder is missing");
        for (const QString& path : paths) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void crashersAreRefused()
    {
        QFETCH(QString, path);
        const auto read = PlanFile::fromXml(contents(path));
        QVERIFY2(!read.ok(), "an input that once crashed the loader now loads as a plan");
        QVERIFY(read.error().message.contains(QStringLiteral("nothing was imported")));
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "test_fuzzreplay.moc"
