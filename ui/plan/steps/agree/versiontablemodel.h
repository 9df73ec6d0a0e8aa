// VersionTableModel: a person's plan versions (PlanSession::versions()) as a
// small table on the Agree step: version, status in words
// (ModelLabels::planStatus), the day it was made, when and by whom it was
// agreed (one column, "20 April 2026 by Grace Thompson", so the table stays
// narrow enough for large text), and its review date. Newest first, since
// the version open now is almost always the newest; its status also says
// "(open now)" and the row is bold. The last column sums up the reviews of
// each version (ResultsLabels::reviewLine), one line each: a review is kept
// with the version it looked at.
#pragma once

#include "model/review.h"
#include "storage/planversion.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace pb::ui {

class VersionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Version, Status, Created, Agreed, ReviewDate, Reviews, ColumnCount };

    explicit VersionTableModel(QObject* parent = nullptr);

    // `versions` in the repository's order (oldest first); `openPlanId` the
    // version open in the window.
    void setVersions(const QList<PlanVersion>& versions, qint64 openPlanId);
    const PlanVersion& version(int row) const { return m_versions.at(row); }
    // Each version's reviews, by plan id (PlanSession::reviewsByVersion).
    void setReviews(const QHash<qint64, QList<Review>>& reviews);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const PlanVersion& v, int column) const;

    QList<PlanVersion> m_versions; // newest first
    qint64 m_openPlanId = 0;
    QHash<qint64, QList<Review>> m_reviews;
};

} // namespace pb::ui
