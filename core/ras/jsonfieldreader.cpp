#include "ras/jsonfieldreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace pb {

namespace {

// Doubles hold every whole number up to 2^53 exactly; beyond that a JSON
// number may already have been rounded when it was read, so it is refused.
constexpr double kLargestExactWholeNumber = 9007199254740992.0;

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString JsonFieldReader::childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString JsonFieldReader::itemPath(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool JsonFieldReader::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

std::optional<QJsonObject> JsonFieldReader::document(const QByteArray& bytes)
{
    if (!ok()) {
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("It is not a JSON file, or it is damaged."),
            QStringLiteral("JSON error at byte %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(tr("It must hold one group of fields in { }, and it does not."));
        return std::nullopt;
    }
    return doc.object();
}

void JsonFieldReader::onlyKeys(
    const QJsonObject& object, const QString& path, const QStringList& known)
{
    if (!ok()) {
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(tr("%1 is not a field the program knows. Check its spelling; the fields "
                    "that can be here are: %2.")
                     .arg(quoted(childPath(path, it.key())), known.join(QStringLiteral(", "))));
            return;
        }
    }
}

std::optional<QJsonValue> JsonFieldReader::value(
    const QJsonObject& object, const QString& path, const QString& key, Need need)
{
    if (!ok()) {
        return std::nullopt;
    }
    const QJsonValue v = object.value(key);
    // null is treated as "not given", the way most JSON writers mean it.
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required) {
            fail(tr("%1 is missing.").arg(quoted(childPath(path, key))));
        }
        return std::nullopt;
    }
    return v;
}

std::optional<QString> JsonFieldReader::text(
    const QJsonObject& object, const QString& path, const QString& key, Need need)
{
    const auto v = value(object, path, key, need);
    if (!v) {
        return std::nullopt;
    }
    return textValue(*v, childPath(path, key));
}

std::optional<QString> JsonFieldReader::textValue(const QJsonValue& v, const QString& path)
{
    if (!ok()) {
        return std::nullopt;
    }
    if (!v.isString()) {
        fail(tr("%1 must be text in quotes.").arg(quoted(path)));
        return std::nullopt;
    }
    const QString s = v.toString().trimmed();
    if (s.isEmpty()) {
        fail(tr("%1 is empty: it needs some words.").arg(quoted(path)));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonFieldReader::checkedId(const QJsonValue& v, const QString& path)
{
    const auto s = textValue(v, path);
    if (!s) {
        return std::nullopt;
    }
    if (!isValidId(*s)) {
        fail(tr("%1 must be a short name of letters, digits, \"-\", \"_\" or \".\" "
                "(at most 64, for example \"personal-care\"), not %2.")
                 .arg(quoted(path), quoted(*s)));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonFieldReader::id(
    const QJsonObject& object, const QString& path, const QString& key, Need need)
{
    const auto v = value(object, path, key, need);
    if (!v) {
        return std::nullopt;
    }
    return checkedId(*v, childPath(path, key));
}

std::optional<qint64> JsonFieldReader::wholeNumber(
    const QJsonObject& object, const QString& path, const QString& key, Need need, Unit unit)
{
    const auto v = value(object, path, key, need);
    if (!v) {
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::trunc(d) != d
        || std::fabs(d) > kLargestExactWholeNumber) {
        const QString field = quoted(childPath(path, key));
        switch (unit) {
        case Unit::Pence:
            fail(tr("%1 must be a whole number of pence, without quotes (for example 4250 for "
                    "£42.50).")
                     .arg(field));
            break;
        case Unit::Points:
            fail(tr("%1 must be a whole number of points, without quotes.").arg(field));
            break;
        case Unit::BasisPoints:
            fail(tr("%1 must be a whole number of hundredths of a percent, without quotes "
                    "(for example -1000 for 10% less).")
                     .arg(field));
            break;
        case Unit::Count:
            fail(tr("%1 must be a whole number, without quotes.").arg(field));
            break;
        }
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<bool> JsonFieldReader::boolean(
    const QJsonObject& object, const QString& path, const QString& key, Need need)
{
    const auto v = value(object, path, key, need);
    if (!v) {
        return std::nullopt;
    }
    if (!v->isBool()) {
        fail(tr("%1 must be true or false, without quotes.").arg(quoted(childPath(path, key))));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QDate> JsonFieldReader::date(
    const QJsonObject& object, const QString& path, const QString& key, Need need)
{
    const auto v = value(object, path, key, need);
    if (!v) {
        return std::nullopt;
    }
    const QDate d = QDate::fromString(v->toString(), Qt::ISODate);
    if (!v->isString() || !d.isValid()) {
        fail(tr("%1 must be a date written as year-month-day, for example \"2024-04-01\".")
                 .arg(quoted(childPath(path, key))));
        return std::nullopt;
    }
    return d;
}

std::optional<QJsonObject> JsonFieldReader::object(
    const QJsonObject& parent, const QString& path, const QString& key, Need need)
{
    const auto v = value(parent, path, key, need);
    if (!v) {
        return std::nullopt;
    }
    if (!v->isObject()) {
        fail(tr("%1 must be a group of fields in { }.").arg(quoted(childPath(path, key))));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(
    const QJsonObject& object, const QString& path, const QString& key, Need need)
{
    const auto v = value(object, path, key, need);
    if (!v) {
        return std::nullopt;
    }
    if (!v->isArray()) {
        fail(tr("%1 must be a list in [ ].").arg(quoted(childPath(path, key))));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QJsonObject> JsonFieldReader::objectAt(
    const QJsonArray& array, const QString& path, qsizetype index)
{
    if (!ok()) {
        return std::nullopt;
    }
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        fail(tr("%1 must be a group of fields in { }.").arg(quoted(itemPath(path, index))));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QString> JsonFieldReader::idAt(
    const QJsonArray& array, const QString& path, qsizetype index)
{
    if (!ok()) {
        return std::nullopt;
    }
    return checkedId(array.at(index), itemPath(path, index));
}

void JsonFieldReader::fail(const QString& problem, const QString& detail)
{
    if (ok()) {
        m_problem = problem;
        m_detail = detail;
    }
}

} // namespace pb
