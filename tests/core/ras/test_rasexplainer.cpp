// RasExplainer: percentages as people write them in the explanation.
#include "ras/rasexplainer.h"

#include <QtTest>

class TestRasExplainer : public QObject {
    Q_OBJECT
private slots:
    void percent_data();
    void percent();
};

void TestRasExplainer::percent_data()
{
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << qint64(1000) << QStringLiteral("10%");
    QTest::newRow("a half") << qint64(1250) << QStringLiteral("12.5%");
    QTest::newRow("hundredths") << qint64(5) << QStringLiteral("0.05%");
    QTest::newRow("negative") << qint64(-333) << QStringLiteral("-3.33%");
    QTest::newRow("thousands") << qint64(100000) << QStringLiteral("1,000%");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0%");
}

void TestRasExplainer::percent()
{
    QFETCH(qint64, basisPoints);
    QFETCH(QString, expected);
    QCOMPARE(pb::RasExplainer().percent(basisPoints), expected);
}

QTEST_APPLESS_MAIN(TestRasExplainer)
#include "test_rasexplainer.moc"
