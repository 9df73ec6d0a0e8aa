// SpentAgainstPlannedModel: SpendingSummary's lines as a table: each piece
// of support with what the plan set aside and what was spent, this month and
// so far this plan year, then the total in bold as the last row. Amounts are
// right-aligned; the model only formats what core worked out.
#pragma once

#include "spending/spendingsummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace pb::ui {

class SpentAgainstPlannedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Support, PlannedMonth, SpentMonth, PlannedSoFar, SpentSoFar, ColumnCount };

    explicit SpentAgainstPlannedModel(QObject* parent = nullptr);

    void show(const SpendingSummary& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SpendingSummary::Line> m_lines; // the total last
};

} // namespace pb::ui
