// SetThemesCommand: the broker's theme tags on one review comment, before
// and after, applied through ResultsSession (which saves them first). A
// save that fails marks the command obsolete, so the undo history never
// claims a change that is not on the disk (as ReplaceCommand does for plans).
#pragma once

#include "results/resultssession.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pb::ui {

class SetThemesCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetThemesCommand)
public:
    SetThemesCommand(ResultsSession* session, const ReviewComment& comment, QStringList before,
        QStringList after)
        //: an undo step: "Undo tag a comment with themes"
        : QUndoCommand(tr("tag a comment with themes"))
        , m_session(session)
        , m_comment(comment)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override { setObsolete(!m_session->applyThemes(m_comment, m_after)); }
    void undo() override { setObsolete(!m_session->applyThemes(m_comment, m_before)); }

private:
    ResultsSession* m_session;
    ReviewComment m_comment;
    QStringList m_before;
    QStringList m_after;
};

} // namespace pb::ui
