#include "spending/spentagainstplannedmodel.h"

#include "money/moneyformatter.h"

#include <QFont>

namespace pb::ui {

SpentAgainstPlannedModel::SpentAgainstPlannedModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SpentAgainstPlannedModel::show(const SpendingSummary& summary)
{
    QList<SpendingSummary::Line> lines = summary.lines();
    lines.append(summary.total());
    if (lines.size() == m_lines.size()) {
        m_lines = lines;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int SpentAgainstPlannedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SpentAgainstPlannedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpentAgainstPlannedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SpendingSummary::Line& line = m_lines[index.row()];
    const bool total = index.row() == m_lines.size() - 1;
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (index.column() == Support ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole: {
        const MoneyFormatter money;
        switch (index.column()) {
        case Support:
            return line.what;
        case PlannedMonth:
            return money.format(line.plannedMonth);
        case SpentMonth:
            return money.format(line.spentMonth);
        case PlannedSoFar:
            return money.format(line.plannedSoFar);
        case SpentSoFar:
            return money.format(line.spentSoFar);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant SpentAgainstPlannedModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(
            (section == Support ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Support:
        return tr("Support");
    case PlannedMonth:
        return tr("Planned this month");
    case SpentMonth:
        return tr("Spent this month");
    case PlannedSoFar:
        return tr("Planned so far this year");
    case SpentSoFar:
        return tr("Spent so far this year");
    default:
        return {};
    }
}

} // namespace pb::ui
