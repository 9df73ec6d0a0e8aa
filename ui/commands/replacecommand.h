// ReplaceCommand<T>: the shape every edit in the window shares: the value
// before and after, applied through PlanSession (which saves it first).
//
// - A save that fails marks the command obsolete, so QUndoStack drops it and
//   the undo history never claims a change that is not on the disk.
// - Typing into one field makes many commands; those with the same merge key
//   (the field, and the thing edited) fold into one, so Undo takes back the
//   whole word or sentence rather than a letter at a time, as in a text
//   editor. A merge key of -1 never merges. Typing that ends where it
//   started drops out of the history.
#pragma once

#include "plan/plansession.h"

#include <QUndoCommand>

namespace pb::ui {

template <typename T> class ReplaceCommand : public QUndoCommand {
public:
    ReplaceCommand(PlanSession* session, T before, T after, const QString& text, int mergeKey = -1)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
    }

    void redo() override { setObsolete(!apply(m_after)); }
    void undo() override { setObsolete(!apply(m_before)); }

    int id() const override { return m_mergeKey < 0 ? -1 : commandId(); }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* same = dynamic_cast<const ReplaceCommand<T>*>(other);
        // A change that failed to save is not folded into one that did.
        if (!same || same->isObsolete() || same->m_mergeKey != m_mergeKey
            || same->commandId() != commandId()) {
            return false;
        }
        m_after = same->m_after;
        // Typing that ends where it started leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

protected:
    PlanSession* session() const { return m_session; }
    // Saves and shows `value`; false when the save failed.
    virtual bool apply(const T& value) = 0;
    // One number per kind of command, for merging (see CommandId).
    virtual int commandId() const = 0;

private:
    PlanSession* m_session;
    T m_before;
    T m_after;
    int m_mergeKey;
};

// The ids QUndoStack uses to decide which commands may merge.
enum CommandId {
    EditPersonId = 1,
    EditBudgetId,
    EditOutcomeId,
    EditSupportItemId,
    EditDeploymentId,
    EditEmergencyPlanId,
    EditReviewId,
};

} // namespace pb::ui
