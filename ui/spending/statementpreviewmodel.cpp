#include "spending/statementpreviewmodel.h"

#include "money/moneyformatter.h"

#include <QLocale>

namespace pb::ui {

namespace {

using RowStatus = StatementImporter::RowStatus;

bool canTick(const StatementImporter::Row& row)
{
    return row.status == RowStatus::RepeatedInFile || row.status == RowStatus::AlreadyRecorded;
}

bool isMoney(int column)
{
    return column == StatementPreviewModel::MoneyIn || column == StatementPreviewModel::MoneyOut;
}

} // namespace

StatementPreviewModel::StatementPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StatementPreviewModel::show(const StatementImporter::Preview& preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void StatementPreviewModel::clear()
{
    show(StatementImporter::Preview {});
}

int StatementPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int StatementPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags StatementPreviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Import && canTick(m_preview.rows[index.row()])) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant StatementPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StatementImporter::Row& row = m_preview.rows[index.row()];
    const Payment& p = row.payment;
    const bool readable = row.status != RowStatus::Unreadable;
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(
            (isMoney(index.column()) || index.column() == Row ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter));
    }
    if (role == Qt::CheckStateRole && index.column() == Import && canTick(row)) {
        return row.include ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::AccessibleTextRole && index.column() == Import) {
        return row.include ? tr("Will be imported") : tr("Left out");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const MoneyFormatter money;
    switch (index.column()) {
    case Row:
        return row.line;
    case Import:
        return row.include ? tr("Yes") : tr("No");
    case Date:
        return readable ? QLocale().toString(p.date, QStringLiteral("d MMM yyyy")) : QString();
    case Words: {
        if (!readable) {
            QStringList cells = row.cells;
            while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty()) {
                cells.removeLast();
            }
            return cells.join(QStringLiteral(", "));
        }
        const QString words = p.payee.isEmpty() ? p.description
            : p.description.isEmpty()           ? p.payee
                                                : tr("%1: %2").arg(p.payee, p.description);
        return words;
    }
    case MoneyIn:
        return readable && p.isMoneyIn() ? money.format(p.amount, MoneyFormatter::Pence::Always)
                                         : QString();
    case MoneyOut:
        return readable && !p.isMoneyIn() ? money.format(p.amount, MoneyFormatter::Pence::Always)
                                          : QString();
    case WhatHappens:
        switch (row.status) {
        case RowStatus::Ready:
            return tr("Will be imported");
        case RowStatus::Unreadable:
            return tr("Can't be read: %1").arg(row.reason);
        case RowStatus::RepeatedInFile:
        case RowStatus::AlreadyRecorded:
            return row.include ? tr("Will be imported (you ticked it)") : row.reason;
        }
        return {};
    default:
        return {};
    }
}

bool StatementPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Import || role != Qt::CheckStateRole
        || !canTick(m_preview.rows[index.row()])) {
        return false;
    }
    m_preview.rows[index.row()].include = value.value<Qt::CheckState>() == Qt::Checked;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit inclusionChanged();
    return true;
}

QVariant StatementPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((isMoney(section) || section == Row ? Qt::AlignRight : Qt::AlignLeft)
                | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Row:
        return tr("Row");
    case Import:
        return tr("Import");
    case Date:
        return tr("Date");
    case Words:
        return tr("Description");
    case MoneyIn:
        return tr("Money in");
    case MoneyOut:
        return tr("Money out");
    case WhatHappens:
        return tr("What happens");
    default:
        return {};
    }
}

} // namespace pb::ui
