#include "costing/ratetableloader.h"

#include "money/moneyparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <limits>

namespace pb {

namespace {

constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
constexpr qint64 kWholeBasisPoints = 10000; // 100%

// The readers below share one rule: the first problem found is kept in
// *problem, and once there is one every later read returns a default without
// looking, so the person is told about the first bad field in file order.

QString fieldPath(const QString& parent, const QString& name)
{
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

void fail(QString* problem, const QString& text)
{
    if (problem->isEmpty()) {
        *problem = text;
    }
}

// The value of parent[name], or an undefined value after reporting it missing.
QJsonValue field(
    const QJsonObject& parent, const QString& path, const QString& name, QString* problem)
{
    if (!problem->isEmpty()) {
        return {};
    }
    const auto it = parent.constFind(name);
    if (it == parent.constEnd()) {
        fail(problem, RateTableLoader::tr("the field “%1” is missing").arg(fieldPath(path, name)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

QJsonObject readObject(
    const QJsonObject& parent, const QString& path, const QString& name, QString* problem)
{
    const QJsonValue v = field(parent, path, name, problem);
    if (!problem->isEmpty()) {
        return {};
    }
    if (!v.isObject()) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be a group of fields in { }")
                .arg(fieldPath(path, name)));
        return {};
    }
    return v.toObject();
}

QJsonArray readArray(
    const QJsonObject& parent, const QString& path, const QString& name, QString* problem)
{
    const QJsonValue v = field(parent, path, name, problem);
    if (!problem->isEmpty()) {
        return {};
    }
    if (!v.isArray()) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be a list in [ ]").arg(fieldPath(path, name)));
        return {};
    }
    return v.toArray();
}

enum class Emptiness { Allowed, Refused };

QString readText(const QJsonObject& parent, const QString& path, const QString& name,
    Emptiness emptiness, QString* problem)
{
    const QJsonValue v = field(parent, path, name, problem);
    if (!problem->isEmpty()) {
        return {};
    }
    if (!v.isString()) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be text in quotes")
                .arg(fieldPath(path, name)));
        return {};
    }
    const QString text = v.toString().trimmed();
    if (emptiness == Emptiness::Refused && text.isEmpty()) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must not be empty").arg(fieldPath(path, name)));
    }
    return text;
}

void readExactly(const QJsonObject& parent, const QString& path, const QString& name,
    const QString& expected, QString* problem)
{
    const QString text = readText(parent, path, name, Emptiness::Refused, problem);
    if (problem->isEmpty() && text != expected) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be “%2”")
                .arg(fieldPath(path, name), expected));
    }
}

qint64 readInteger(const QJsonObject& parent, const QString& path, const QString& name,
    qint64 lowest, qint64 highest, QString* problem)
{
    const QJsonValue v = field(parent, path, name, problem);
    if (!problem->isEmpty()) {
        return 0;
    }
    const qint64 whole = v.isDouble() ? v.toInteger(kNotWhole) : kNotWhole;
    if (whole == kNotWhole) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be a whole number")
                .arg(fieldPath(path, name)));
        return 0;
    }
    if (whole < lowest || whole > highest) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be between %2 and %3")
                .arg(fieldPath(path, name))
                .arg(lowest)
                .arg(highest));
        return 0;
    }
    return whole;
}

// Whole pence, from nothing up to the largest amount a person may type.
Money readPence(
    const QJsonObject& parent, const QString& path, const QString& name, QString* problem)
{
    return Money::fromPence(
        readInteger(parent, path, name, 0, MoneyParser::kLargestTypedPence, problem));
}

int readBasisPoints(
    const QJsonObject& parent, const QString& path, const QString& name, QString* problem)
{
    return static_cast<int>(readInteger(parent, path, name, 0, kWholeBasisPoints, problem));
}

bool readBool(const QJsonObject& parent, const QString& path, const QString& name, QString* problem)
{
    const QJsonValue v = field(parent, path, name, problem);
    if (!problem->isEmpty()) {
        return false;
    }
    if (!v.isBool()) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be true or false").arg(fieldPath(path, name)));
        return false;
    }
    return v.toBool();
}

QDate readDate(
    const QJsonObject& parent, const QString& path, const QString& name, QString* problem)
{
    const QString text = readText(parent, path, name, Emptiness::Refused, problem);
    if (!problem->isEmpty()) {
        return {};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be a date written like 2026-04-06")
                .arg(fieldPath(path, name)));
        return {};
    }
    return date;
}

QJsonObject arrayObject(
    const QJsonArray& array, qsizetype index, const QString& path, QString* problem)
{
    const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(index);
    if (!array.at(index).isObject()) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must be a group of fields in { }").arg(itemPath));
        return {};
    }
    return array.at(index).toObject();
}

void readSources(const QJsonObject& root, RateTable* table, QString* problem)
{
    const QString path = QStringLiteral("sources");
    const QJsonArray array = readArray(root, {}, path, problem);
    if (problem->isEmpty() && array.isEmpty()) {
        fail(
            problem, RateTableLoader::tr("the field “%1” must list at least one source").arg(path));
    }
    for (qsizetype i = 0; i < array.size() && problem->isEmpty(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject o = arrayObject(array, i, path, problem);
        RateTable::Source source;
        source.title = readText(o, itemPath, QStringLiteral("title"), Emptiness::Refused, problem);
        source.publisher =
            readText(o, itemPath, QStringLiteral("publisher"), Emptiness::Refused, problem);
        source.url = readText(o, itemPath, QStringLiteral("url"), Emptiness::Allowed, problem);
        source.covers =
            readText(o, itemPath, QStringLiteral("covers"), Emptiness::Refused, problem);
        source.typicalFigure = readBool(o, itemPath, QStringLiteral("typicalFigure"), problem);
        table->sources.append(source);
    }
}

void readMinimumWage(const QJsonObject& root, RateTable* table, QString* problem)
{
    const QString path = QStringLiteral("minimumWage");
    const QJsonObject o = readObject(root, {}, path, problem);
    table->nationalLivingWage =
        readPence(o, path, QStringLiteral("nationalLivingWageHourlyPence"), problem);
    table->nationalLivingWageFromAge = static_cast<int>(
        readInteger(o, path, QStringLiteral("nationalLivingWageFromAge"), 16, 99, problem));
    const QString ratesPath = fieldPath(path, QStringLiteral("otherRates"));
    const QJsonArray rates = readArray(o, path, QStringLiteral("otherRates"), problem);
    for (qsizetype i = 0; i < rates.size() && problem->isEmpty(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(ratesPath).arg(i);
        const QJsonObject r = arrayObject(rates, i, ratesPath, problem);
        RateTable::WageRate rate;
        rate.key = readText(r, itemPath, QStringLiteral("key"), Emptiness::Refused, problem);
        rate.label = readText(r, itemPath, QStringLiteral("label"), Emptiness::Refused, problem);
        rate.hourly = readPence(r, itemPath, QStringLiteral("hourlyPence"), problem);
        table->otherMinimumWages.append(rate);
    }
}

void readHoliday(const QJsonObject& root, RateTable* table, QString* problem)
{
    const QString path = QStringLiteral("holiday");
    const QJsonObject o = readObject(root, {}, path, problem);
    // Fewer than 52 weeks, or the accrual share below divides by nothing.
    table->holidayWeeksHundredths = static_cast<int>(
        readInteger(o, path, QStringLiteral("weeksPerYearHundredths"), 0, 5199, problem));
    table->holidayAccrualBasisPoints =
        readBasisPoints(o, path, QStringLiteral("accrualBasisPoints"), problem);
    readExactly(o, path, QStringLiteral("method"), QStringLiteral("accrual"), problem);
    readText(o, path, QStringLiteral("explanation"), Emptiness::Refused, problem);
    if (!problem->isEmpty()) {
        return;
    }
    // weeks / (52 - weeks) in basis points, halves rounded up (both are
    // positive): 560 / 4640 = 1206.9 -> 1207.
    const qint64 weeks = table->holidayWeeksHundredths;
    const qint64 workedWeeks = 5200 - weeks;
    const qint64 expected = (2 * weeks * kWholeBasisPoints + workedWeeks) / (2 * workedWeeks);
    if (qAbs(expected - table->holidayAccrualBasisPoints) > 1) {
        fail(problem,
            RateTableLoader::tr(
                "the fields “holiday.accrualBasisPoints” (%1) and “holiday.weeksPerYearHundredths” "
                "(%2) do not agree: that many weeks a year is %3 basis points of pay")
                .arg(table->holidayAccrualBasisPoints)
                .arg(table->holidayWeeksHundredths)
                .arg(expected));
    }
}

void readNationalInsurance(const QJsonObject& root, RateTable* table, QString* problem)
{
    const QString path = QStringLiteral("employerNationalInsurance");
    const QJsonObject o = readObject(root, {}, path, problem);
    table->employerNiBasisPoints =
        readBasisPoints(o, path, QStringLiteral("rateBasisPoints"), problem);
    table->niSecondaryThresholdYearly =
        readPence(o, path, QStringLiteral("secondaryThresholdYearlyPence"), problem);
    table->employmentAllowanceYearly =
        readPence(o, path, QStringLiteral("employmentAllowanceYearlyPence"), problem);
}

void readPension(const QJsonObject& root, RateTable* table, QString* problem)
{
    const QString path = QStringLiteral("workplacePension");
    const QJsonObject o = readObject(root, {}, path, problem);
    table->pensionEmployerBasisPoints =
        readBasisPoints(o, path, QStringLiteral("employerRateBasisPoints"), problem);
    table->pensionQualifyingLowerYearly =
        readPence(o, path, QStringLiteral("qualifyingEarningsLowerYearlyPence"), problem);
    table->pensionQualifyingUpperYearly =
        readPence(o, path, QStringLiteral("qualifyingEarningsUpperYearlyPence"), problem);
    table->pensionTriggerYearly =
        readPence(o, path, QStringLiteral("automaticEnrolmentTriggerYearlyPence"), problem);
    if (problem->isEmpty()
        && table->pensionQualifyingUpperYearly < table->pensionQualifyingLowerYearly) {
        fail(problem,
            RateTableLoader::tr("the field “%1” must not be less than “%2”")
                .arg(fieldPath(path, QStringLiteral("qualifyingEarningsUpperYearlyPence")),
                    fieldPath(path, QStringLiteral("qualifyingEarningsLowerYearlyPence"))));
    }
}

void readEmployerCosts(const QJsonObject& root, RateTable* table, QString* problem)
{
    const QString insurancePath = QStringLiteral("employersLiabilityInsurance");
    const QJsonObject insurance = readObject(root, {}, insurancePath, problem);
    table->insuranceYearly =
        readPence(insurance, insurancePath, QStringLiteral("yearlyPremiumPence"), problem);
    table->insuranceIsTypical =
        readBool(insurance, insurancePath, QStringLiteral("typicalFigure"), problem);
    readText(insurance, insurancePath, QStringLiteral("note"), Emptiness::Allowed, problem);

    const QString payrollPath = QStringLiteral("payrollService");
    const QJsonObject payroll = readObject(root, {}, payrollPath, problem);
    table->payrollMonthly =
        readPence(payroll, payrollPath, QStringLiteral("monthlyFeePence"), problem);
    table->payrollIsTypical =
        readBool(payroll, payrollPath, QStringLiteral("typicalFigure"), problem);
    readText(payroll, payrollPath, QStringLiteral("note"), Emptiness::Allowed, problem);

    const QString contingencyPath = QStringLiteral("contingency");
    const QJsonObject contingency = readObject(root, {}, contingencyPath, problem);
    table->contingencyBasisPoints =
        readBasisPoints(contingency, contingencyPath, QStringLiteral("rateBasisPoints"), problem);
    table->contingencyIsTypical =
        readBool(contingency, contingencyPath, QStringLiteral("typicalFigure"), problem);
    readText(contingency, contingencyPath, QStringLiteral("note"), Emptiness::Allowed, problem);
}

Error refusal(const QString& problem, const QString& origin)
{
    return Error {
        RateTableLoader::tr("These cost rates can't be used: %1. Use the rates that came with the "
                            "program, or correct the file.")
            .arg(problem),
        origin};
}

} // namespace

Result<RateTable> RateTableLoader::fromJson(const QByteArray& json, const QString& origin)
{
    if (json.size() > kLargestFileBytes) {
        return refusal(tr("the file is too large to be a rate table"), origin);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refusal(tr("the file is not in JSON format (%1 at character %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset),
            origin);
    }
    if (!document.isObject()) {
        return refusal(tr("the file does not hold a group of fields in { }"), origin);
    }
    const QJsonObject root = document.object();
    QString problem;
    RateTable table;

    readExactly(
        root, {}, QStringLiteral("format"), QStringLiteral("pbplanner-rate-table"), &problem);
    const qint64 version = readInteger(
        root, {}, QStringLiteral("formatVersion"), 1, std::numeric_limits<int>::max(), &problem);
    if (problem.isEmpty() && version > kFormatVersion) {
        // Checked before anything else is read: a newer file may lay the
        // other fields out differently, and "field missing" would mislead.
        return refusal(
            tr("the file was made for a newer version of this program (rate table format %1)")
                .arg(version),
            origin);
    }
    table.id = readText(root, {}, QStringLiteral("id"), Emptiness::Refused, &problem);
    table.name = readText(root, {}, QStringLiteral("name"), Emptiness::Refused, &problem);
    table.region = readText(root, {}, QStringLiteral("region"), Emptiness::Refused, &problem);
    table.taxYear = readText(root, {}, QStringLiteral("taxYear"), Emptiness::Refused, &problem);
    table.ratesAsOf = readDate(root, {}, QStringLiteral("ratesAsOf"), &problem);
    table.validFrom = readDate(root, {}, QStringLiteral("validFrom"), &problem);
    table.validUntil = readDate(root, {}, QStringLiteral("validUntil"), &problem);
    if (problem.isEmpty() && table.validUntil < table.validFrom) {
        problem = tr("the field “validUntil” must not be before “validFrom”");
    }
    table.note = readText(root, {}, QStringLiteral("note"), Emptiness::Allowed, &problem);
    readSources(root, &table, &problem);
    readMinimumWage(root, &table, &problem);
    readHoliday(root, &table, &problem);
    readNationalInsurance(root, &table, &problem);
    readPension(root, &table, &problem);
    readEmployerCosts(root, &table, &problem);

    if (!problem.isEmpty()) {
        return refusal(problem, origin);
    }
    return table;
}

Result<RateTable> RateTableLoader::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            tr("The cost rates file could not be opened. Check that it is still there and that "
               "you can read it."),
            path + QStringLiteral(": ") + file.errorString()};
    }
    if (file.size() > kLargestFileBytes) {
        return refusal(tr("the file is too large to be a rate table"), path);
    }
    return fromJson(file.readAll(), path);
}

QList<RateTable> RateTableLoader::builtIn()
{
    // The shipped tables are embedded in the program and cannot change while
    // it runs, so they are read once: a caseload of 10,000 costs each plan
    // against them, and reading the JSON per plan was most of its start-up.
    static const QList<RateTable> shipped = readBuiltIn();
    return shipped;
}

QList<RateTable> RateTableLoader::readBuiltIn()
{
    QList<RateTable> tables;
    const QDir folder(builtInFolder());
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        auto loaded = load(folder.filePath(name));
        if (loaded.ok()) {
            tables.append(std::move(loaded).value());
        } else {
            // A shipped table is checked by the tests; this is a broken build.
            qWarning("Shipped rate table %s was refused: %s", qUtf8Printable(name),
                qUtf8Printable(loaded.error().fullText()));
        }
    }
    std::sort(tables.begin(), tables.end(),
        [](const RateTable& a, const RateTable& b) { return a.validFrom < b.validFrom; });
    return tables;
}

Result<RateTable> RateTableLoader::builtInFor(QDate date)
{
    const QList<RateTable> tables = builtIn();
    if (tables.isEmpty()) {
        return Error {
            tr("No cost rates came with this copy of the program, so the cost of employing a "
               "personal assistant can't be worked out. Please reinstall the program."),
            builtInFolder()};
    }
    const RateTable* chosen = &tables.first();
    for (const RateTable& table : tables) {
        if (table.covers(date)) {
            return table;
        }
        if (table.validFrom <= date) {
            chosen = &table; // tables are oldest first: keep the newest that has started
        }
    }
    return *chosen;
}

} // namespace pb
