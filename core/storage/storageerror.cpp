#include "storage/storageerror.h"

#include "storage/sqlitedialect.h"

namespace pb {

Error StorageError::fromSql(const QSqlError& error)
{
    QString message;
    switch (SqliteDialect::classify(error)) {
    case SqliteDialect::Failure::DiskFull:
        message = tr("There isn't enough free space on the disk to save this, so nothing was "
                     "changed. Free some space (for example, empty the wastebasket) and try "
                     "again.");
        break;
    case SqliteDialect::Failure::ReadOnly:
        message = tr("This database can be read but not changed, so nothing was saved. Check "
                     "that the file and its folder are not read-only, or ask whoever looks "
                     "after this computer.");
        break;
    case SqliteDialect::Failure::CantOpen:
        message = tr("The database file, or the small working files kept beside it, couldn't "
                     "be opened, so nothing was changed. Check that the folder exists and that "
                     "you are allowed to change it, then try again.");
        break;
    case SqliteDialect::Failure::NotADatabase:
        message = tr("This file isn't a Personal Budget Planner database, so it wasn't used. "
                     "Choose the database file instead.");
        break;
    case SqliteDialect::Failure::Damaged:
        message = tr("The database file is damaged, so this couldn't be done and nothing was "
                     "changed. Use a backup copy if you have one, and keep the damaged file for "
                     "whoever helps you with it.");
        break;
    case SqliteDialect::Failure::Busy:
        message = tr("Another program is using the database right now, so nothing was "
                     "changed. Close any other copy of Personal Budget Planner and try again.");
        break;
    case SqliteDialect::Failure::Conflict:
        message = tr("This change clashes with what is already saved, so nothing was changed. "
                     "This is a fault in the program: please report it with the details "
                     "below.");
        break;
    case SqliteDialect::Failure::Other:
        message = tr("The database couldn't do this, so nothing was changed. Try again; if it "
                     "keeps happening, please report it with the details below.");
        break;
    }
    return Error {message, technicalDetail(error)};
}

Error StorageError::unreadableValue(const QString& what, const QString& value)
{
    return Error {tr("Part of this plan can't be read: the database holds a value this version "
                     "of the program doesn't know. The file may have been changed by another "
                     "program or be damaged. Use a backup copy if you have one."),
        QStringLiteral("unreadable %1: \"%2\"").arg(what, value)};
}

Error StorageError::personNotFound(qint64 personId)
{
    return Error {tr("This person is no longer in the database, so nothing was changed. Go "
                     "back to the caseload and open them again."),
        QStringLiteral("no person with id %1").arg(personId)};
}

Error StorageError::planNotFound(qint64 planId)
{
    return Error {tr("This plan is no longer in the database, so nothing was changed. Go back "
                     "to the caseload and open it again."),
        QStringLiteral("no plan with id %1").arg(planId)};
}

Error StorageError::programFault(const QString& detail)
{
    return Error {tr("This couldn't be saved because of a fault in the program, so nothing "
                     "was changed. Please report it with the details below."),
        detail};
}

QString StorageError::technicalDetail(const QSqlError& error)
{
    QStringList parts;
    if (!error.databaseText().isEmpty()) {
        parts << error.databaseText();
    }
    if (!error.driverText().isEmpty()) {
        parts << error.driverText();
    }
    if (!error.nativeErrorCode().isEmpty()) {
        parts << QStringLiteral("code %1").arg(error.nativeErrorCode());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace pb
