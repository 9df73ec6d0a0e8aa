// ThemeCountsModel: how often each theme was tagged (CaseloadResults::themes),
// most often first: in what is working, what is not working, what is
// important for the future, comments on outcomes, and in all. The "most
// common things said" of Working Together for Change.
#pragma once

#include "results/caseloadresults.h"

#include <QAbstractTableModel>

namespace pb::ui {

class ThemeCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Theme, Working, NotWorking, Future, Outcomes, Total, ColumnCount };

    explicit ThemeCountsModel(QObject* parent = nullptr);

    void setResults(const CaseloadResults& results);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseloadResults::ThemeCount> m_rows;
};

} // namespace pb::ui
