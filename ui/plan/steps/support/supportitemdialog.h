// SupportItemDialog: adds a piece of support to the plan, or changes one.
//
// It asks, in order: what it is (in the person's words), what kind of
// support, who gives it, what it costs (a price for each one × how many, per
// week, four weeks, month or year, or once; for a personal assistant the pay
// an hour × hours, with the true cost of employing them shown line by line
// and the calculator a click away), how it is paid for, which outcomes it
// helps with, whether a close relative who lives with the person is paid,
// and notes. The cost line at the bottom follows every keystroke ("This
// costs £203.36 a week, £10,574.72 a year").
//
// Costs and rules are core's: the cost is SupportItemCost::forPlan on the
// plan as it would be with this item (so an assistant who already gives other
// support is costed as one job), and the warning beside a pay below the legal
// minimum is the plan checker's finding about this item.
//
// How it is paid for: when the plan uses one way of managing the money, the
// item is paid that way (said in a sentence; a stale route on an older item
// is put right on saving); only a mixed plan asks. The funding stream is
// asked only when the budget lists streams of more than one source; with one
// source the item is paid from it.
//
// Saving (the main button, or Enter) checks every field; a wrong one keeps
// what was typed, shows the message beside it (and a list at the top when
// there are several) and takes the focus. A right one pushes one undo
// command: SupportItemListCommand (Add) for a new item, EditSupportItemCommand
// for a changed one (nothing when nothing changed), and the dialog closes
// only when the plan really holds the item (a failed save leaves it open with
// the reason). Escape cancels. setReadOnly(true) shows an agreed plan's item
// without letting it change.
#pragma once

#include "model/supportitem.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace pb::ui {

class MoneyEdit;
class PersonalAssistantCostView;
class PlanSession;
class QuantityEdit;

class SupportItemDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Change };

    // Add: `item` gives the key and starting choices (see newItem()); the
    // kind, price and quantity start empty. Change: `item` as it is now.
    SupportItemDialog(
        PlanSession* session, const SupportItem& item, Mode mode, QWidget* parent = nullptr);

    // A new item for `session`'s plan: a fresh key, the plan's way of paying,
    // the budget's funding source.
    static SupportItem newItem(const PlanSession& session);

    // Fills in a personal assistant (from the calculator).
    void fillPersonalAssistant(int hoursHundredths, Money hourlyWage);
    void setReadOnly(bool readOnly);

    Mode mode() const { return m_mode; }
    int itemKey() const { return m_original.key; }
    // The item as the fields say now; only meaningful when they are right.
    SupportItem item() const;

    QLineEdit* whatEdit() const { return m_what; }
    QComboBox* typeCombo() const { return m_type; }
    QLineEdit* providerEdit() const { return m_provider; }
    MoneyEdit* priceEdit() const { return m_price; }
    QuantityEdit* quantityEdit() const { return m_quantity; }
    QComboBox* frequencyCombo() const { return m_frequency; }
    QCheckBox* employmentCostsBox() const { return m_employmentCosts; }
    PersonalAssistantCostView* costView() const { return m_costView; }
    QPushButton* calculatorButton() const { return m_calculator; }
    QComboBox* routeCombo() const { return m_route; }
    QComboBox* paidFromCombo() const { return m_paidFrom; }
    const QList<QCheckBox*>& outcomeBoxes() const { return m_outcomes; }
    QCheckBox* relativeBox() const { return m_relative; }
    QCheckBox* councilAgreedBox() const { return m_councilAgreed; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* costLine() const { return m_costLine; }
    QLabel* wageWarning() const { return m_wageWarning; }
    QLabel* errorSummary() const { return m_summary; }
    QPushButton* mainButton() const { return m_main; }
    QPushButton* cancelButton() const { return m_cancel; }

    void accept() override;

private:
    void buildWhat(QVBoxLayout* form);
    void buildCost(QVBoxLayout* form);
    void buildPayment(QVBoxLayout* form);
    void buildOutcomes(QVBoxLayout* form);
    void buildRelative(QVBoxLayout* form);
    void fillFields();
    std::optional<SupportType> chosenType() const;
    Period chosenFrequency() const;
    void typeChanged();
    void update();
    // The item when every field is right, else nothing.
    std::optional<SupportItem> validItem() const;
    bool validate(); // shows the messages; true when saving may go on
    void openCalculator();

    PlanSession* m_session;
    SupportItem m_original;
    Mode m_mode;
    bool m_readOnly = false;

    QLabel* m_summary = nullptr;
    QLineEdit* m_what = nullptr;
    QLabel* m_whatError = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_typeError = nullptr;
    QLabel* m_providerLabel = nullptr;
    QLabel* m_providerHint = nullptr;
    QLineEdit* m_provider = nullptr;

    QWidget* m_priceBox = nullptr;
    QLabel* m_priceLabel = nullptr;
    QLabel* m_priceHint = nullptr;
    MoneyEdit* m_price = nullptr;
    QLabel* m_priceError = nullptr;
    QLabel* m_wageWarning = nullptr;
    QLabel* m_quantityLabel = nullptr;
    QLabel* m_quantityHint = nullptr;
    QuantityEdit* m_quantity = nullptr;
    QComboBox* m_frequency = nullptr;
    QLabel* m_unpaidNote = nullptr;
    QWidget* m_assistantBox = nullptr;
    QCheckBox* m_employmentCosts = nullptr;
    PersonalAssistantCostView* m_costView = nullptr;
    QLabel* m_shareNote = nullptr;
    QPushButton* m_calculator = nullptr;

    QWidget* m_paymentBox = nullptr;
    QLabel* m_routeSentence = nullptr;
    QComboBox* m_route = nullptr;
    QLabel* m_routeWarning = nullptr;
    QComboBox* m_paidFrom = nullptr;

    QList<QCheckBox*> m_outcomes;
    QWidget* m_relativeBox = nullptr;
    QCheckBox* m_relative = nullptr;
    QCheckBox* m_councilAgreed = nullptr;
    QPlainTextEdit* m_notes = nullptr;

    QLabel* m_costLine = nullptr;
    QPushButton* m_main = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace pb::ui
