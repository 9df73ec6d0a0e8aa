// AgreeStep: step 7: who agreed the plan and when, the review date, agreeing (freezing) this
// version, and the versions so far.
#pragma once

#include "plan/steppage.h"

namespace pb::ui {

class AgreeStep : public StepPage {
    Q_OBJECT
public:
    explicit AgreeStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/agree.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
};

} // namespace pb::ui
