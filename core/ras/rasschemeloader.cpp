#include "ras/rasschemeloader.h"

#include "common/datafile.h"
#include "model/enumkey.h"
#include "ras/jsonfieldreader.h"
#include "ras/rasschemevalidator.h"

#include <QFile>
#include <QFileInfo>

namespace pb {

namespace {

using Need = JsonFieldReader::Need;
using Unit = JsonFieldReader::Unit;

const QString kFormat = QStringLiteral("pbplanner-ras-scheme");
const QString kPricePerPoint = QStringLiteral("price-per-point");
const QString kBands = QStringLiteral("bands");

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* n : names) {
        list << QString::fromLatin1(n);
    }
    return list;
}

} // namespace

void RasSchemeLoader::readHeader(JsonFieldReader& reader, const QJsonObject& root, RasScheme& s)
{
    // The format comes first, so that another kind of file (an answers file,
    // say) is named for what it is rather than for its first odd field.
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != kFormat) {
        reader.fail(tr("It is not a RAS scheme file: it should have "
                       "\"format\": \"%1\".")
                        .arg(kFormat));
        return;
    }
    const auto version =
        reader.wholeNumber(root, {}, QStringLiteral("formatVersion"), Need::Required, Unit::Count);
    if (version && *version > RasSchemeLoader::kFormatVersion) {
        reader.fail(tr("It was made for a newer version of this program (scheme "
                       "format %1; this version reads format %2). Update the "
                       "program to use it.")
                        .arg(*version)
                        .arg(RasSchemeLoader::kFormatVersion));
        return;
    }
    if (version && *version < 1) {
        reader.fail(tr("\"formatVersion\" must be %1.").arg(RasSchemeLoader::kFormatVersion));
        return;
    }
    reader.onlyKeys(root, {},
        keys({"format", "formatVersion", "id", "name", "example", "council", "ratesAsOf", "source",
            "sourceUrl", "notes", "terms", "questions", "money", "adjustments"}));

    s.id = reader.id(root, {}, QStringLiteral("id"), Need::Required).value_or(QString());
    s.name = reader.text(root, {}, QStringLiteral("name"), Need::Required).value_or(QString());
    s.example = reader.boolean(root, {}, QStringLiteral("example"), Need::Optional).value_or(false);
    s.council =
        reader.text(root, {}, QStringLiteral("council"), Need::Required).value_or(QString());
    s.ratesAsOf =
        reader.date(root, {}, QStringLiteral("ratesAsOf"), Need::Required).value_or(QDate());
    s.source = reader.text(root, {}, QStringLiteral("source"), Need::Required).value_or(QString());
    s.sourceUrl =
        reader.text(root, {}, QStringLiteral("sourceUrl"), Need::Optional).value_or(QString());
    reader.text(root, {}, QStringLiteral("notes"), Need::Optional);

    const QString termsPath = QStringLiteral("terms");
    if (const auto terms = reader.object(root, {}, termsPath, Need::Required)) {
        reader.onlyKeys(*terms, termsPath, keys({"questionnaire", "amount"}));
        s.terms.questionnaire =
            reader.text(*terms, termsPath, QStringLiteral("questionnaire"), Need::Required)
                .value_or(QString());
        s.terms.amount = reader.text(*terms, termsPath, QStringLiteral("amount"), Need::Required)
                             .value_or(QString());
    }
}

void RasSchemeLoader::readQuestions(JsonFieldReader& reader, const QJsonObject& root, RasScheme& s)
{
    const QString path = QStringLiteral("questions");
    const auto questions = reader.array(root, {}, path, Need::Required);
    if (!questions) {
        return;
    }
    for (qsizetype i = 0; i < questions->size() && reader.ok(); ++i) {
        if (const auto q = reader.objectAt(*questions, path, i)) {
            s.questions << readQuestion(reader, *q, JsonFieldReader::itemPath(path, i));
        }
    }
}

RasScheme::Question RasSchemeLoader::readQuestion(
    JsonFieldReader& reader, const QJsonObject& q, const QString& path)
{
    RasScheme::Question question;
    reader.onlyKeys(q, path, keys({"id", "question", "hint", "lifeArea", "options"}));
    question.id = reader.id(q, path, QStringLiteral("id"), Need::Required).value_or(QString());
    question.question =
        reader.text(q, path, QStringLiteral("question"), Need::Required).value_or(QString());
    question.hint =
        reader.text(q, path, QStringLiteral("hint"), Need::Optional).value_or(QString());
    if (const auto area = reader.id(q, path, QStringLiteral("lifeArea"), Need::Optional)) {
        question.lifeArea = enumFromKey<LifeArea>(*area);
        if (!question.lifeArea) {
            QStringList known;
            for (const LifeArea a : allEnumValues<LifeArea>()) {
                known << enumKey(a);
            }
            reader.fail(
                tr("%1 is %2, which is not an area of life the program "
                   "knows. It can be one of: %3.")
                    .arg(quoted(JsonFieldReader::childPath(path, QStringLiteral("lifeArea"))),
                        quoted(*area), known.join(QStringLiteral(", "))));
        }
    }
    const QString optionsPath = JsonFieldReader::childPath(path, QStringLiteral("options"));
    const auto options = reader.array(q, path, QStringLiteral("options"), Need::Required);
    if (!options) {
        return question;
    }
    for (qsizetype j = 0; j < options->size() && reader.ok(); ++j) {
        const auto o = reader.objectAt(*options, optionsPath, j);
        if (!o) {
            break;
        }
        const QString optionPath = JsonFieldReader::itemPath(optionsPath, j);
        reader.onlyKeys(*o, optionPath, keys({"id", "label", "points"}));
        RasScheme::Option option;
        option.id =
            reader.id(*o, optionPath, QStringLiteral("id"), Need::Required).value_or(QString());
        option.label = reader.text(*o, optionPath, QStringLiteral("label"), Need::Required)
                           .value_or(QString());
        option.points =
            reader
                .wholeNumber(*o, optionPath, QStringLiteral("points"), Need::Required, Unit::Points)
                .value_or(0);
        question.options << option;
    }
    return question;
}

void RasSchemeLoader::readMoney(JsonFieldReader& reader, const QJsonObject& root, RasScheme& s)
{
    const QString path = QStringLiteral("money");
    const auto money = reader.object(root, {}, path, Need::Required);
    if (!money) {
        return;
    }
    const auto rule = reader.text(*money, path, QStringLiteral("rule"), Need::Required);
    if (!rule) {
        return;
    }
    // A field of the other rule is named as such: "check its spelling" would mislead.
    const auto refuseOtherRule = [&](const QString& key) {
        if (money->contains(key)) {
            reader.fail(tr("%1 is not used with the rule %2: take it out, or "
                           "change \"money.rule\".")
                            .arg(quoted(JsonFieldReader::childPath(path, key)), quoted(*rule)));
        }
    };
    if (*rule == kPricePerPoint) {
        s.rule = RasScheme::MoneyRule::PricePerPoint;
        refuseOtherRule(QStringLiteral("bands"));
        reader.onlyKeys(
            *money, path, keys({"rule", "pricePerPointPence", "floorPence", "ceilingPence"}));
        s.pricePerPoint =
            Money::fromPence(reader
                                 .wholeNumber(*money, path, QStringLiteral("pricePerPointPence"),
                                     Need::Required, Unit::Pence)
                                 .value_or(0));
    } else if (*rule == kBands) {
        s.rule = RasScheme::MoneyRule::Bands;
        refuseOtherRule(QStringLiteral("pricePerPointPence"));
        reader.onlyKeys(*money, path, keys({"rule", "bands", "floorPence", "ceilingPence"}));
        const QString bandsPath = JsonFieldReader::childPath(path, QStringLiteral("bands"));
        if (const auto bands =
                reader.array(*money, path, QStringLiteral("bands"), Need::Required)) {
            for (qsizetype i = 0; i < bands->size() && reader.ok(); ++i) {
                if (const auto b = reader.objectAt(*bands, bandsPath, i)) {
                    s.bands << readBand(reader, *b, JsonFieldReader::itemPath(bandsPath, i));
                }
            }
        }
    } else {
        reader.fail(tr("\"money.rule\" must be %1 or %2, not %3.")
                        .arg(quoted(kPricePerPoint), quoted(kBands), quoted(*rule)));
        return;
    }
    if (const auto floor = reader.wholeNumber(
            *money, path, QStringLiteral("floorPence"), Need::Optional, Unit::Pence)) {
        s.floor = Money::fromPence(*floor);
    }
    if (const auto ceiling = reader.wholeNumber(
            *money, path, QStringLiteral("ceilingPence"), Need::Optional, Unit::Pence)) {
        s.ceiling = Money::fromPence(*ceiling);
    }
}

RasScheme::Band RasSchemeLoader::readBand(
    JsonFieldReader& reader, const QJsonObject& b, const QString& path)
{
    RasScheme::Band band;
    reader.onlyKeys(b, path, keys({"name", "fromPoints", "toPoints", "amountPence"}));
    band.name = reader.text(b, path, QStringLiteral("name"), Need::Optional).value_or(QString());
    band.fromPoints =
        reader.wholeNumber(b, path, QStringLiteral("fromPoints"), Need::Required, Unit::Points)
            .value_or(0);
    band.toPoints =
        reader.wholeNumber(b, path, QStringLiteral("toPoints"), Need::Optional, Unit::Points);
    band.amount = Money::fromPence(
        reader.wholeNumber(b, path, QStringLiteral("amountPence"), Need::Required, Unit::Pence)
            .value_or(0));
    return band;
}

void RasSchemeLoader::readAdjustments(
    JsonFieldReader& reader, const QJsonObject& root, RasScheme& s)
{
    const QString path = QStringLiteral("adjustments");
    const auto adjustments = reader.array(root, {}, path, Need::Optional);
    if (!adjustments) {
        return;
    }
    for (qsizetype i = 0; i < adjustments->size() && reader.ok(); ++i) {
        if (const auto a = reader.objectAt(*adjustments, path, i)) {
            s.adjustments << readAdjustment(reader, *a, JsonFieldReader::itemPath(path, i));
        }
    }
}

RasScheme::Adjustment RasSchemeLoader::readAdjustment(
    JsonFieldReader& reader, const QJsonObject& a, const QString& path)
{
    RasScheme::Adjustment adjustment;
    reader.onlyKeys(a, path,
        keys({"id", "reason", "question", "options", "percentBasisPoints", "amountPence",
            "councilTerm"}));
    adjustment.id = reader.id(a, path, QStringLiteral("id"), Need::Required).value_or(QString());
    adjustment.reason =
        reader.text(a, path, QStringLiteral("reason"), Need::Required).value_or(QString());
    adjustment.questionId =
        reader.id(a, path, QStringLiteral("question"), Need::Required).value_or(QString());
    const QString optionsPath = JsonFieldReader::childPath(path, QStringLiteral("options"));
    if (const auto options = reader.array(a, path, QStringLiteral("options"), Need::Required)) {
        for (qsizetype j = 0; j < options->size() && reader.ok(); ++j) {
            if (const auto id = reader.idAt(*options, optionsPath, j)) {
                adjustment.optionIds << *id;
            }
        }
    }
    adjustment.percentBasisPoints = reader.wholeNumber(
        a, path, QStringLiteral("percentBasisPoints"), Need::Optional, Unit::BasisPoints);
    if (const auto amount = reader.wholeNumber(
            a, path, QStringLiteral("amountPence"), Need::Optional, Unit::Pence)) {
        adjustment.amount = Money::fromPence(*amount);
    }
    adjustment.councilTerm =
        reader.text(a, path, QStringLiteral("councilTerm"), Need::Optional).value_or(QString());
    return adjustment;
}

namespace {

Error refusal(const QString& fileName, const QString& problem, const QString& detail)
{
    const QString message = fileName.isEmpty()
        ? RasSchemeLoader::tr("The scheme cannot be used. %1").arg(problem)
        : RasSchemeLoader::tr("The scheme in \"%1\" cannot be used. %2").arg(fileName, problem);
    return Error {message, detail};
}

} // namespace

Result<RasScheme> RasSchemeLoader::load(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto bytes = DataFile::read(path, kLargestFileBytes,
        {tr("The scheme file \"%1\" could not be opened. Check that it is there "
            "and that you may read it.")
                .arg(fileName),
            tr("The file \"%1\" is too big to be a RAS scheme.").arg(fileName),
            tr("The scheme file \"%1\" could not be read.").arg(fileName)});
    if (!bytes.ok()) {
        return bytes.error();
    }
    auto result = fromJson(bytes.value(), fileName);
    if (!result) {
        Error e = result.error();
        e.detail = e.detail.isEmpty() ? path : path + QStringLiteral(": ") + e.detail;
        return e;
    }
    return result;
}

Result<RasScheme> RasSchemeLoader::fromJson(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > kLargestFileBytes) {
        return refusal(fileName, tr("It is too big to be a RAS scheme."), {});
    }
    // The reader keeps the first problem, so each part reads on regardless
    // and the problem is looked at once, here.
    JsonFieldReader reader;
    RasScheme scheme;
    if (const auto root = reader.document(bytes)) {
        readHeader(reader, *root, scheme);
        readQuestions(reader, *root, scheme);
        readMoney(reader, *root, scheme);
        readAdjustments(reader, *root, scheme);
    }
    if (!reader.ok()) {
        return refusal(fileName, reader.problem(), reader.detail());
    }
    if (const Status valid = RasSchemeValidator::check(scheme); !valid) {
        return refusal(fileName, valid.error().message, valid.error().detail);
    }
    return scheme;
}

QStringList RasSchemeLoader::shippedSchemePaths()
{
    return {
        QStringLiteral(":/ras/example-points.json"), QStringLiteral(":/ras/example-bands.json")};
}

} // namespace pb
