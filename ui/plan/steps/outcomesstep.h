// OutcomesStep: step 3: the person's outcomes in their own words, a life area for each, and the
// three that matter most.
#pragma once

#include "plan/steppage.h"

namespace pb::ui {

class OutcomesStep : public StepPage {
    Q_OBJECT
public:
    explicit OutcomesStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/outcomes.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
};

} // namespace pb::ui
