#include "storage/caseloadreviewquery.h"

#include "storage/database.h"
#include "storage/queryrunner.h"
#include "storage/reviewtables.h"
#include "storage/sqlvalue.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QSqlQuery>

namespace pb {

namespace {

// A themes column of one of the three Working Together for Change answers:
// a LEFT JOIN on review_themes for the question, named `alias`.
QString themesJoin(const char* alias, ReviewQuestion question)
{
    return QStringLiteral(" LEFT JOIN review_themes %1 ON %1.plan_id = r.plan_id"
                          " AND %1.review_position = r.position AND %1.question = '%2'"
                          " AND %1.outcome_key = 0")
        .arg(QLatin1String(alias), enumKey(question));
}

void addThemes(CaseloadReview& r, ReviewQuestion question, int outcomeKey, const QVariant& stored)
{
    if (stored.isNull()) {
        return;
    }
    const QStringList themes = ReviewTables::splitThemes(stored.toString());
    if (!themes.isEmpty()) {
        r.themes.append(CaseloadReview::CommentThemes {question, outcomeKey, themes});
    }
}

} // namespace

CaseloadReviewQuery::CaseloadReviewQuery(Database& db)
    : m_db(db)
{
}

Result<QList<CaseloadReview>> CaseloadReviewQuery::list() const
{
    return select(std::nullopt);
}

Result<QList<CaseloadReview>> CaseloadReviewQuery::forPerson(qint64 personId) const
{
    return select(personId);
}

Result<QList<CaseloadReview>> CaseloadReviewQuery::select(std::optional<qint64> onlyPerson) const
{
    const QueryRunner run(m_db.connection());
    QList<CaseloadReview> reviews;
    // (plan id, review position) -> index in `reviews`.
    QHash<QPair<qint64, int>, qsizetype> byReview;
    {
        QVariantList values;
        QString where;
        if (onlyPerson) {
            where = QStringLiteral(" WHERE p.id = ?");
            values.append(*onlyPerson);
        }
        auto qResult = run.select(
            QStringLiteral("SELECT p.id, p.name, p.archived, pl.id, pl.version, pl.status,"
                           " pl.deployment_choice, r.position, r.review_date, r.reviewer,"
                           " r.working, r.not_working, r.important_for_future,"
                           " r.overall_happiness, r.decision, tw.themes, tn.themes, tf.themes,"
                           " rc.new_plan_id"
                           " FROM reviews r JOIN plans pl ON pl.id = r.plan_id"
                           " JOIN persons p ON p.id = pl.person_id"
                           "%1%2%3"
                           " LEFT JOIN review_changes rc ON rc.plan_id = r.plan_id"
                           " AND rc.review_position = r.position"
                           "%4 ORDER BY p.name, p.id, pl.version, r.position")
                .arg(themesJoin("tw", ReviewQuestion::Working),
                    themesJoin("tn", ReviewQuestion::NotWorking),
                    themesJoin("tf", ReviewQuestion::ImportantForFuture), where),
            values);
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        while (q.next()) {
            CaseloadReview r;
            r.personId = q.value(0).toLongLong();
            r.name = q.value(1).toString();
            r.archived = SqlValue::toFlag(q.value(2));
            r.planId = q.value(3).toLongLong();
            r.version = q.value(4).toInt();
            const auto status = enumFromKey<PlanStatus>(q.value(5).toString());
            const auto choice = enumFromKey<DeploymentChoice>(q.value(6).toString());
            const auto decision = enumFromKey<ReviewDecision>(q.value(14).toString());
            const QDate date = SqlValue::toDate(q.value(8));
            if (!status || !choice || !decision || (!q.value(8).isNull() && !date.isValid())) {
                return StorageError::unreadableValue(
                    QStringLiteral("review %1 of plan %2").arg(q.value(7).toInt()).arg(r.planId),
                    QStringLiteral("%1/%2/%3/%4")
                        .arg(q.value(5).toString(), q.value(6).toString(), q.value(14).toString(),
                            q.value(8).toString()));
            }
            r.status = *status;
            r.deployment = *choice;
            r.index = q.value(7).toInt();
            r.review.date = date;
            r.review.reviewer = q.value(9).toString();
            r.review.working = q.value(10).toString();
            r.review.notWorking = q.value(11).toString();
            r.review.importantForFuture = q.value(12).toString();
            r.review.overallHappiness = q.value(13).toInt();
            r.review.decision = *decision;
            addThemes(r, ReviewQuestion::Working, 0, q.value(15));
            addThemes(r, ReviewQuestion::NotWorking, 0, q.value(16));
            addThemes(r, ReviewQuestion::ImportantForFuture, 0, q.value(17));
            r.changedToPlanId = q.value(18).isNull() ? 0 : q.value(18).toLongLong();
            byReview.insert({r.planId, r.index}, reviews.size());
            reviews.append(std::move(r));
        }
    }
    if (reviews.isEmpty()) {
        return reviews;
    }

    QVariantList values;
    QString where;
    if (onlyPerson) {
        where = QStringLiteral(" WHERE ro.plan_id IN (SELECT id FROM plans WHERE person_id = ?)");
        values.append(*onlyPerson);
    }
    auto qResult = run.select(
        QStringLiteral("SELECT ro.plan_id, ro.review_position, ro.outcome_key, ro.rating,"
                       " ro.comment, o.outcome_text, o.life_area, o.top_three,"
                       " o.how_i_will_know, t.themes"
                       " FROM review_outcomes ro"
                       " LEFT JOIN outcomes o ON o.plan_id = ro.plan_id"
                       " AND o.outcome_key = ro.outcome_key"
                       " LEFT JOIN review_themes t ON t.plan_id = ro.plan_id"
                       " AND t.review_position = ro.review_position AND t.question = '%1'"
                       " AND t.outcome_key = ro.outcome_key"
                       "%2 ORDER BY ro.plan_id, ro.review_position, ro.position")
            .arg(enumKey(ReviewQuestion::Outcome), where),
        values);
    if (!qResult) {
        return qResult.error();
    }
    QSqlQuery q = std::move(qResult).value();
    while (q.next()) {
        const qint64 planId = q.value(0).toLongLong();
        const auto at = byReview.constFind({planId, q.value(1).toInt()});
        if (at == byReview.cend()) {
            continue;
        }
        CaseloadReview& r = reviews[*at];
        const int key = q.value(2).toInt();
        const auto rating = enumFromKey<OutcomeRating>(q.value(3).toString());
        if (!rating) {
            return StorageError::unreadableValue(
                QStringLiteral("rating of outcome %1 in review %2 of plan %3")
                    .arg(key)
                    .arg(r.index)
                    .arg(planId),
                q.value(3).toString());
        }
        r.review.outcomes.append(OutcomeReview {key, *rating, q.value(4).toString()});
        if (!q.value(5).isNull()) {
            const auto area = enumFromKey<LifeArea>(q.value(6).toString());
            if (!area) {
                return StorageError::unreadableValue(
                    QStringLiteral("life area of outcome %1 of plan %2").arg(key).arg(planId),
                    q.value(6).toString());
            }
            r.outcomes.insert(key,
                Outcome {key, q.value(5).toString(), *area, SqlValue::toFlag(q.value(7)),
                    q.value(8).toString()});
        }
        addThemes(r, ReviewQuestion::Outcome, key, q.value(9));
    }
    return reviews;
}

} // namespace pb
