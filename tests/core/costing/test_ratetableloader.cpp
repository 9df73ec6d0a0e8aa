// The shipped rate table holds the 2026/27 figures, and a table with a missing
// or wrong field is refused with the field named.
#include "costing/ratetableloader.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using pb::Money;
using pb::RateTable;
using pb::RateTableLoader;

namespace {

const QString kShipped = QStringLiteral("resources/rates/england-2026-27.json");

QByteArray shippedBytes()
{
    QFile file(pb::test::sourcePath(kShipped));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the shipped rate table");
    }
    return file.readAll();
}

// Sets (or, with an undefined value, removes) the field at a path like
// "sources[0].title" or "holiday.method" inside `value`.
void edit(QJsonValue& value, QStringList segments, const QJsonValue& replacement)
{
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const QString head = segments.takeFirst();
    QJsonObject object = value.toObject();
    const auto match = indexed.match(head);
    if (match.hasMatch()) {
        QJsonArray array = object.value(match.captured(1)).toArray();
        QJsonValue element = array.at(match.captured(2).toInt());
        if (segments.isEmpty()) {
            element = replacement;
        } else {
            edit(element, segments, replacement);
        }
        array.replace(match.captured(2).toInt(), element);
        object.insert(match.captured(1), array);
    } else if (segments.isEmpty()) {
        if (replacement.isUndefined()) {
            object.remove(head);
        } else {
            object.insert(head, replacement);
        }
    } else {
        QJsonValue child = object.value(head);
        edit(child, segments, replacement);
        object.insert(head, child);
    }
    value = object;
}

QByteArray shippedWith(const QString& path, const QJsonValue& replacement)
{
    QJsonValue root = QJsonDocument::fromJson(shippedBytes()).object();
    edit(root, path.split(QLatin1Char('.')), replacement);
    return QJsonDocument(root.toObject()).toJson();
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestRateTableLoader : public QObject {
    Q_OBJECT
private slots:
    void shippedTableHasThe202627Figures();
    void shippedTableIsEmbedded();
    void builtInForChoosesByDate_data();
    void builtInForChoosesByDate();
    void refusesBadField_data();
    void refusesBadField();
    void refusesWhatIsNotARateTable_data();
    void refusesWhatIsNotARateTable();
    void ignoresFieldsItDoesNotKnow();
    void missingFileIsExplained();
};

void TestRateTableLoader::shippedTableHasThe202627Figures()
{
    const auto loaded = RateTableLoader::load(pb::test::sourcePath(kShipped));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().fullText()));
    const RateTable& t = loaded.value();
    QCOMPARE(t.id, QStringLiteral("england-2026-27"));
    QCOMPARE(t.region, QStringLiteral("England"));
    QCOMPARE(t.taxYear, QStringLiteral("2026/27"));
    QCOMPARE(t.ratesAsOf, QDate(2026, 4, 6));
    QCOMPARE(t.validFrom, QDate(2026, 4, 6));
    QCOMPARE(t.validUntil, QDate(2027, 4, 5));
    // National Living Wage £12.71 from age 21; 18-20 £10.85; 16-17 and apprentices £8.00.
    QCOMPARE(t.nationalLivingWage, Money::fromPence(1271));
    QCOMPARE(t.nationalLivingWageFromAge, 21);
    QCOMPARE(t.otherMinimumWages.size(), 3);
    QCOMPARE(t.otherMinimumWages.at(0).key, QStringLiteral("age-18-to-20"));
    QCOMPARE(t.otherMinimumWages.at(0).hourly, Money::fromPence(1085));
    QCOMPARE(t.otherMinimumWages.at(1).hourly, Money::fromPence(800));
    QCOMPARE(t.otherMinimumWages.at(2).key, QStringLiteral("apprentice"));
    QCOMPARE(t.otherMinimumWages.at(2).hourly, Money::fromPence(800));
    // 5.6 weeks of holiday; 5.6 / 46.4 = 12.07%.
    QCOMPARE(t.holidayWeeksHundredths, 560);
    QCOMPARE(t.holidayAccrualBasisPoints, 1207);
    // Employer NI 15% above £5,000; Employment Allowance £10,500.
    QCOMPARE(t.employerNiBasisPoints, 1500);
    QCOMPARE(t.niSecondaryThresholdYearly, Money::fromPounds(5000));
    QCOMPARE(t.employmentAllowanceYearly, Money::fromPounds(10500));
    // Pension 3% on £6,240 to £50,270, from £10,000 a year.
    QCOMPARE(t.pensionEmployerBasisPoints, 300);
    QCOMPARE(t.pensionQualifyingLowerYearly, Money::fromPounds(6240));
    QCOMPARE(t.pensionQualifyingUpperYearly, Money::fromPounds(50270));
    QCOMPARE(t.pensionTriggerYearly, Money::fromPounds(10000));
    // Typical figures, labelled as such.
    QCOMPARE(t.insuranceYearly, Money::fromPounds(150));
    QCOMPARE(t.payrollMonthly, Money::fromPounds(20));
    QCOMPARE(t.contingencyBasisPoints, 300);
    QVERIFY(t.insuranceIsTypical);
    QVERIFY(t.payrollIsTypical);
    QVERIFY(t.contingencyIsTypical);
    // Sources: official ones with addresses, and the typical figures marked.
    QVERIFY(t.sources.size() >= 5);
    int typical = 0;
    for (const RateTable::Source& s : t.sources) {
        QVERIFY(!s.title.isEmpty());
        if (s.typicalFigure) {
            ++typical;
        } else {
            QVERIFY2(s.url.startsWith(QStringLiteral("https://www.gov.uk/")), qPrintable(s.url));
        }
    }
    QCOMPARE(typical, 1);
}

void TestRateTableLoader::shippedTableIsEmbedded()
{
    const QList<RateTable> tables = RateTableLoader::builtIn();
    QCOMPARE(tables.size(), 1);
    const auto fromSource = RateTableLoader::load(pb::test::sourcePath(kShipped));
    QVERIFY(fromSource.ok());
    QCOMPARE(tables.first(), fromSource.value());
}

void TestRateTableLoader::builtInForChoosesByDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("covered");
    QTest::newRow("first day of the tax year") << QDate(2026, 4, 6) << true;
    QTest::newRow("last day of the tax year") << QDate(2027, 4, 5) << true;
    // No newer table: the newest one that has started is the best there is.
    QTest::newRow("after the last table") << QDate(2027, 4, 6) << false;
    // No older table: the oldest one.
    QTest::newRow("before the first table") << QDate(2026, 4, 5) << false;
}

void TestRateTableLoader::builtInForChoosesByDate()
{
    QFETCH(QDate, date);
    QFETCH(bool, covered);
    const auto table = RateTableLoader::builtInFor(date);
    QVERIFY(table.ok());
    QCOMPARE(table->id, QStringLiteral("england-2026-27"));
    QCOMPARE(table->covers(date), covered);
}

void TestRateTableLoader::refusesBadField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("replacement");
    QTest::addColumn<QString>("named");

    auto missing = [](const char* path) {
        QTest::newRow(qPrintable(QStringLiteral("missing %1").arg(QLatin1String(path))))
            << QString::fromLatin1(path) << kRemove << QString::fromLatin1(path);
    };
    for (const char* path :
        {"format", "formatVersion", "id", "name", "region", "taxYear", "ratesAsOf", "validFrom",
            "validUntil", "note", "sources", "sources[0].title", "sources[2].url",
            "sources[5].typicalFigure", "minimumWage", "minimumWage.nationalLivingWageHourlyPence",
            "minimumWage.nationalLivingWageFromAge", "minimumWage.otherRates",
            "minimumWage.otherRates[1].hourlyPence", "minimumWage.otherRates[0].key", "holiday",
            "holiday.weeksPerYearHundredths", "holiday.accrualBasisPoints", "holiday.method",
            "employerNationalInsurance", "employerNationalInsurance.rateBasisPoints",
            "employerNationalInsurance.secondaryThresholdYearlyPence",
            "employerNationalInsurance.employmentAllowanceYearlyPence", "workplacePension",
            "workplacePension.employerRateBasisPoints",
            "workplacePension.qualifyingEarningsLowerYearlyPence",
            "workplacePension.qualifyingEarningsUpperYearlyPence",
            "workplacePension.automaticEnrolmentTriggerYearlyPence", "employersLiabilityInsurance",
            "employersLiabilityInsurance.yearlyPremiumPence",
            "employersLiabilityInsurance.typicalFigure", "payrollService.monthlyFeePence",
            "payrollService.typicalFigure", "contingency", "contingency.rateBasisPoints",
            "contingency.typicalFigure"}) {
        missing(path);
    }

    auto wrong = [](const char* name, const char* path, const QJsonValue& value,
                     const char* named) {
        QTest::newRow(name) << QString::fromLatin1(path) << value << QString::fromLatin1(named);
    };
    wrong("not our format", "format", QStringLiteral("ras-scheme"), "format");
    wrong("wage as text", "minimumWage.nationalLivingWageHourlyPence", QStringLiteral("12.71"),
        "minimumWage.nationalLivingWageHourlyPence");
    wrong("wage in pounds, not pence", "minimumWage.nationalLivingWageHourlyPence", 12.71,
        "minimumWage.nationalLivingWageHourlyPence");
    wrong("negative wage", "minimumWage.nationalLivingWageHourlyPence", -1,
        "minimumWage.nationalLivingWageHourlyPence");
    wrong("rate over 100%", "employerNationalInsurance.rateBasisPoints", 15000,
        "employerNationalInsurance.rateBasisPoints");
    wrong("rate as a fraction", "contingency.rateBasisPoints", 0.03, "contingency.rateBasisPoints");
    wrong("date in words", "ratesAsOf", QStringLiteral("6 April 2026"), "ratesAsOf");
    wrong("impossible date", "validFrom", QStringLiteral("2026-02-30"), "validFrom");
    wrong("ends before it starts", "validUntil", QStringLiteral("2026-04-05"), "validUntil");
    wrong("no sources", "sources", QJsonArray(), "sources");
    wrong("source not a group", "sources[1]", QStringLiteral("HMRC"), "sources[1]");
    wrong("typical as text", "sources[5].typicalFigure", QStringLiteral("yes"),
        "sources[5].typicalFigure");
    wrong("empty title", "sources[0].title", QStringLiteral("  "), "sources[0].title");
    wrong("section not a group", "holiday", 560, "holiday");
    wrong("list not a list", "minimumWage.otherRates", QStringLiteral("none"),
        "minimumWage.otherRates");
    // 10.77% is 5.6 / 52, the other way of counting: it disagrees with 5.6 weeks by this file's
    // method.
    wrong("holiday share disagrees with weeks", "holiday.accrualBasisPoints", 1077,
        "holiday.accrualBasisPoints");
    wrong("holiday weeks a whole year", "holiday.weeksPerYearHundredths", 5200,
        "holiday.weeksPerYearHundredths");
    wrong("other holiday method", "holiday.method", QStringLiteral("per-week"), "holiday.method");
    wrong("pension band upside down", "workplacePension.qualifyingEarningsUpperYearlyPence", 100,
        "workplacePension.qualifyingEarningsUpperYearlyPence");
}

void TestRateTableLoader::refusesBadField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, replacement);
    QFETCH(QString, named);
    const auto loaded =
        RateTableLoader::fromJson(shippedWith(path, replacement), QStringLiteral("test.json"));
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(QStringLiteral("“%1”").arg(named)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("can't be used")), qPrintable(message));
    QCOMPARE(loaded.error().detail, QStringLiteral("test.json"));
}

void TestRateTableLoader::refusesWhatIsNotARateTable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("rates: 15%") << QStringLiteral("not in JSON format");
    QTest::newRow("a list, not a table")
        << QByteArray("[1, 2]") << QStringLiteral("does not hold a group");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not in JSON format");
    QTest::newRow("newer format") << shippedWith(QStringLiteral("formatVersion"), 2)
                                  << QStringLiteral("newer version of this program");
    QTest::newRow("far too large")
        << QByteArray(RateTableLoader::kLargestFileBytes + 1, ' ') << QStringLiteral("too large");
}

void TestRateTableLoader::refusesWhatIsNotARateTable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const auto loaded = RateTableLoader::fromJson(bytes);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
}

void TestRateTableLoader::ignoresFieldsItDoesNotKnow()
{
    const auto loaded = RateTableLoader::fromJson(shippedWith(
        QStringLiteral("employerNationalInsurance.upperSecondaryThresholdYearlyPence"), 5027000));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->employerNiBasisPoints, 1500);
}

void TestRateTableLoader::missingFileIsExplained()
{
    const auto loaded = RateTableLoader::load(QStringLiteral("/nonexistent/rates.json"));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QStringLiteral("could not be opened")));
    QVERIFY(loaded.error().detail.contains(QStringLiteral("/nonexistent/rates.json")));
}

QTEST_APPLESS_MAIN(TestRateTableLoader)
#include "test_ratetableloader.moc"
