// Migration: one numbered step of the database schema. Step N turns a
// database at version N-1 into version N. Steps are never edited once
// released: a change to the schema is a new step, so every database ever
// written can be brought up to date (and the tests do that from every
// version). Statements are portable SQL; "{{identity}}" stands for the
// dialect's auto-numbered key column.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace pb {

struct Migration {
    int version = 0; // the schema version this step produces
    QString summary; // what it changes, for logs and the backup's reason
    QStringList statements;
    // Optional work after the statements (moving data); runs in the same
    // transaction as the statements.
    std::function<Status(QSqlDatabase&)> apply;
};

} // namespace pb
