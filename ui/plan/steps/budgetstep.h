// BudgetStep: step 2, "My budget": how much money there is, and where it
// comes from.
//
// At the top, how the amount is set (Budget::source): "I know my amount"
// (EnteredAmountPanel: the figure, how often, agreed or not yet) or "Work it
// out" (RasQuestionnaire: the council's questions one at a time, the amount
// growing live, and why). Below, for both: when the budget runs
// (BudgetDatesPanel) and where the money comes from (FundingStreamsPanel).
// When the amount is worked out here, the agreed amount, once the council
// gives one, is typed under the questions.
//
// Switching to "work it out" puts the worked-out amount in place of a typed
// estimate (once a scheme is chosen; Undo brings the figure back), and
// switching back keeps the answers saved, so switching again loses nothing.
// Each edit is one undo step (BudgetFieldEditCommand); an agreed plan shows
// all of it read-only, the explanation included.
#pragma once

#include "plan/steppage.h"

class QLabel;

namespace pb::ui {

class BudgetDatesPanel;
class BudgetMoneyField;
class ChoiceGroup;
class EnteredAmountPanel;
class FundingStreamsPanel;
class MoneyEdit;
class RasQuestionnaire;

class BudgetStep : public StepPage {
    Q_OBJECT
public:
    explicit BudgetStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/budget.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
    void showTarget(FindingTarget target, int key) override;

    // The parts, for tests.
    enum Source { Entered, Ras };
    ChoiceGroup* sourceChoice() const { return m_source; }
    EnteredAmountPanel* enteredPanel() const { return m_entered; }
    RasQuestionnaire* questionnaire() const { return m_ras; }
    MoneyEdit* rasAgreedEdit() const { return m_rasAgreed; }
    BudgetDatesPanel* datesPanel() const { return m_dates; }
    FundingStreamsPanel* streamsPanel() const { return m_streams; }

private:
    ChoiceGroup* makeSourceChoice();
    void chooseSource(int source);

    ChoiceGroup* m_source;
    QWidget* m_enteredSection;
    EnteredAmountPanel* m_entered;
    QWidget* m_rasSection;
    RasQuestionnaire* m_ras;
    QLabel* m_rasAgreedLabel;
    MoneyEdit* m_rasAgreed;
    BudgetMoneyField* m_rasAgreedField;
    BudgetDatesPanel* m_dates;
    FundingStreamsPanel* m_streams;
};

} // namespace pb::ui
