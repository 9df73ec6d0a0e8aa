// IsfRolloverModel: an Individual Service Fund month by month (IsfRollover):
// the plan month, what rolled over from the month before, the month's share
// of the budget, what was spent, and what rolls over to the next month. A
// month that ends overspent says so in words as well as with a minus.
#pragma once

#include "spending/isfrollover.h"

#include <QAbstractTableModel>
#include <QList>

namespace pb::ui {

class IsfRolloverModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Month, BroughtForward, Allowance, Spent, CarriedForward, ColumnCount };

    explicit IsfRolloverModel(QObject* parent = nullptr);

    void show(const QList<IsfRollover::Month>& months);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IsfRollover::Month> m_months;
};

} // namespace pb::ui
