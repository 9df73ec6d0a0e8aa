// EditDeploymentCommand: a change to how the money is managed.
#pragma once

#include "commands/replacecommand.h"

namespace pb::ui {

class EditDeploymentCommand : public ReplaceCommand<Deployment> {
public:
    using ReplaceCommand::ReplaceCommand;

protected:
    bool apply(const Deployment& value) override { return session()->applyDeployment(value); }
    int commandId() const override { return EditDeploymentId; }
};

} // namespace pb::ui
