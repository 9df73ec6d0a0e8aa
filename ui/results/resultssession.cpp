#include "results/resultssession.h"

#include "storage/caseloadreviewquery.h"
#include "storage/reviewthemerepository.h"

#include <QMap>

namespace pb::ui {

ResultsSession::ResultsSession(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

bool ResultsSession::reload()
{
    auto reviews = CaseloadReviewQuery(m_db).list();
    if (!reviews.ok()) {
        emit failed(reviews.error().message);
        return false;
    }
    m_reviews = std::move(reviews).value();
    // Tags undone later would name reviews as they were: start afresh.
    m_undo.clear();
    recalculate();
    emit changed();
    return true;
}

void ResultsSession::recalculate()
{
    m_results = CaseloadResults::calculate(m_reviews, m_filter);
}

QStringList ResultsSession::knownThemes() const
{
    QMap<QString, QString> byFolded; // case-folded -> first spelling seen
    for (const CaseloadReview& r : m_reviews) {
        for (const CaseloadReview::CommentThemes& t : r.themes) {
            for (const QString& theme : t.themes) {
                byFolded.insert(theme.toCaseFolded(), byFolded.value(theme.toCaseFolded(), theme));
            }
        }
    }
    return byFolded.values();
}

const CaseloadReview* ResultsSession::review(qint64 planId, int index) const
{
    for (const qsizetype at : m_results.counted()) {
        const CaseloadReview& r = m_reviews.at(at);
        if (r.planId == planId && r.index == index) {
            return &r;
        }
    }
    return nullptr;
}

void ResultsSession::setFilter(const ResultsFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    recalculate();
    emit changed();
}

bool ResultsSession::applyThemes(const ReviewComment& comment, const QStringList& themes)
{
    const QStringList tidied = ReviewThemeRepository::tidy(themes);
    const Status saved = ReviewThemeRepository(m_db).setThemes(comment, tidied);
    if (!saved.ok()) {
        emit failed(saved.error().message);
        return false;
    }
    for (CaseloadReview& r : m_reviews) {
        if (r.planId != comment.planId || r.index != comment.reviewIndex) {
            continue;
        }
        r.themes.removeIf([&](const CaseloadReview::CommentThemes& t) {
            return t.question == comment.question && t.outcomeKey == comment.outcomeKey;
        });
        if (!tidied.isEmpty()) {
            r.themes.append(
                CaseloadReview::CommentThemes {comment.question, comment.outcomeKey, tidied});
        }
    }
    recalculate();
    emit changed();
    return true;
}

} // namespace pb::ui
