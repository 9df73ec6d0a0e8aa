// SupportItemsModel: the support items of a plan as a table for the "My
// support" step: what, who, how often, the cost a week and a year, the route
// that pays for it and the outcomes it helps with. Costs come from PlanTotals
// (which costs personal assistants with their employment costs, grouped by
// person); the model only formats them. Unpaid support says "No cost".
//
// show() takes the plan and its totals after every change. When the same
// items are still there in the same order it only says the data changed, so
// a view keeps its selection and scroll position while an item is edited;
// otherwise (an item added, removed or moved) it resets.
#pragma once

#include "costing/plantotals.h"
#include "model/plan.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace pb::ui {

class SupportItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, Who, HowOften, CostWeek, CostYear, PaidBy, HelpsWith, ColumnCount };
    // The item's key, for finding it again after the model changes.
    static constexpr int ItemKeyRole = Qt::UserRole + 1;

    explicit SupportItemsModel(QObject* parent = nullptr);

    void show(const Plan& plan, const PlanTotals& totals);

    int keyAt(int row) const;
    int rowOfKey(int key) const; // -1 when there is no such item

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        SupportItem item;
        Money weekly;
        Money yearly;
        bool includesEmploymentCosts = false;
        QStringList outcomes; // the texts of the outcomes it helps with, plan order
    };
    QVariant display(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace pb::ui
