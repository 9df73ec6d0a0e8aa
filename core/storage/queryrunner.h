// QueryRunner: prepares a statement, binds its values in order ("?"
// placeholders, which every Qt SQL driver understands) and runs it, turning a
// driver failure into a plain-words Error. The repositories' only way to talk
// to the database, so every statement is bound (never pasted together from
// what a person typed) and every failure is explained the same way.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace pb {

class QueryRunner {
public:
    explicit QueryRunner(QSqlDatabase db);

    // Runs a statement that returns rows; the query is forward-only (rows are
    // read once, in order, which keeps large listings cheap).
    Result<QSqlQuery> select(const QString& sql, const QVariantList& values = {}) const;
    // Runs a statement that changes rows; returns how many rows it touched.
    Result<int> change(const QString& sql, const QVariantList& values = {}) const;
    // Runs a change and returns the key the database gave the new row.
    Result<qint64> insert(const QString& sql, const QVariantList& values = {}) const;

    QSqlDatabase database() const { return m_db; }

private:
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace pb
