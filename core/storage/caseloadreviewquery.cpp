#include "storage/caseloadreviewquery.h"

#include "storage/database.h"
#include "storage/queryrunner.h"
#include "storage/reviewtables.h"
#include "storage/sqlvalue.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <vector>

namespace pb {

namespace {

// What a row of the second query is (its first column).
enum DetailKind { Rating = 0, Themes = 1 };

void addThemes(CaseloadReview& r, ReviewQuestion question, int outcomeKey, const QString& stored)
{
    const QStringList themes = ReviewTables::splitThemes(stored);
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
                           " r.overall_happiness, r.decision, rc.new_plan_id"
                           " FROM reviews r JOIN plans pl ON pl.id = r.plan_id"
                           " JOIN persons p ON p.id = pl.person_id"
                           " LEFT JOIN review_changes rc ON rc.plan_id = r.plan_id"
                           " AND rc.review_position = r.position"
                           "%1 ORDER BY p.name, p.id, pl.version, r.position")
                .arg(where),
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
            r.changedToPlanId = q.value(15).isNull() ? 0 : q.value(15).toLongLong();
            byReview.insert({r.planId, r.index}, reviews.size());
            reviews.append(std::move(r));
        }
    }
    if (reviews.isEmpty()) {
        return reviews;
    }

    // The details of every review in one query: each rating (with the
    // outcome's words and life area) and each comment's themes, told apart
    // by the first column. In the tables' own order, which is the order
    // they were written in: cheaper than asking the database to sort tens
    // of thousands of rows; ratings are put in their review's order below.
    QVariantList values;
    QString ratingsWhere;
    QString themesWhere;
    if (onlyPerson) {
        ratingsWhere =
            QStringLiteral(" WHERE ro.plan_id IN (SELECT id FROM plans WHERE person_id = ?)");
        themesWhere =
            QStringLiteral(" WHERE t.plan_id IN (SELECT id FROM plans WHERE person_id = ?)");
        values = {*onlyPerson, *onlyPerson};
    }
    auto qResult = run.select(
        QStringLiteral("SELECT %1, ro.plan_id, ro.review_position, ro.outcome_key, ro.position,"
                       " ro.rating, ro.comment, o.outcome_text, o.life_area"
                       " FROM review_outcomes ro"
                       " LEFT JOIN outcomes o ON o.plan_id = ro.plan_id"
                       " AND o.outcome_key = ro.outcome_key%3"
                       " UNION ALL"
                       " SELECT %2, t.plan_id, t.review_position, t.outcome_key, 0, t.question,"
                       " t.themes, NULL, NULL FROM review_themes t%4")
            .arg(Rating)
            .arg(Themes)
            .arg(ratingsWhere, themesWhere),
        values);
    if (!qResult) {
        return qResult.error();
    }
    QSqlQuery q = std::move(qResult).value();
    // Each review's rating positions, to put the ratings in order where the
    // rows did not come in it (only after edits; imports write in order).
    std::vector<QList<int>> positions(std::size_t(reviews.size()));
    while (q.next()) {
        const qint64 planId = q.value(1).toLongLong();
        const auto at = byReview.constFind({planId, q.value(2).toInt()});
        if (at == byReview.cend()) {
            continue; // themes of a review that is gone
        }
        CaseloadReview& r = reviews[*at];
        const int key = q.value(3).toInt();
        if (q.value(0).toInt() == Themes) {
            const auto question = enumFromKey<ReviewQuestion>(q.value(5).toString());
            if (!question) {
                return StorageError::unreadableValue(
                    QStringLiteral("themes of review %1 of plan %2").arg(r.index).arg(planId),
                    q.value(5).toString());
            }
            addThemes(r, *question, key, q.value(6).toString());
            continue;
        }
        const auto rating = enumFromKey<OutcomeRating>(q.value(5).toString());
        if (!rating) {
            return StorageError::unreadableValue(
                QStringLiteral("rating of outcome %1 in review %2 of plan %3")
                    .arg(key)
                    .arg(r.index)
                    .arg(planId),
                q.value(5).toString());
        }
        r.review.outcomes.append(OutcomeReview {key, *rating, q.value(6).toString()});
        positions[std::size_t(*at)].append(q.value(4).toInt());
        if (!q.value(7).isNull() && !r.outcome(key)) {
            const auto area = enumFromKey<LifeArea>(q.value(8).toString());
            if (!area) {
                return StorageError::unreadableValue(
                    QStringLiteral("life area of outcome %1 of plan %2").arg(key).arg(planId),
                    q.value(8).toString());
            }
            Outcome outcome;
            outcome.key = key;
            outcome.text = q.value(7).toString();
            outcome.lifeArea = *area;
            r.outcomes.append(outcome);
        }
    }
    for (qsizetype at = 0; at < reviews.size(); ++at) {
        const QList<int>& order = positions[std::size_t(at)];
        if (std::is_sorted(order.cbegin(), order.cend())) {
            continue;
        }
        QList<OutcomeReview>& outcomes = reviews[at].review.outcomes;
        QList<qsizetype> index(outcomes.size());
        std::iota(index.begin(), index.end(), 0);
        std::stable_sort(index.begin(), index.end(),
            [&](qsizetype a, qsizetype b) { return order.at(a) < order.at(b); });
        QList<OutcomeReview> sorted;
        sorted.reserve(outcomes.size());
        for (const qsizetype k : std::as_const(index)) {
            sorted.append(outcomes.at(k));
        }
        outcomes = std::move(sorted);
    }
    // Themes in a fixed order (the questions', then the outcomes'), whatever
    // order the rows came in.
    for (CaseloadReview& r : reviews) {
        if (r.themes.size() < 2) {
            continue;
        }
        std::stable_sort(r.themes.begin(), r.themes.end(),
            [](const CaseloadReview::CommentThemes& a, const CaseloadReview::CommentThemes& b) {
                return std::pair(int(a.question), a.outcomeKey)
                    < std::pair(int(b.question), b.outcomeKey);
            });
    }
    return reviews;
}

} // namespace pb
