// MoneyManagementStep: step 4: how the money is managed (deployment) and the split by route.
#pragma once

#include "plan/steppage.h"

namespace pb::ui {

class MoneyManagementStep : public StepPage {
    Q_OBJECT
public:
    explicit MoneyManagementStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/managed.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
};

} // namespace pb::ui
