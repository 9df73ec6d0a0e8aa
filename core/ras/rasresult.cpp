#include "ras/rasresult.h"

#include "money/moneyformatter.h"
#include "money/period.h"

#include <QJsonArray>

namespace pb {

qint64 RasResult::pointsFor(const QString& questionId) const
{
    for (const auto& q : questionPoints) {
        if (q.questionId == questionId) {
            return q.points;
        }
    }
    return 0;
}

QJsonObject RasResult::toJson() const
{
    const MoneyFormatter formatter;
    QJsonArray questions;
    for (const auto& q : questionPoints) {
        questions.append(QJsonObject {
            {QStringLiteral("question"), q.questionId},
            {QStringLiteral("option"), q.answered() ? QJsonValue(q.optionId) : QJsonValue()},
            {QStringLiteral("points"), q.points},
        });
    }
    QJsonArray applied;
    for (const auto& a : adjustments) {
        QJsonObject o {
            {QStringLiteral("id"), a.adjustment.id},
            {QStringLiteral("reason"), a.adjustment.reason},
            {QStringLiteral("changePence"), a.change.pence()},
            {QStringLiteral("change"), formatter.format(a.change, Period::Year)},
        };
        if (a.adjustment.percentBasisPoints) {
            o.insert(QStringLiteral("percentBasisPoints"), *a.adjustment.percentBasisPoints);
        }
        applied.append(o);
    }
    QJsonObject json {
        {QStringLiteral("scheme"), schemeId},
        {QStringLiteral("amountPence"), amount.pence()},
        {QStringLiteral("amount"), formatter.format(amount, Period::Year)},
        {QStringLiteral("period"), periodKey(Period::Year)},
        {QStringLiteral("points"), totalPoints},
        {QStringLiteral("complete"), isComplete()},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("unanswered"), QJsonArray::fromStringList(unanswered)},
        {QStringLiteral("fromPointsPence"), fromPoints.pence()},
        {QStringLiteral("floorApplied"), floorApplied},
        {QStringLiteral("ceilingApplied"), ceilingApplied},
        {QStringLiteral("stoppedAtZero"), percentagesStoppedAtZero || fixedStoppedAtZero},
        {QStringLiteral("adjustments"), applied},
        {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
    };
    if (band) {
        json.insert(QStringLiteral("band"),
            QJsonObject {
                {QStringLiteral("name"), band->name},
                {QStringLiteral("fromPoints"), band->fromPoints},
                {QStringLiteral("toPoints"),
                    band->toPoints ? QJsonValue(*band->toPoints) : QJsonValue()},
                {QStringLiteral("amountPence"), band->amount.pence()},
            });
    }
    return json;
}

} // namespace pb
