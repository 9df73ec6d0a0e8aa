// SpendingWindow: "Keep track of the money" for the person whose plan is
// open, in a window of its own beside the plan (the plan stays as it is
// while the money is looked after, and both can be seen at once). It holds
// the SpendingSession and the SpendingPage in a scroll area (so a large text
// size never clips), with "Back to my plan", Undo and Redo at the top and a
// line that says when an edit couldn't be saved.
//
// Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo the payment edits here;
// Ctrl+W closes the window. It closes itself when the plan session it
// follows goes (another person opened, the database closed).
#pragma once

#include "common/error.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace pb {
class Database;
}

namespace pb::ui {

class HelpWindow;

class PlanSession;
class SpendingPage;
class SpendingSession;

class SpendingWindow : public QWidget {
    Q_OBJECT
public:
    // Opens the window for `plan`'s person; nullptr with `error` set when
    // their payments or agreed plan can't be read.
    static SpendingWindow* open(Database& db, PlanSession* plan, QWidget* parent, Error* error);
    ~SpendingWindow() override;

    SpendingSession* session() const { return m_session.get(); }
    SpendingPage* page() const { return m_page; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* redoButton() const { return m_redo; }
    QLabel* messageLine() const { return m_message; }

private:
    SpendingWindow(std::unique_ptr<SpendingSession> session, QWidget* parent);
    void updateUndoButtons();

    std::unique_ptr<SpendingSession> m_session;
    SpendingPage* m_page;
    QPushButton* m_back;
    QPushButton* m_undo;
    QPushButton* m_redo;
    QLabel* m_message;
    HelpWindow* m_help = nullptr; // made the first time F1 is pressed
};

} // namespace pb::ui
