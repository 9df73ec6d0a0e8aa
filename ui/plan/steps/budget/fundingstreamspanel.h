// FundingStreamsPanel: where the money comes from: the budget's funding
// streams in a table (FundingStreamModel), Add and Remove, the chosen stream's
// fields under the table (where it comes from, the amount, a note), and a
// sentence saying whether the streams add up to the budget.
//
// The chosen stream is edited in fields rather than in the table's cells so
// that an amount typed wrong stays in its field with the message beside it
// (UI-GUIDE), as everywhere else. Adding a stream fills in what is still
// missing from the budget, so a budget in one or two parts adds up without
// sums; the difference is PlanTotals::streamsDifference, never worked out here.
#pragma once

#include "model/fundingstream.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pb::ui {

class BudgetMoneyField;
class FundingStreamModel;
class MoneyEdit;
class PlanSession;

class FundingStreamsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FundingStreamsPanel(PlanSession* session, QWidget* parent = nullptr);

    void refresh();
    void setEditable(bool editable);
    // Chooses the stream with this key, and puts the focus on it.
    void showStream(int key);

    QTableView* table() const { return m_table; }
    FundingStreamModel* model() const { return m_model; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QComboBox* sourceCombo() const { return m_source; }
    MoneyEdit* amountEdit() const { return m_amount; }
    QLineEdit* noteEdit() const { return m_note; }
    QString totalText() const;
    int selectedKey() const { return m_selectedKey; }

private:
    void addStream();
    void removeStream();
    void select(int key);
    void selectionChanged();
    void showSelected();
    void editSelected(
        int part, const QString& undoText, const std::function<void(FundingStream&)>& change);

    PlanSession* m_session;
    FundingStreamModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QGroupBox* m_details;
    QComboBox* m_source;
    QLabel* m_amountLabel;
    MoneyEdit* m_amount;
    QLineEdit* m_note;
    QLabel* m_total;
    BudgetMoneyField* m_amountField;
    int m_selectedKey = 0;
    bool m_editable = true;
};

} // namespace pb::ui
