#include "results/themecountsmodel.h"

#include "results/resultslabels.h"

namespace pb::ui {

namespace {

int countIn(const CaseloadResults::ThemeCount& t, int column)
{
    switch (column) {
    case ThemeCountsModel::Working:
        return t.working;
    case ThemeCountsModel::NotWorking:
        return t.notWorking;
    case ThemeCountsModel::Future:
        return t.importantForFuture;
    case ThemeCountsModel::Outcomes:
        return t.outcomes;
    case ThemeCountsModel::Total:
        return t.total();
    default:
        return 0;
    }
}

} // namespace

ThemeCountsModel::ThemeCountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ThemeCountsModel::setResults(const CaseloadResults& results)
{
    beginResetModel();
    m_rows = results.themes();
    endResetModel();
}

int ThemeCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThemeCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThemeCountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseloadResults::ThemeCount& t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == Theme ? t.theme : QString::number(countIn(t, index.column()));
    case Qt::AccessibleTextRole:
        if (index.column() == Theme) {
            return t.theme;
        }
        return tr("%1, %2: %3")
            .arg(t.theme, headerData(index.column(), Qt::Horizontal).toString())
            .arg(countIn(t, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Theme ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ThemeCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Theme ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Theme:
        return tr("Theme");
    case Working:
        return tr("Working");
    case NotWorking:
        return tr("Not working");
    case Future:
        return tr("For the future");
    case Outcomes:
        return tr("About outcomes");
    case Total:
        return tr("All");
    default:
        return {};
    }
}

} // namespace pb::ui
