// RasAnswersLoader: reads an answers file into RasAnswers, and refuses one it
// cannot use with a message naming the file and the field:
//
//   { "scheme": "<scheme id>", "answers": { "<question id>": "<option id>", ... } }
//
// The loader knows no scheme, so it checks the shape only (a scheme id, and
// text ids for every answer); RasCalculator checks that the ids are the
// scheme's. Unknown top-level fields are refused, as in scheme files.
#pragma once

#include "common/result.h"
#include "ras/rasanswers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pb {

class RasAnswersLoader {
    Q_DECLARE_TR_FUNCTIONS(RasAnswersLoader)
public:
    static constexpr qint64 kLargestFileBytes = 1024 * 1024;

    static Result<RasAnswers> load(const QString& path);
    // fileName is only used to name the file in messages; it may be empty.
    static Result<RasAnswers> fromJson(const QByteArray& bytes, const QString& fileName = {});
};

} // namespace pb
