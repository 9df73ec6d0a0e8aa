// BudgetFieldEditCommand: an EditBudgetCommand for the budget step's fields.
//
// Like every ReplaceCommand, edits to one field (the same merge key) fold into
// one undo step. In addition, when the edits put the budget back exactly as
// it was (a figure typed and rubbed out, an answer changed and changed back,
// an amount that became invalid and was put back), the step is dropped from
// the undo history rather than leaving an "Undo" that does nothing.
//
// The merge keys of the budget step's fields are below, in one place, so two
// fields never share one by accident.
#pragma once

#include "commands/editbudgetcommand.h"

namespace pb::ui {

class BudgetFieldEditCommand : public EditBudgetCommand {
public:
    // Merge keys. Streams and questions take a range each (see the helpers).
    enum Field {
        SourceField = 1,
        AmountField,
        PeriodField,
        AgreedChoiceField,
        AgreedAmountField, // the agreed amount, when the budget was worked out here
        StartField,
        EndField,
        SchemeField,
    };
    enum StreamPart { StreamSource, StreamAmount, StreamNote };
    static int streamKey(int streamKey, StreamPart part) { return 1000 + streamKey * 3 + part; }
    static int questionKey(int questionIndex) { return 100 + questionIndex; }

    BudgetFieldEditCommand(PlanSession* session, const Budget& before, const Budget& after,
        const QString& text, int mergeKey)
        : EditBudgetCommand(session, before, after, text, mergeKey)
        , m_before(before)
        , m_after(after)
    {
    }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* same = dynamic_cast<const BudgetFieldEditCommand*>(other);
        // A change that could not be saved is not folded in: the stack drops it.
        if (!same || same->isObsolete() || !EditBudgetCommand::mergeWith(other)) {
            return false;
        }
        m_after = same->m_after;
        setObsolete(m_after == m_before); // QUndoStack drops it
        return true;
    }

    // Pushes the change from the open plan's budget to `after`; nothing when
    // they are the same.
    static void push(PlanSession* session, const Budget& after, const QString& text, int mergeKey)
    {
        const Budget& before = session->plan().budget;
        if (after == before) {
            return;
        }
        session->undoStack()->push(
            new BudgetFieldEditCommand(session, before, after, text, mergeKey));
    }

private:
    Budget m_before;
    Budget m_after;
};

} // namespace pb::ui
