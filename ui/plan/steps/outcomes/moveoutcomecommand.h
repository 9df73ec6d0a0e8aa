// MoveOutcomeCommand: an outcome moved up or down the list (the order the
// person reads and prints them in). Undo puts it back where it stood.
//
// PlanSession has no "reorder" call, so a move is made of the two it has:
// take the outcome out, then put it in again at its new place (which saves
// the new order). Items keep their links to it meanwhile (the database keeps
// links to outcomes that are not there). Should the second save fail, the
// outcome is put back at its old place rather than lost, and the command is
// marked obsolete so the history never claims a move that did not happen.
// A PlanSession::moveOutcome(key, position) in one transaction would be
// better; until then this is the safe way.
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
    bool moveTo(int position, int fallback);

    PlanSession* m_session;
    int m_key;
    int m_from = -1;
    int m_to;
};

} // namespace pb::ui
