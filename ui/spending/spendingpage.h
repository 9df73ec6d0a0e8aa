// SpendingPage ("Keep track of the money"): what has been spent from an
// agreed plan's budget, and how that compares with the plan.
//
//   How the money is going: the money in the account, the pace in one
//     sentence ("At this rate you will have about £X left at the end of the
//     plan year" / "the money will run out in March 2027"), a warning in
//     words when money is building up beyond the weeks of budget the
//     council allows, and that number of weeks (kept with the data, since
//     councils differ; one undo step).
//   Payments: a table, newest first (the newest 10 until "Show all" is
//     chosen, so the figures below stay near); "Add a payment" and "Change" open
//     PaymentDialog; "Remove" (or Delete) takes one out at once, undoably;
//     "Import a statement…" asks for a CSV file and opens
//     StatementImportDialog with it.
//   Spent against the plan: by support and in total, this month and so far
//     this plan year.
//   For an Individual Service Fund: the rollover month by month.
//   Direct payment return: opens DirectPaymentReturnDialog.
// Every figure is SpendingSummary's; the page formats it. refresh() runs
// after every change (an undo too) and keeps the chosen payment chosen.
#pragma once

#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pb::ui {

class DirectPaymentReturnDialog;
class FittedTableView;
class IsfRolloverModel;
class PaymentDialog;
class PaymentsModel;
class SpendingSession;
class SpentAgainstPlannedModel;
class StatementImportDialog;

class SpendingPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kNewestShown = 10;

    explicit SpendingPage(SpendingSession* session, QWidget* parent = nullptr);

    void refresh();

    // The actions, as the buttons and keys do them.
    void addPayment();
    void changeSelected();
    void removeSelected();
    void importStatement(); // asks for the file, then importStatementFrom()
    StatementImportDialog* importStatementFrom(const QString& path);
    void openReturn();
    qint64 selectedId() const; // 0 when no payment is chosen
    void selectId(qint64 id);

    QLabel* planLine() const { return m_planLine; }
    QLabel* balanceLine() const { return m_balance; }
    QLabel* paceLine() const { return m_pace; }
    QFrame* buildUpPanel() const { return m_warning; }
    QLabel* buildUpText() const { return m_warningText; }
    QSpinBox* weeksBox() const { return m_weeks; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* returnButton() const { return m_return; }
    FittedTableView* paymentsView() const { return m_paymentsView; }
    PaymentsModel* paymentsModel() const { return m_payments; }
    QLabel* messageLine() const { return m_message; }
    QPushButton* showAllButton() const { return m_showAll; }
    QLabel* periodLine() const { return m_period; }
    FittedTableView* linesView() const { return m_linesView; }
    SpentAgainstPlannedModel* linesModel() const { return m_lines; }
    QWidget* rolloverBox() const { return m_rolloverBox; }
    IsfRolloverModel* rolloverModel() const { return m_rollover; }
    PaymentDialog* paymentDialog() const;
    StatementImportDialog* importDialog() const;
    DirectPaymentReturnDialog* returnDialog() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildGoing();
    void buildPayments();
    void buildLines();
    void buildRollover();
    void buildReturn();
    void updateButtons();
    void updateShown();
    void openPaymentDialog(PaymentDialog* dialog);

    SpendingSession* m_session;
    QLabel* m_planLine = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_pace = nullptr;
    QFrame* m_warning = nullptr;
    QLabel* m_warningText = nullptr;
    QSpinBox* m_weeks = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_empty = nullptr;
    FittedTableView* m_paymentsView = nullptr;
    PaymentsModel* m_payments = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_shownLine = nullptr;
    QPushButton* m_showAll = nullptr;
    QLabel* m_period = nullptr;
    FittedTableView* m_linesView = nullptr;
    SpentAgainstPlannedModel* m_lines = nullptr;
    QWidget* m_rolloverBox = nullptr;
    FittedTableView* m_rolloverView = nullptr;
    IsfRolloverModel* m_rollover = nullptr;
    QPushButton* m_return = nullptr;
    QPointer<PaymentDialog> m_paymentDialog;
    QPointer<StatementImportDialog> m_importDialog;
    QPointer<DirectPaymentReturnDialog> m_returnDialog;
};

} // namespace pb::ui
