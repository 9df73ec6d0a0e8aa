// RouteSplitModel: the plan's cost split by how the money is managed, as a
// small table: the way ("Money paid to you … (direct payment)"), the amount
// a year, and its share of the whole; then a total row (bold). The figures
// are PlanTotals::routes(), as they are; only the share is worked out here,
// as a whole percentage through Money::scaled (the one rounding rule), so
// the shares may add up to 99% or 101%.
//
// Amounts are in whole pounds (a summary: pence don't matter at this scale),
// right-aligned.
#pragma once

#include "costing/plantotals.h"

#include <QAbstractTableModel>

namespace pb::ui {

class RouteSplitModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Way, AmountAYear, Share, ColumnCount };

    explicit RouteSplitModel(QObject* parent = nullptr);

    void setTotals(const PlanTotals& totals);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The share of the plan's yearly cost, in whole per cent.
    static int sharePercent(Money part, Money whole);

private:
    QList<PlanTotals::RouteTotal> m_routes;
    Money m_total;
};

} // namespace pb::ui
