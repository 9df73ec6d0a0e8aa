// EditSupportItemCommand: a change to one support item.
#pragma once

#include "commands/replacecommand.h"

namespace pb::ui {

class EditSupportItemCommand : public ReplaceCommand<SupportItem> {
public:
    using ReplaceCommand::ReplaceCommand;

protected:
    bool apply(const SupportItem& value) override { return session()->applyItem(value); }
    int commandId() const override { return EditSupportItemId; }
};

} // namespace pb::ui
