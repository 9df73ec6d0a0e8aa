#include "storage/reviewtables.h"

#include "storage/sqlvalue.h"

#include <QSqlQuery>

namespace pb {

namespace {

Status asStatus(const Result<int>& changed)
{
    if (!changed) {
        return changed.error();
    }
    return success();
}

Result<QSqlQuery> selectOne(const QueryRunner& run, const QString& sql, const QVariantList& values)
{
    auto selected = run.select(sql, values);
    if (!selected) {
        return selected.error();
    }
    return std::move(selected).value();
}

} // namespace

Result<bool> ReviewTables::reviewExists(const QueryRunner& run, qint64 planId, int index)
{
    auto q = selectOne(run,
        QStringLiteral("SELECT COUNT(*) FROM reviews WHERE plan_id = ? AND position = ?"),
        {planId, index});
    if (!q) {
        return q.error();
    }
    return q.value().next() && q.value().value(0).toInt() > 0;
}

Result<int> ReviewTables::reviewCount(const QueryRunner& run, qint64 planId)
{
    auto q =
        selectOne(run, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE plan_id = ?"), {planId});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Status ReviewTables::setThemes(
    const QueryRunner& run, const ReviewComment& comment, const QStringList& themes)
{
    const QVariantList key {
        comment.planId, comment.reviewIndex, SqlValue::key(comment.question), comment.outcomeKey};
    if (auto st = asStatus(run.change(QStringLiteral("DELETE FROM review_themes WHERE plan_id = ?"
                                                     " AND review_position = ? AND question = ?"
                                                     " AND outcome_key = ?"),
            key));
        !st) {
        return st;
    }
    if (themes.isEmpty()) {
        return success();
    }
    return asStatus(run.change(QStringLiteral("INSERT INTO review_themes (plan_id, review_position,"
                                              " question, outcome_key, themes)"
                                              " VALUES (?, ?, ?, ?, ?)"),
        key + QVariantList {SqlValue::text(joinThemes(themes))}));
}

Result<QStringList> ReviewTables::themes(const QueryRunner& run, const ReviewComment& comment)
{
    auto q = selectOne(run,
        QStringLiteral("SELECT themes FROM review_themes WHERE plan_id = ?"
                       " AND review_position = ? AND question = ? AND outcome_key = ?"),
        {comment.planId, comment.reviewIndex, SqlValue::key(comment.question), comment.outcomeKey});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? splitThemes(q.value().value(0).toString()) : QStringList();
}

Status ReviewTables::linkChange(const QueryRunner& run, qint64 planId, int index, qint64 newPlanId)
{
    if (auto st = asStatus(run.change(
            QStringLiteral("DELETE FROM review_changes WHERE plan_id = ? AND review_position = ?"),
            {planId, index}));
        !st) {
        return st;
    }
    return asStatus(run.change(QStringLiteral("INSERT INTO review_changes (plan_id,"
                                              " review_position, new_plan_id) VALUES (?, ?, ?)"),
        {planId, index, newPlanId}));
}

Status ReviewTables::removeReview(const QueryRunner& run, qint64 planId, int index)
{
    // Children first, so it works with or without cascading keys.
    for (const char* table : {"review_themes", "review_changes", "review_outcomes"}) {
        if (auto st = asStatus(run.change(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?"
                                                         " AND review_position = ?")
                                              .arg(QLatin1String(table)),
                {planId, index}));
            !st) {
            return st;
        }
    }
    return asStatus(run.change(
        QStringLiteral("DELETE FROM reviews WHERE plan_id = ? AND position = ?"), {planId, index}));
}

Status ReviewTables::setReviewDate(const QueryRunner& run, qint64 planId, QDate date)
{
    return asStatus(run.change(QStringLiteral("UPDATE plans SET review_date = ? WHERE id = ?"),
        {SqlValue::date(date), planId}));
}

QString ReviewTables::joinThemes(const QStringList& themes)
{
    return themes.join(QLatin1Char('\n'));
}

QStringList ReviewTables::splitThemes(const QString& stored)
{
    return stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace pb
