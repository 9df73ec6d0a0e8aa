#include "rastestschemes.h"

#include "ras/rasschemeloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

namespace pb::test {

namespace {

QJsonObject option(const char* id, int points)
{
    return QJsonObject {{QStringLiteral("id"), QString::fromLatin1(id)},
        {QStringLiteral("label"), QStringLiteral("Answer %1").arg(QString::fromLatin1(id))},
        {QStringLiteral("points"), points}};
}

QJsonObject question(const char* id, const QJsonArray& options)
{
    return QJsonObject {{QStringLiteral("id"), QString::fromLatin1(id)},
        {QStringLiteral("question"), QStringLiteral("Question %1?").arg(QString::fromLatin1(id))},
        {QStringLiteral("options"), options}};
}

QJsonObject header(const char* id)
{
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("pbplanner-ras-scheme")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("id"), QString::fromLatin1(id)},
        {QStringLiteral("name"), QStringLiteral("Test scheme")},
        {QStringLiteral("council"), QStringLiteral("Test council")},
        {QStringLiteral("ratesAsOf"), QStringLiteral("2024-04-01")},
        {QStringLiteral("source"), QStringLiteral("Written for the tests")},
        {QStringLiteral("terms"),
            QJsonObject {{QStringLiteral("questionnaire"), QStringLiteral("Needs questionnaire")},
                {QStringLiteral("amount"), QStringLiteral("planning amount")}}},
    };
}

QJsonObject band(const char* name, int from, std::optional<int> to, int pence)
{
    QJsonObject b {{QStringLiteral("name"), QString::fromLatin1(name)},
        {QStringLiteral("fromPoints"), from}, {QStringLiteral("amountPence"), pence}};
    if (to) {
        b.insert(QStringLiteral("toPoints"), *to);
    }
    return b;
}

// A path step: a key, then any number of [index].
using Step = std::pair<QString, QList<int>>;

QList<Step> parsePath(const QString& path)
{
    QList<Step> steps;
    static const QRegularExpression part(QStringLiteral("^([^\\[]+)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    for (const QString& piece : path.split(QLatin1Char('.'))) {
        const auto m = part.match(piece);
        Q_ASSERT(m.hasMatch());
        Step s {m.captured(1), {}};
        auto it = index.globalMatch(m.captured(2));
        while (it.hasNext()) {
            s.second << it.next().captured(1).toInt();
        }
        steps << s;
    }
    return steps;
}

QJsonValue setIn(const QJsonValue& node, const QList<Step>& steps, qsizetype step, int depth,
    const QJsonValue& value);

// Sets inside an array at steps[step].second[depth].
QJsonValue setInArray(const QJsonValue& node, const QList<Step>& steps, qsizetype step, int depth,
    const QJsonValue& value)
{
    QJsonArray array = node.toArray();
    const int i = steps[step].second[depth];
    const bool lastIndex = depth == steps[step].second.size() - 1;
    if (lastIndex && step == steps.size() - 1) {
        if (value.isUndefined()) {
            array.removeAt(i);
        } else {
            array[i] = value;
        }
        return array;
    }
    array[i] = lastIndex ? setIn(array.at(i), steps, step + 1, 0, value)
                         : setInArray(array.at(i), steps, step, depth + 1, value);
    return array;
}

QJsonValue setIn(
    const QJsonValue& node, const QList<Step>& steps, qsizetype step, int, const QJsonValue& value)
{
    QJsonObject object = node.toObject();
    const Step& s = steps[step];
    if (!s.second.isEmpty()) {
        object.insert(s.first, setInArray(object.value(s.first), steps, step, 0, value));
    } else if (step == steps.size() - 1) {
        if (value.isUndefined()) {
            object.remove(s.first);
        } else {
            object.insert(s.first, value);
        }
    } else {
        object.insert(s.first, setIn(object.value(s.first), steps, step + 1, 0, value));
    }
    return object;
}

} // namespace

QJsonObject pointsSchemeJson()
{
    QJsonObject s = header("test-points");
    s.insert(QStringLiteral("questions"),
        QJsonArray {
            question("q1", {option("none", 0), option("some", 10), option("lots", 30)}),
            question("q2", {option("none", 0), option("some", 5), option("lots", 20)}),
            question("carer", {option("none", 0), option("some", 0), option("lots", 0)}),
        });
    s.insert(QStringLiteral("money"),
        QJsonObject {{QStringLiteral("rule"), QStringLiteral("price-per-point")},
            {QStringLiteral("pricePerPointPence"), 4200}, {QStringLiteral("floorPence"), 100000},
            {QStringLiteral("ceilingPence"), 200000}});
    s.insert(QStringLiteral("adjustments"),
        QJsonArray {
            QJsonObject {{QStringLiteral("id"), QStringLiteral("carer-some")},
                {QStringLiteral("reason"), QStringLiteral("Your family carer gives you support")},
                {QStringLiteral("question"), QStringLiteral("carer")},
                {QStringLiteral("options"), QJsonArray {QStringLiteral("some")}},
                {QStringLiteral("percentBasisPoints"), -1000}},
            QJsonObject {{QStringLiteral("id"), QStringLiteral("carer-lots")},
                {QStringLiteral("reason"), QStringLiteral("Your family carer needs a break")},
                {QStringLiteral("question"), QStringLiteral("carer")},
                {QStringLiteral("options"), QJsonArray {QStringLiteral("lots")}},
                {QStringLiteral("amountPence"), 50000},
                {QStringLiteral("councilTerm"), QStringLiteral("carer support allocation")}},
        });
    return s;
}

QJsonObject bandsSchemeJson()
{
    QJsonObject s = header("test-bands");
    QJsonArray options;
    for (int n = 0; n <= 31; ++n) {
        options.append(option(qPrintable(QStringLiteral("p%1").arg(n)), n));
    }
    s.insert(QStringLiteral("questions"), QJsonArray {question("score", options)});
    s.insert(QStringLiteral("money"),
        QJsonObject {{QStringLiteral("rule"), QStringLiteral("bands")},
            {QStringLiteral("bands"),
                QJsonArray {band("Band A", 0, 9, 100000), band("Band B", 10, 19, 200000),
                    band("Band C", 20, 29, 350000), band("Band D", 30, std::nullopt, 500000)}}});
    return s;
}

void setAt(QJsonObject& root, const QString& path, const QJsonValue& value)
{
    root = setIn(root, parsePath(path), 0, 0, value).toObject();
}

QByteArray toBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

RasScheme loadScheme(const QJsonObject& object)
{
    const auto scheme = RasSchemeLoader::fromJson(toBytes(object), QStringLiteral("test.json"));
    if (!scheme) {
        qFatal("test scheme refused: %s", qPrintable(scheme.error().fullText()));
    }
    return scheme.value();
}

} // namespace pb::test
