// PlanOutput: the plan open in the window on paper and in files: Print…,
// Print preview, Save as PDF…, Save easy-read PDF… and Save support as a
// spreadsheet (CSV)…. The Agree step's buttons and the File menu both use
// one of these, so they behave the same.
//
// The document comes from PlanDocumentBuilder with the session's rate
// table and today's date, so a draft prints with DRAFT on every page (the
// document carries it). Files are offered in the folder used last this
// run, else the Documents folder, named after the person (ExportFileName),
// and written atomically. What happened is reported through done() and
// failed(), in plain words, for the caller's message bar.
//
// Where to save is asked through a PathChooser: by default the desktop's
// save dialog (which asks before replacing a file). Tests hand in their own,
// so the same path through save() is driven without a dialog.
#pragma once

#include "document/exportfilename.h"
#include "document/plandocument.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace pb::ui {

class PlanSession;

class PlanOutput : public QObject {
    Q_OBJECT
public:
    // Returns the chosen path, or an empty string when the person cancels.
    using PathChooser = std::function<QString(
        const QString& title, const QString& suggestedPath, const QString& filter)>;

    // `window` is the parent of the dialogs.
    explicit PlanOutput(QWidget* window);

    void setSession(PlanSession* session);
    PlanSession* session() const { return m_session; }
    void setPathChooser(PathChooser chooser);

    PlanDocument document(DocumentForm form) const;
    // The folder used last this run (else Documents) and ExportFileName.
    QString suggestedPath(ExportKind kind) const;

    void print();
    void preview();
    // Asks where (the PathChooser), then saveTo(). False when cancelled or failed.
    bool save(ExportKind kind);
    bool saveTo(ExportKind kind, const QString& path);

signals:
    void done(const QString& message);
    void failed(const QString& message);

private:
    QPointer<QWidget> m_window;
    QPointer<PlanSession> m_session;
    PathChooser m_chooser;
};

} // namespace pb::ui
