// StatementPreviewModel: the rows of a statement before they are imported
// (StatementImporter::Preview): the file's row number, a tick for whether
// the row will be imported, the date, the words, the amount in or out, and
// what will happen to it in plain words ("Will be imported", the reason a
// row can't be read, why a row looks like a duplicate).
//
// The tick can be changed only on rows that look like duplicates (the
// person knows whether two bus fares on one day are real); rows that can't
// be read can't be ticked, and ready rows are always imported. Changing a
// tick changes the preview it was given (preview()), which the dialog
// imports from.
#pragma once

#include "spending/statementimporter.h"

#include <QAbstractTableModel>

namespace pb::ui {

class StatementPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Row, Import, Date, Words, MoneyIn, MoneyOut, WhatHappens, ColumnCount };

    explicit StatementPreviewModel(QObject* parent = nullptr);

    void show(const StatementImporter::Preview& preview);
    void clear();
    const StatementImporter::Preview& preview() const { return m_preview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void inclusionChanged();

private:
    StatementImporter::Preview m_preview;
};

} // namespace pb::ui
