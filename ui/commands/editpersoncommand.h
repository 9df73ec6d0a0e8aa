// EditPersonCommand: a change to the person's details (About me).
#pragma once

#include "commands/replacecommand.h"

namespace pb::ui {

class EditPersonCommand : public ReplaceCommand<Person> {
public:
    using ReplaceCommand::ReplaceCommand;

protected:
    bool apply(const Person& value) override { return session()->applyPerson(value); }
    int commandId() const override { return EditPersonId; }
};

} // namespace pb::ui
