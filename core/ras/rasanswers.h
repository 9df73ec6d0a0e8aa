// RasAnswers: a person's answers to one RAS scheme's questions (question id ->
// chosen option id), as saved in an answers file and used by the command line
// (`pbplanner ras`). A question that is not in the map is not answered yet.
// RasAnswersLoader reads the file; RasCalculator checks the ids against the
// scheme.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pb {

class RasAnswers {
public:
    QString schemeId;
    QMap<QString, QString> answers; // question id -> option id (the form Budget::rasAnswers keeps)

    // The answers file: { "scheme": "<scheme id>", "answers": { "<question id>": "<option id>" } }
    QJsonObject toJson() const;

    bool operator==(const RasAnswers&) const = default;
};

} // namespace pb
