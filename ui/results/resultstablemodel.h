// ResultsTableModel: the report's main figures as a table: one row per life
// area with outcomes rated (CaseloadResults::byLifeArea), how many got
// better, stayed the same, got worse or have not changed yet, and how many
// were rated; then a last row, in bold, for all life areas. The same
// figures as the chart beside it, for reading, copying and screen readers.
#pragma once

#include "results/caseloadresults.h"

#include <QAbstractTableModel>

namespace pb::ui {

class ResultsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Area, Better, Same, Worse, NotYet, Total, ColumnCount };

    explicit ResultsTableModel(QObject* parent = nullptr);

    void setResults(const CaseloadResults& results);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseloadResults::AreaCounts> m_areas;
    RatingCounts m_total;
};

} // namespace pb::ui
