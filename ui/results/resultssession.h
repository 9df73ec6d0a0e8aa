// ResultsSession: the caseload's reviews as the results page shows them
// ("checking the results"): every review (CaseloadReviewQuery), the filter
// chosen on the page, the figures worked out from them (CaseloadResults),
// and the undo history of the broker's theme tags.
//
// Like PlanSession: a theme tag is saved before it is shown (applyThemes
// writes through ReviewThemeRepository, then updates the reviews held here,
// works the figures out again and emits changed()); when the write fails
// nothing changes and failed() says why. The page never calls applyThemes()
// itself: it pushes a SetThemesCommand, so every tag can be undone.
//
// The reviews are read when the page is opened (reload()), not on every
// change elsewhere: the results are a look at the caseload at that moment.
#pragma once

#include "results/caseloadresults.h"
#include "storage/caseloadreview.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

namespace pb {
class Database;
}

namespace pb::ui {

class ResultsSession : public QObject {
    Q_OBJECT
public:
    explicit ResultsSession(Database& db, QObject* parent = nullptr);

    // Reads every review again and works the figures out; false (and
    // failed()) when the database can't be read.
    bool reload();

    const QList<CaseloadReview>& reviews() const { return m_reviews; }
    const ResultsFilter& filter() const { return m_filter; }
    const CaseloadResults& results() const { return m_results; }
    QUndoStack* undoStack() { return &m_undo; }
    // Every theme used so far, once each, in alphabetical order.
    QStringList knownThemes() const;
    // The counted review the comment belongs to; nullptr when not counted.
    const CaseloadReview* review(qint64 planId, int index) const;

    void setFilter(const ResultsFilter& filter);

    // For SetThemesCommand: saves, then updates and emits changed().
    bool applyThemes(const ReviewComment& comment, const QStringList& themes);

signals:
    void changed();
    void failed(const QString& message);

private:
    void recalculate();

    Database& m_db;
    QList<CaseloadReview> m_reviews;
    ResultsFilter m_filter;
    CaseloadResults m_results;
    QUndoStack m_undo;
};

} // namespace pb::ui
