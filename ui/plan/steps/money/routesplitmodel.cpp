#include "plan/steps/money/routesplitmodel.h"

#include "model/modellabels.h"
#include "money/moneyformatter.h"

#include <QFont>

namespace pb::ui {

RouteSplitModel::RouteSplitModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RouteSplitModel::setTotals(const PlanTotals& totals)
{
    QList<PlanTotals::RouteTotal> routes;
    for (const auto& route : totals.routes()) {
        if (!route.yearly.isZero()) {
            routes.append(route);
        }
    }
    const Money total = totals.plannedYearly();
    const bool sameShape = routes.size() == m_routes.size();
    if (sameShape) {
        bool same = total == m_total;
        for (qsizetype i = 0; same && i < routes.size(); ++i) {
            same = routes[i].route == m_routes[i].route && routes[i].yearly == m_routes[i].yearly;
        }
        if (same) {
            return;
        }
        m_routes = routes;
        m_total = total;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_routes = routes;
    m_total = total;
    endResetModel();
}

int RouteSplitModel::rowCount(const QModelIndex& parent) const
{
    // A total row under the routes, when there are any.
    return parent.isValid() || m_routes.isEmpty() ? 0 : int(m_routes.size()) + 1;
}

int RouteSplitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RouteSplitModel::sharePercent(Money part, Money whole)
{
    if (whole.pence() <= 0) {
        return 0;
    }
    return int(Money::fromPence(100).scaled(part.pence(), whole.pence()).pence());
}

QVariant RouteSplitModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const bool totalRow = index.row() == m_routes.size();
    const Money amount = totalRow ? m_total : m_routes[index.row()].yearly;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Way:
            return totalRow ? tr("Total")
                            : ModelLabels::routeExplained(m_routes[index.row()].route);
        case AmountAYear:
            return MoneyFormatter().format(amount, MoneyFormatter::Pence::Never);
        case Share:
            return tr("%1%").arg(totalRow ? 100 : sharePercent(amount, m_total));
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Way ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RouteSplitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Way ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Way:
        return tr("How it is paid");
    case AmountAYear:
        return tr("Amount a year");
    case Share:
        return tr("Share");
    }
    return {};
}

} // namespace pb::ui
