// CaseloadModel: everyone in the open database, one row each: name, plan
// status (draft, agreed, review due), budget, planned, left over (all a
// year) and next review date. Figures come from core (PlanTotals on each
// CaseloadEntry), worked out once when the list is loaded, so sorting and
// searching cost nothing per keystroke. SortRole gives raw values (pence,
// dates) so columns sort by amount and date, not by text.
#pragma once

#include "storage/caseloadentry.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace pb::ui {

class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Status, Budget, Planned, LeftOver, NextReview, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, PersonIdRole, ArchivedRole, AgreedRole };

    struct Row {
        CaseloadEntry entry;
        std::optional<Money> budgetYearly;
        Money plannedYearly;
        std::optional<Money> leftOverYearly;
        bool reviewDue = false;
        int daysOverdue = 0;
    };

    explicit CaseloadModel(QObject* parent = nullptr);

    // Replaces the rows; `today` decides which reviews are due.
    void setEntries(const QList<CaseloadEntry>& entries, QDate today);
    // Replaces one person's row (found by person id) after an edit; adds it
    // when it is new. Cheaper than setEntries for a large caseload.
    void updateEntry(const CaseloadEntry& entry, QDate today);
    // Drops a person's row (archived while archived people are hidden).
    void removeEntry(qint64 personId);
    const Row* rowFor(qint64 personId) const;
    const Row& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static Row makeRow(const CaseloadEntry& entry, QDate today);
    QString statusText(const Row& row) const;
    QVariant displayValue(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace pb::ui
