// DataFile: reading one small data file (a RAS scheme, a file of answers)
// whole, with the plain-words message the caller chooses for each way it can
// fail, and the path and the system's reason kept in the detail. The loaders
// then check the bytes themselves.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace pb {

class DataFile {
public:
    struct Messages {
        QString cannotOpen; // the file is missing or may not be read
        QString tooBig; // larger than such a file can be
        QString cannotRead; // opened, but reading failed part way
    };

    static Result<QByteArray> read(
        const QString& path, qint64 largestBytes, const Messages& messages);
};

} // namespace pb
