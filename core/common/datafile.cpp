#include "common/datafile.h"

#include <QFile>

namespace pb {

Result<QByteArray> DataFile::read(
    const QString& path, qint64 largestBytes, const Messages& messages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {messages.cannotOpen, path + QStringLiteral(": ") + file.errorString()};
    }
    if (file.size() > largestBytes) {
        return Error {messages.tooBig, path + QStringLiteral(": %1 bytes").arg(file.size())};
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error {messages.cannotRead, path + QStringLiteral(": ") + file.errorString()};
    }
    return bytes;
}

} // namespace pb
