#include "plan/steps/agree/versiontablemodel.h"

#include "model/modellabels.h"
#include "plan/steps/check/plansummary.h"
#include "results/resultslabels.h"

#include <QFont>

#include <algorithm>

namespace pb::ui {

VersionTableModel::VersionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void VersionTableModel::setVersions(const QList<PlanVersion>& versions, qint64 openPlanId)
{
    beginResetModel();
    m_versions = versions;
    std::reverse(m_versions.begin(), m_versions.end());
    m_openPlanId = openPlanId;
    endResetModel();
}

void VersionTableModel::setReviews(const QHash<qint64, QList<Review>>& reviews)
{
    m_reviews = reviews;
    if (!m_versions.isEmpty()) {
        emit dataChanged(index(0, Reviews), index(int(m_versions.size()) - 1, Reviews));
    }
}

int VersionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VersionTableModel::text(const PlanVersion& v, int column) const
{
    switch (column) {
    case Version:
        return QString::number(v.version);
    case Status:
        return v.planId == m_openPlanId
            //: the status of the version shown in the window: "Draft (open now)"
            ? tr("%1 (open now)").arg(ModelLabels::planStatus(v.status))
            : ModelLabels::planStatus(v.status);
    case Created:
        return v.createdOn.isValid() ? PlanSummary::date(v.createdOn) : QString();
    case Agreed:
        if (!v.agreedAt.isValid()) {
            return tr("Not yet");
        }
        //: when and by whom a version was agreed: "20 April 2026 by Grace Thompson"
        return tr("%1 by %2").arg(PlanSummary::date(v.agreedAt.toLocalTime().date()), v.agreedBy);
    case ReviewDate:
        return v.reviewDate.isValid() ? PlanSummary::date(v.reviewDate) : QString();
    case Reviews: {
        if (v.status == PlanStatus::Draft) {
            return {};
        }
        const QList<Review> reviews = m_reviews.value(v.planId);
        if (reviews.isEmpty()) {
            return tr("Not reviewed yet");
        }
        QStringList lines;
        for (const Review& r : reviews) {
            lines.append(ResultsLabels::reviewLine(r));
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant VersionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlanVersion& v = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(v, index.column());
    case Qt::AccessibleTextRole:
        //: a table cell read out with its column: "Status: Agreed"
        return tr("%1: %2").arg(
            headerData(index.column(), Qt::Horizontal).toString(), text(v, index.column()));
    case Qt::FontRole:
        if (v.planId == m_openPlanId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Version:
        return tr("Version");
    case Status:
        return tr("Status");
    case Created:
        return tr("Made on");
    case Agreed:
        return tr("Agreed");
    case ReviewDate:
        return tr("Review date");
    case Reviews:
        return tr("Reviews");
    default:
        return {};
    }
}

} // namespace pb::ui
