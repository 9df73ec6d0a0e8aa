// CheckStep: step 6: a summary of each part with a Change link, and the checker's findings.
#pragma once

#include "plan/steppage.h"

namespace pb::ui {

class CheckStep : public StepPage {
    Q_OBJECT
public:
    explicit CheckStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/check.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
};

} // namespace pb::ui
