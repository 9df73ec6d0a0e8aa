#include "spending/isfrollovermodel.h"

#include "money/moneyformatter.h"

#include <QLocale>

namespace pb::ui {

IsfRolloverModel::IsfRolloverModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IsfRolloverModel::show(const QList<IsfRollover::Month>& months)
{
    beginResetModel();
    m_months = months;
    endResetModel();
}

int IsfRolloverModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int IsfRolloverModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IsfRolloverModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const IsfRollover::Month& m = m_months[index.row()];
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(
            (index.column() == Month ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const MoneyFormatter money;
    const QLocale locale;
    switch (index.column()) {
    case Month:
        //: a plan month: "6 Apr to 5 May 2026"
        return tr("%1 to %2")
            .arg(locale.toString(m.first, QStringLiteral("d MMM")),
                locale.toString(m.last, QStringLiteral("d MMM yyyy")));
    case BroughtForward:
        return money.format(m.broughtForward);
    case Allowance:
        return money.format(m.allowance);
    case Spent:
        return money.format(m.spent);
    case CarriedForward:
        return m.carriedForward.isNegative()
            ? tr("%1 (overspent)").arg(money.format(m.carriedForward))
            : money.format(m.carriedForward);
    default:
        return {};
    }
}

QVariant IsfRolloverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((section == Month ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Month:
        return tr("Month");
    case BroughtForward:
        return tr("From the month before");
    case Allowance:
        return tr("This month's money");
    case Spent:
        return tr("Spent");
    case CarriedForward:
        return tr("Rolls over");
    default:
        return {};
    }
}

} // namespace pb::ui
