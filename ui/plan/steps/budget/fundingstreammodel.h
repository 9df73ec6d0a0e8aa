// FundingStreamModel: the budget's funding streams as a table: where each
// comes from, how much (in the budget's period, right-aligned), and a note.
// Read-only: the streams are changed through the fields under the table
// (FundingStreamsPanel), which keep what was typed and show errors beside it.
//
// setStreams() after every change keeps the rows (and so the selection) when
// only values changed, and resets only when streams were added, taken out or
// moved.
#pragma once

#include "model/fundingstream.h"
#include "money/period.h"

#include <QAbstractTableModel>

namespace pb::ui {

class FundingStreamModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, AmountColumn, NoteColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit FundingStreamModel(QObject* parent = nullptr);

    void setStreams(const QList<FundingStream>& streams, Period period);
    int keyAt(int row) const; // 0 when there is no such row
    int rowOf(int key) const; // -1 when no stream has the key

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FundingStream> m_streams;
    Period m_period = Period::Year;
};

} // namespace pb::ui
