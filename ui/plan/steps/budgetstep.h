// BudgetStep: step 2: how much money there is, typed in or worked out from the council's questions
// (RAS), and where it comes from.
#pragma once

#include "plan/steppage.h"

namespace pb::ui {

class BudgetStep : public StepPage {
    Q_OBJECT
public:
    explicit BudgetStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/budget.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
};

} // namespace pb::ui
