// PaymentsModel: the person's payments as a table, newest first: the date,
// who was paid (or who paid in) and what for, in one column (a statement
// usually has only its own words, which name who was paid), the support it
// paid for, and the amount under "Money in" or "Money out" (right-aligned).
// The support's name is the plan's words for the item; a payment linked to
// an item no longer in the plan says so.
//
// A limit (setLimit) shows only the newest payments, so a year of them
// doesn't push the rest of the page out of sight; 0 shows them all.
//
// show() takes the payments after every change; when the same payments are
// still there in the same order it only says the data changed, so a view
// keeps its selection while a payment is edited; otherwise it resets.
#pragma once

#include "model/plan.h"
#include "spending/payment.h"

#include <QAbstractTableModel>
#include <QList>

namespace pb::ui {

class PaymentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, WhoAndWhat, Support, MoneyIn, MoneyOut, ColumnCount };
    static constexpr int PaymentIdRole = Qt::UserRole + 1;

    explicit PaymentsModel(QObject* parent = nullptr);

    void show(const QList<Payment>& payments, const Plan& plan);
    void setLimit(int newest);
    int limit() const { return m_limit; }
    int totalCount() const { return int(m_all.size()); } // shown or not

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when there is no such payment

    // The words for the support a payment paid for ("Not linked" when none).
    static QString supportName(const Payment& payment, const Plan& plan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Payment payment;
        QString support;
    };
    void showRows();

    QList<Row> m_all; // newest first
    QList<Row> m_rows; // the ones shown
    int m_limit = 0;
};

} // namespace pb::ui
