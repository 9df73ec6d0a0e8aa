#include "ras/rasanswersloader.h"

#include "common/datafile.h"
#include "ras/jsonfieldreader.h"

#include <QFile>
#include <QFileInfo>

namespace pb {

namespace {

Error refusal(const QString& fileName, const QString& problem, const QString& detail)
{
    const QString message = fileName.isEmpty()
        ? RasAnswersLoader::tr("The answers cannot be used. %1").arg(problem)
        : RasAnswersLoader::tr("The answers in \"%1\" cannot be used. %2").arg(fileName, problem);
    return Error {message, detail};
}

} // namespace

Result<RasAnswers> RasAnswersLoader::load(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto bytes = DataFile::read(path, kLargestFileBytes,
        {tr("The answers file \"%1\" could not be opened. Check that it is there "
            "and that you may read it.")
                .arg(fileName),
            tr("The file \"%1\" is too big to be a file of answers.").arg(fileName),
            tr("The answers file \"%1\" could not be read.").arg(fileName)});
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

Result<RasAnswers> RasAnswersLoader::fromJson(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > kLargestFileBytes) {
        return refusal(fileName, tr("It is too big to be a file of answers."), {});
    }
    using Need = JsonFieldReader::Need;
    JsonFieldReader reader;
    RasAnswers answers;
    if (const auto root = reader.document(bytes)) {
        reader.onlyKeys(*root, {}, {QStringLiteral("scheme"), QStringLiteral("answers")});
        answers.schemeId =
            reader.id(*root, {}, QStringLiteral("scheme"), Need::Required).value_or(QString());
        const QString path = QStringLiteral("answers");
        if (const auto chosen = reader.object(*root, {}, path, Need::Required)) {
            for (auto it = chosen->begin(); it != chosen->end() && reader.ok(); ++it) {
                const QString fieldPath = JsonFieldReader::childPath(path, it.key());
                if (!JsonFieldReader::isValidId(it.key())) {
                    reader.fail(tr("%1 is not a question id: ids are short names of letters, "
                                   "digits, \"-\", \"_\" or \".\".")
                                    .arg(QLatin1Char('"') + fieldPath + QLatin1Char('"')));
                    break;
                }
                if (const auto option = reader.textValue(it.value(), fieldPath)) {
                    answers.answers.insert(it.key(), *option);
                }
            }
        }
    }
    if (!reader.ok()) {
        return refusal(fileName, reader.problem(), reader.detail());
    }
    return answers;
}

} // namespace pb
