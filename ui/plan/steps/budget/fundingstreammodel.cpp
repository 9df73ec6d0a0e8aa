#include "plan/steps/budget/fundingstreammodel.h"

#include "model/modellabels.h"
#include "money/moneyformatter.h"

namespace pb::ui {

FundingStreamModel::FundingStreamModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FundingStreamModel::setStreams(const QList<FundingStream>& streams, Period period)
{
    bool sameRows = streams.size() == m_streams.size();
    for (qsizetype i = 0; sameRows && i < streams.size(); ++i) {
        sameRows = streams[i].key == m_streams[i].key;
    }
    if (!sameRows) {
        beginResetModel();
        m_streams = streams;
        m_period = period;
        endResetModel();
        return;
    }
    const bool periodChanged = period != m_period;
    m_period = period;
    for (int row = 0; row < m_streams.size(); ++row) {
        if (m_streams[row] != streams[row]) {
            m_streams[row] = streams[row];
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (periodChanged) {
        emit headerDataChanged(Qt::Horizontal, AmountColumn, AmountColumn);
    }
}

int FundingStreamModel::keyAt(int row) const
{
    return row >= 0 && row < m_streams.size() ? m_streams[row].key : 0;
}

int FundingStreamModel::rowOf(int key) const
{
    for (int row = 0; row < m_streams.size(); ++row) {
        if (m_streams[row].key == key) {
            return row;
        }
    }
    return -1;
}

int FundingStreamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_streams.size());
}

int FundingStreamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundingStreamModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FundingStream& stream = m_streams[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SourceColumn:
            return ModelLabels::fundingSource(stream.source);
        case AmountColumn:
            return role == Qt::DisplayRole ? MoneyFormatter().format(stream.amount)
                                           : MoneyFormatter().format(stream.amount, m_period);
        case NoteColumn:
            return stream.note;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case KeyRole:
        return stream.key;
    default:
        break;
    }
    return {};
}

QVariant FundingStreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SourceColumn:
        return tr("Where it comes from");
    case AmountColumn:
        //: The period phrase: "a week", "a year"…
        return tr("Amount %1").arg(MoneyFormatter::periodPhrase(m_period));
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace pb::ui
