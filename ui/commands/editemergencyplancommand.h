// EditEmergencyPlanCommand: a change to the emergency or back-up plan.
#pragma once

#include "commands/replacecommand.h"

namespace pb::ui {

class EditEmergencyPlanCommand : public ReplaceCommand<EmergencyPlan> {
public:
    using ReplaceCommand::ReplaceCommand;

protected:
    bool apply(const EmergencyPlan& value) override { return session()->applyEmergency(value); }
    int commandId() const override { return EditEmergencyPlanId; }
};

} // namespace pb::ui
