// PaymentDialog: records a payment by hand, or changes one: which way the
// money went (out: a payment made; in: for example the council's payment),
// the date, the amount, who was paid (or who paid it in), what it was for,
// and for money out which support in the plan it paid for.
//
// Saving (the main button, or Enter) checks the amount (MoneyParser's plain
// message beside the field, keeping what was typed; £0 is not a payment) and
// pushes one undo command: PaymentListCommand (Add) for a new payment,
// EditPaymentCommand for a changed one (nothing when nothing changed). The
// dialog closes only when the payment was saved; a failed save leaves it
// open with the reason. Escape cancels.
#pragma once

#include "spending/payment.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pb::ui {

class MoneyEdit;
class SpendingSession;

class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Change };

    // Add: `payment` gives the starting date and direction. Change: the
    // payment as it is now.
    PaymentDialog(
        SpendingSession* session, const Payment& payment, Mode mode, QWidget* parent = nullptr);

    // A new payment dated today, money out.
    static Payment newPayment(const SpendingSession& session);

    Mode mode() const { return m_mode; }
    qint64 paymentId() const { return m_original.id; }
    // The payment as the fields say now, when they are right.
    std::optional<Payment> payment() const;

    QRadioButton* moneyOutButton() const { return m_out; }
    QRadioButton* moneyInButton() const { return m_in; }
    QDateEdit* dateEdit() const { return m_date; }
    MoneyEdit* amountEdit() const { return m_amount; }
    QLabel* amountError() const { return m_amountError; }
    QLineEdit* payeeEdit() const { return m_payee; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QComboBox* supportCombo() const { return m_support; }
    QPushButton* mainButton() const { return m_main; }
    QPushButton* cancelButton() const { return m_cancel; }

    void accept() override;

private:
    void directionChanged();

    SpendingSession* m_session;
    Payment m_original;
    Mode m_mode;

    QRadioButton* m_out = nullptr;
    QRadioButton* m_in = nullptr;
    QDateEdit* m_date = nullptr;
    MoneyEdit* m_amount = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_payeeLabel = nullptr;
    QLineEdit* m_payee = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_supportLabel = nullptr;
    QComboBox* m_support = nullptr;
    QLabel* m_saveError = nullptr;
    QPushButton* m_main = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace pb::ui
