// EditOutcomeCommand: a change to one outcome's words, life area, top-three mark or "how I will
// know".
#pragma once

#include "commands/replacecommand.h"

namespace pb::ui {

class EditOutcomeCommand : public ReplaceCommand<Outcome> {
public:
    using ReplaceCommand::ReplaceCommand;

protected:
    bool apply(const Outcome& value) override { return session()->applyOutcome(value); }
    int commandId() const override { return EditOutcomeId; }
};

} // namespace pb::ui
