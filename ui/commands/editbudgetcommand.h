// EditBudgetCommand: a change to the budget: amounts, period, dates, RAS answers, funding streams.
#pragma once

#include "commands/replacecommand.h"

namespace pb::ui {

class EditBudgetCommand : public ReplaceCommand<Budget> {
public:
    using ReplaceCommand::ReplaceCommand;

protected:
    bool apply(const Budget& value) override { return session()->applyBudget(value); }
    int commandId() const override { return EditBudgetId; }
};

} // namespace pb::ui
