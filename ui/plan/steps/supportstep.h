// SupportStep: step 5: the support items and their cost, the personal assistant calculator, and the
// emergency plan.
#pragma once

#include "plan/steppage.h"

namespace pb::ui {

class SupportStep : public StepPage {
    Q_OBJECT
public:
    explicit SupportStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/support.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
};

} // namespace pb::ui
