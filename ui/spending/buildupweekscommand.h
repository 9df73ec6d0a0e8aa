// BuildUpWeeksCommand: the number of weeks of budget that may build up
// before the page warns, changed. Stepping the number up or down several
// times in a row is one undo step (the commands merge), like typing in one
// field.
#pragma once

#include <QUndoCommand>

namespace pb::ui {

class SpendingSession;

class BuildUpWeeksCommand : public QUndoCommand {
public:
    BuildUpWeeksCommand(SpendingSession* session, int before, int after);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    static constexpr int kId = 601; // apart from the plan's CommandIds

    SpendingSession* m_session;
    int m_before;
    int m_after;
};

} // namespace pb::ui
