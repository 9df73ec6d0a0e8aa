// PersonalAssistantCostModel: the lines of a PersonalAssistantCost as a
// table: what the line is, how it was worked out, and what it costs a year.
// The figures and sentences are PersonalAssistantCost's own; this only lays
// them out. The yearly amounts are right-aligned.
#pragma once

#include "costing/personalassistantcost.h"

#include <QAbstractTableModel>

namespace pb::ui {

class PersonalAssistantCostModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, HowWorkedOut, Yearly, ColumnCount };

    explicit PersonalAssistantCostModel(QObject* parent = nullptr);

    void show(const PersonalAssistantCost& cost);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void setLines(const QList<PersonalAssistantCost::Line>& lines);

    QList<PersonalAssistantCost::Line> m_lines;
};

} // namespace pb::ui
