// ListEntryCommand<T>: an outcome or a support item added to, or taken out
// of, the plan. Taking one out remembers where it stood, so undo puts it back
// in the same place. (Changing one is EditOutcomeCommand /
// EditSupportItemCommand.) A failed save marks the command obsolete, as in
// ReplaceCommand.
#pragma once

#include "plan/plansession.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pb::ui {

template <typename T> struct ListEntryTraits;

template <> struct ListEntryTraits<Outcome> {
    static const QList<Outcome>& list(const Plan& plan) { return plan.outcomes; }
    static bool put(PlanSession& s, const Outcome& o, int position)
    {
        return s.applyOutcome(o, position);
    }
    static bool take(PlanSession& s, int key) { return s.removeOutcome(key); }
    static QString addText()
    {
        return QCoreApplication::translate("ListEntryCommand", "add an outcome");
    }
    static QString removeText()
    {
        return QCoreApplication::translate("ListEntryCommand", "remove an outcome");
    }
};

template <> struct ListEntryTraits<SupportItem> {
    static const QList<SupportItem>& list(const Plan& plan) { return plan.items; }
    static bool put(PlanSession& s, const SupportItem& i, int position)
    {
        return s.applyItem(i, position);
    }
    static bool take(PlanSession& s, int key) { return s.removeItem(key); }
    static QString addText()
    {
        return QCoreApplication::translate("ListEntryCommand", "add support");
    }
    static QString removeText()
    {
        return QCoreApplication::translate("ListEntryCommand", "remove support");
    }
};

template <typename T> class ListEntryCommand : public QUndoCommand {
public:
    enum class Change { Add, Remove };

    ListEntryCommand(PlanSession* session, T value, Change change)
        : QUndoCommand(change == Change::Add ? Traits::addText() : Traits::removeText())
        , m_session(session)
        , m_value(std::move(value))
        , m_change(change)
    {
        const auto& list = Traits::list(session->plan());
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].key == m_value.key) {
                m_position = i;
            }
        }
    }

    void redo() override { setObsolete(!(m_change == Change::Add ? put() : take())); }
    void undo() override { setObsolete(!(m_change == Change::Add ? take() : put())); }

private:
    using Traits = ListEntryTraits<T>;
    bool put() { return Traits::put(*m_session, m_value, m_position); }
    bool take() { return Traits::take(*m_session, m_value.key); }

    PlanSession* m_session;
    T m_value;
    Change m_change;
    int m_position = -1; // where a removed entry stood; -1 adds at the end
};

using OutcomeListCommand = ListEntryCommand<Outcome>;
using SupportItemListCommand = ListEntryCommand<SupportItem>;

} // namespace pb::ui
