// MoveOutcomeCommand: an outcome moved up or down the list (the order the
// person reads and prints them in). Undo puts it back where it stood.
// The new order is saved in one write (PlanSession::moveOutcome); should it
// fail, nothing changed and the command is marked obsolete so the history
// never claims a move that did not happen.
#pragma once

#include <QUndoCommand>

namespace pb::ui {

class PlanSession;

class MoveOutcomeCommand : public QUndoCommand {
public:
    // Moves the outcome with `key` to `position` (0 is the top).
    MoveOutcomeCommand(PlanSession* session, int key, int position);

    void redo() override;
    void undo() override;

private:
    PlanSession* m_session;
    int m_key;
    int m_from = -1;
    int m_to;
};

} // namespace pb::ui
