// StorageError: the plain-words Errors the storage layer reports. A database
// failure is explained by what the person can do about it (free some space,
// close the other copy of the program, use a backup), never by the driver's
// words; those go into Error::detail for a bug report.
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace pb {

class StorageError {
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    // A statement, begin or commit that failed. Writes always run in a
    // transaction that is rolled back on failure, so every message can say
    // that nothing was changed.
    static Error fromSql(const QSqlError& error);

    // A stored value this version can't read (an unknown key, a bad date):
    // the file was changed outside the program or is damaged.
    static Error unreadableValue(const QString& what, const QString& value);

    static Error personNotFound(qint64 personId);
    static Error planNotFound(qint64 planId);

    // A caller broke the storage layer's contract (for example a support item
    // without a key). Shown rather than asserted, so no edit is lost silently.
    static Error programFault(const QString& detail);

    static QString technicalDetail(const QSqlError& error);
};

} // namespace pb
