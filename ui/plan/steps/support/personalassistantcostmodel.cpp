#include "plan/steps/support/personalassistantcostmodel.h"

#include "money/moneyformatter.h"

namespace pb::ui {

PersonalAssistantCostModel::PersonalAssistantCostModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PersonalAssistantCostModel::show(const PersonalAssistantCost& cost)
{
    setLines(cost.lines());
}

void PersonalAssistantCostModel::clear()
{
    setLines({});
}

void PersonalAssistantCostModel::setLines(const QList<PersonalAssistantCost::Line>& lines)
{
    bool sameKinds = lines.size() == m_lines.size();
    for (qsizetype i = 0; sameKinds && i < lines.size(); ++i) {
        sameKinds = lines[i].kind == m_lines[i].kind;
    }
    if (sameKinds) {
        // The usual case while typing: the same lines with new figures.
        m_lines = lines;
        if (!m_lines.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int PersonalAssistantCostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PersonalAssistantCostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonalAssistantCostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PersonalAssistantCost::Line& line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case What:
            return line.label;
        case HowWorkedOut:
            return line.howWorkedOut;
        case Yearly:
            return MoneyFormatter().format(line.yearly, MoneyFormatter::Pence::Always);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (index.column() == Yearly ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant PersonalAssistantCostModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((section == Yearly ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case What:
        return tr("What");
    case HowWorkedOut:
        return tr("How it is worked out");
    case Yearly:
        return tr("A year");
    default:
        return {};
    }
}

} // namespace pb::ui
