#include "results/resultstablemodel.h"

#include "model/modellabels.h"
#include "results/resultslabels.h"

#include <QFont>

namespace pb::ui {

namespace {

int countIn(const RatingCounts& counts, int column)
{
    switch (column) {
    case ResultsTableModel::Better:
        return counts.better;
    case ResultsTableModel::Same:
        return counts.same;
    case ResultsTableModel::Worse:
        return counts.worse;
    case ResultsTableModel::NotYet:
        return counts.notYet;
    case ResultsTableModel::Total:
        return counts.total();
    default:
        return 0;
    }
}

} // namespace

ResultsTableModel::ResultsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ResultsTableModel::setResults(const CaseloadResults& results)
{
    beginResetModel();
    m_areas = results.byLifeArea();
    m_total = results.total();
    endResetModel();
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const
{
    // The total row only when there is something to add up.
    return parent.isValid() || m_areas.isEmpty() ? 0 : int(m_areas.size()) + 1;
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const bool totalRow = index.row() == m_areas.size();
    const RatingCounts& counts = totalRow ? m_total : m_areas.at(index.row()).counts;
    const QString areaName =
        totalRow ? tr("All life areas") : ModelLabels::lifeArea(m_areas.at(index.row()).area);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Area) {
            return areaName;
        }
        return QString::number(countIn(counts, index.column()));
    case Qt::AccessibleTextRole:
        if (index.column() == Area) {
            return areaName;
        }
        //: a table cell read out: "Things I do, Better: 3"
        return tr("%1, %2: %3")
            .arg(areaName, headerData(index.column(), Qt::Horizontal).toString())
            .arg(countIn(counts, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Area ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Area ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Area:
        return tr("Life area");
    case Better:
        return ResultsLabels::rating(OutcomeRating::Better);
    case Same:
        return ResultsLabels::rating(OutcomeRating::Same);
    case Worse:
        return ResultsLabels::rating(OutcomeRating::Worse);
    case NotYet:
        return ResultsLabels::rating(OutcomeRating::NotYet);
    case Total:
        return tr("Outcomes rated");
    default:
        return {};
    }
}

} // namespace pb::ui
