// WorseOutcomesModel: the outcomes people said got worse at their review
// (CaseloadResults::worse), one row each: who, when, the outcome in their
// words with its life area, and what was said about it. Activating a row
// opens that person's plan (PersonIdRole), so someone can follow it up.
#pragma once

#include "results/caseloadresults.h"

#include <QAbstractTableModel>

namespace pb::ui {

class WorseOutcomesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, ReviewedOn, Outcome, Said, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1 };

    explicit WorseOutcomesModel(QObject* parent = nullptr);

    void setResults(const CaseloadResults& results);
    const CaseloadResults::WorseOutcome& outcome(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const CaseloadResults::WorseOutcome& w, int column) const;

    QList<CaseloadResults::WorseOutcome> m_rows;
};

} // namespace pb::ui
