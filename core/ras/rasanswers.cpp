#include "ras/rasanswers.h"

namespace pb {

QJsonObject RasAnswers::toJson() const
{
    QJsonObject chosen;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        chosen.insert(it.key(), it.value());
    }
    return QJsonObject {{QStringLiteral("scheme"), schemeId}, {QStringLiteral("answers"), chosen}};
}

} // namespace pb
