// PersonalAssistantCalculator: "Work out what a personal assistant costs".
// The person enters the hours a week and the pay an hour (the National Living
// Wage to start with) and sees the true cost of employing them for a year,
// line by line (PersonalAssistantCost, from the dated rate table), the totals
// a year, a month and a week, the date of the rates and where they come from.
// Claiming the Employment Allowance can be tried out here; the plan's own
// totals never assume it (PlanSession costs without it), so the figure added
// to the plan is the cautious one.
//
// A pay below the legal minimum is shown with a warning beside the field, in
// the words of the minimum wage rule; it is a warning, not a refusal, since a
// younger assistant or an apprentice may have a lower minimum (the plan
// checker still raises it).
//
// Purpose::AddToPlan (opened from the step): the main button "Add this
// personal assistant to my plan" accepts, and the step goes on to add it.
// Purpose::UseFigures (opened from the support item dialog): the main button
// "Use these figures" hands the hours and pay back. Either way it accepts
// only with hours and pay filled in correctly, moving focus to the first one
// that is not.
#pragma once

#include "costing/personalassistantcost.h"
#include "costing/ratetable.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pb::ui {

class MoneyEdit;
class PersonalAssistantCostView;
class QuantityEdit;

class PersonalAssistantCalculator : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { AddToPlan, UseFigures };

    PersonalAssistantCalculator(const RateTable& rates, Purpose purpose, QWidget* parent = nullptr);

    // Starts from these figures (an empty hours field, the National Living
    // Wage, unless given).
    void setFigures(std::optional<int> hoursHundredths, std::optional<Money> hourlyWage);
    std::optional<int> hoursHundredths() const;
    std::optional<Money> hourlyWage() const;
    bool claimsEmploymentAllowance() const;
    // The costing of what is typed now; nothing while a figure is missing or wrong.
    std::optional<PersonalAssistantCost> cost() const;

    // "The legal minimum for workers aged 21 and over is £12.71 an hour from
    // 6 April 2026 (the National Living Wage)."
    static QString minimumWageHint(const RateTable& rates);
    // What the warning beside a pay below the minimum says.
    static QString belowMinimumWarning(const RateTable& rates);
    // Whether the minimum wage rule (PlanChecker's) says this pay is too low.
    static bool belowMinimumWage(Money hourlyWage, const RateTable& rates);

    QuantityEdit* hoursEdit() const { return m_hours; }
    MoneyEdit* wageEdit() const { return m_wage; }
    QLabel* wageWarning() const { return m_wageWarning; }
    QCheckBox* allowanceBox() const { return m_allowance; }
    PersonalAssistantCostView* costView() const { return m_costView; }
    QPushButton* mainButton() const { return m_main; }

    void accept() override;

private:
    void recalculate();

    RateTable m_rates;
    QuantityEdit* m_hours;
    MoneyEdit* m_wage;
    QLabel* m_wageError;
    QLabel* m_wageWarning;
    QCheckBox* m_allowance;
    PersonalAssistantCostView* m_costView;
    QPushButton* m_main;
};

} // namespace pb::ui
