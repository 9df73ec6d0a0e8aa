// EnteredAmountPanel: "I know my amount": the figure the council gave, how
// often it is paid, and whether the council has agreed it yet.
//
// One amount field, because the person has one figure in front of them. Where
// it goes depends on the answer to "Has the council agreed this amount?"
// (which follows the plan, except while the person is working in this panel:
// rubbing out an agreed amount to type another must not flip the answer):
// "not yet" keeps it as the council's first estimate (Budget::indicative),
// "yes" as the agreed amount (Budget::agreed). Saying "yes" copies the
// estimate into the agreed amount and keeps the estimate, so the plan still
// records both; saying "not yet" takes the agreed amount away (keeping it as
// the estimate when there was none). When both are known, the estimate is
// shown under the field.
//
// Changing how often keeps the figure as typed: the person is saying what
// the figure they have means (the same holds for the funding streams, which
// are in the budget's period too).
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace pb::ui {

class BudgetMoneyField;
class ChoiceGroup;
class MoneyEdit;
class PlanSession;

class EnteredAmountPanel : public QWidget {
    Q_OBJECT
public:
    explicit EnteredAmountPanel(PlanSession* session, QWidget* parent = nullptr);

    void refresh();
    void setEditable(bool editable);

    MoneyEdit* amountEdit() const { return m_amount; }
    QComboBox* periodCombo() const { return m_period; }
    ChoiceGroup* agreedChoice() const { return m_agreed; }

private:
    enum Agreed { NotYet, Yes };
    bool ownEdit() const;
    void chooseAgreed(int choice);
    void choosePeriod(int index);

    PlanSession* m_session;
    MoneyEdit* m_amount;
    QLabel* m_amountLabel;
    QComboBox* m_period;
    ChoiceGroup* m_agreed;
    QLabel* m_estimate;
    BudgetMoneyField* m_field;
    bool m_agreedChosen = false;
    bool m_choosing = false; // an answer to "agreed?" is being saved
};

} // namespace pb::ui
