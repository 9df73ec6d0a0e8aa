#include "spending/paymentsmodel.h"

#include "money/moneyformatter.h"

#include <QLocale>

#include <algorithm>

namespace pb::ui {

namespace {

bool isMoney(int column)
{
    return column == PaymentsModel::MoneyIn || column == PaymentsModel::MoneyOut;
}

QVariant alignment(int column)
{
    return QVariant::fromValue(
        Qt::Alignment((isMoney(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
}

} // namespace

PaymentsModel::PaymentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString PaymentsModel::supportName(const Payment& payment, const Plan& plan)
{
    if (payment.isMoneyIn()) {
        return {};
    }
    if (!payment.itemKey) {
        return tr("Not linked");
    }
    const SupportItem* item = plan.item(*payment.itemKey);
    return item ? item->what.simplified() : tr("Support no longer in the plan");
}

void PaymentsModel::show(const QList<Payment>& payments, const Plan& plan)
{
    m_all.clear();
    m_all.reserve(payments.size());
    for (auto it = payments.crbegin(); it != payments.crend(); ++it) {
        m_all.append(Row {*it, supportName(*it, plan)});
    }
    showRows();
}

void PaymentsModel::setLimit(int newest)
{
    m_limit = std::max(0, newest);
    showRows();
}

void PaymentsModel::showRows()
{
    const QList<Row> rows = m_limit > 0 ? m_all.mid(0, m_limit) : m_all;
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i) {
        same = rows[i].payment.id == m_rows[i].payment.id;
    }
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

qint64 PaymentsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].payment.id : 0;
}

int PaymentsModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].payment.id == id) {
            return i;
        }
    }
    return -1;
}

int PaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    const Payment& p = row.payment;
    if (role == Qt::TextAlignmentRole) {
        return alignment(index.column());
    }
    if (role == PaymentIdRole) {
        return p.id;
    }
    if (role == Qt::ToolTipRole && index.column() == Support && !p.isMoneyIn() && !p.itemKey) {
        return tr("Choose Change to say which support this paid for");
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    const MoneyFormatter money;
    switch (index.column()) {
    case Date:
        return QLocale().toString(p.date, QStringLiteral("d MMM yyyy"));
    case WhoAndWhat: {
        const QString who = p.payee.simplified();
        const QString what = p.description.simplified();
        if (who.isEmpty() || what.isEmpty()) {
            return who.isEmpty() ? what : who;
        }
        //: who was paid, then what for: "Jade Morris: wages for 1 to 7 May"
        return tr("%1: %2").arg(who, what);
    }
    case Support:
        return row.support;
    case MoneyIn:
        return p.isMoneyIn() ? money.format(p.amount, MoneyFormatter::Pence::Always) : QString();
    case MoneyOut:
        return p.isMoneyIn() ? QString() : money.format(p.amount, MoneyFormatter::Pence::Always);
    default:
        return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return alignment(section);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case WhoAndWhat:
        return tr("Who and what for");
    case Support:
        return tr("Support it paid for");
    case MoneyIn:
        return tr("Money in");
    case MoneyOut:
        return tr("Money out");
    default:
        return {};
    }
}

} // namespace pb::ui
