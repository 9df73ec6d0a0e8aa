// MainWindow: the frame around everything: the caseload (start screen) and a
// person's plan, the menus, the message bar, and which database is open.
// It owns the open Database and the PlanSession of the plan being edited;
// the pages do the rest. Window size, position and text size are remembered.
#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace pb {
class Database;
}

namespace pb::ui {

class HelpWindow;

class CaseloadPage;
class MessageBar;
class PlanOutput;
class PlanPage;
class PlanSession;
class PreferencesDialog;
class ResultsPage;
class ReviewPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (and remembers it unless `disposable`, as the demo copy is).
    // On failure the message bar says why and whatever was open stays open.
    bool openDatabase(const QString& path, bool disposable = false);
    // At start-up with no file named: the last database, else the default
    // one, else the first-start welcome.
    void openStartingDatabase();

    bool openPerson(qint64 personId);
    // The open plan's steps, or its Review page ("Review this plan").
    void showPlan();
    bool showReview();
    // Opens the person's plan at its Review page (from the caseload).
    bool reviewPerson(qint64 personId);
    // "Checking the results" across the open caseload.
    bool showResults();
    void showCaseload();
    bool importPlan(const QString& path);

    // Where the person is: the open file, the person and the page. A window
    // made again (in another language) is put back at the same place.
    struct Place {
        QString database;
        bool disposable = false;
        qint64 personId = 0; // 0: no plan open
        enum class Page { Caseload, Plan, Review, Results } page = Page::Caseload;
        int step = 0; // the plan step, when on the plan
    };
    Place place() const;
    void goTo(const Place& place);
    // Puts the program into another language (a code from Languages; empty
    // for the system's) and remembers it. Everything is saved as it is
    // typed, so the window is simply made again, in the new language, at the
    // same place; this window then closes. Returns the new window.
    MainWindow* switchLanguage(const QString& code);
    bool exportPlan(const QString& path);

    CaseloadPage* caseloadPage() const { return m_caseload; }
    PlanPage* planPage() const { return m_planPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    ResultsPage* resultsPage() const { return m_resultsPage; }
    // Print, print preview and save as PDF or spreadsheet (the File menu).
    PlanOutput* planOutput() const { return m_output; }
    // The help window, made the first time it is asked for.
    HelpWindow* helpWindow();
    PlanSession* session() const { return m_session.get(); }
    MessageBar* messageBar() const { return m_messages; }
    Database* database() const { return m_db.get(); }

    static QString defaultDatabasePath();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateRecentMenu();
    void updateActions();
    void showProblem(const QString& message);
    void showInformation(const QString& message);
    void startOwnPlan(const QString& path);
    void changeTextSize(int delta);
    void rememberGeometry();
    void showPreferences();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlanSession> m_session;
    bool m_disposable = false; // the open database is a throwaway copy
    QUndoGroup* m_undoGroup;
    MessageBar* m_messages;
    QStackedWidget* m_stack;
    CaseloadPage* m_caseload;
    PlanPage* m_planPage;
    ReviewPage* m_reviewPage = nullptr;
    ResultsPage* m_resultsPage = nullptr;
    PlanOutput* m_output;
    QList<QAction*> m_outputActions; // enabled while a plan is open
    HelpWindow* m_help = nullptr;
    PreferencesDialog* m_preferences = nullptr; // made the first time it is asked for
    QMenu* m_recentMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_closePlanAction = nullptr;
};

} // namespace pb::ui
