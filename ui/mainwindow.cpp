#include "mainwindow.h"

#include "appearance.h"
#include "appsettings.h"
#include "caseload/addpersondialog.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "demo/demodatabase.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/welcomedialog.h"
#include "document/planoutput.h"
#include "exchange/planfile.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "language/languagechooser.h"
#include "language/languageswitcher.h"
#include "plan/planpage.h"
#include "plan/plansession.h"
#include "plan/steppage.h"
#include "plan/steps/outcomesstep.h"
#include "results/resultspage.h"
#include "review/reviewpage.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"
#include "widgets/messagebar.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pb::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_messages(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_caseload(new CaseloadPage(this))
    , m_planPage(new PlanPage(this))
    , m_output(new PlanOutput(this))
{
    setWindowTitle(tr("Personal Budget Planner"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pbplanner.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_stack->addWidget(m_caseload);
    m_stack->addWidget(m_planPage);
    m_reviewPage = new ReviewPage(this);
    m_resultsPage = new ResultsPage(this);
    m_stack->addWidget(m_reviewPage);
    m_stack->addWidget(m_resultsPage);

    connect(m_caseload, &CaseloadPage::openPerson, this, &MainWindow::openPerson);
    connect(m_caseload, &CaseloadPage::failed, this, &MainWindow::showProblem);
    connect(m_planPage, &PlanPage::backToCaseload, this, &MainWindow::showCaseload);
    connect(m_planPage, &PlanPage::reviewRequested, this, &MainWindow::showReview);
    connect(m_reviewPage, &ReviewPage::backToPlan, this, &MainWindow::showPlan);
    // "Change my plan" made a new draft: show it where the outcomes are.
    connect(m_reviewPage, &ReviewPage::planChanged, this, [this] {
        showPlan();
        m_planPage->showStep(&OutcomesStep::staticMetaObject);
    });
    connect(m_caseload, &CaseloadPage::reviewPerson, this, &MainWindow::reviewPerson);
    connect(m_caseload, &CaseloadPage::showResults, this, &MainWindow::showResults);
    connect(m_resultsPage, &ResultsPage::backToCaseload, this, &MainWindow::showCaseload);
    connect(m_resultsPage, &ResultsPage::openPerson, this, &MainWindow::openPerson);
    connect(m_resultsPage, &ResultsPage::failed, this, &MainWindow::showProblem);
    connect(m_resultsPage, &ResultsPage::informed, this, &MainWindow::showInformation);
    connect(m_output, &PlanOutput::done, this, &MainWindow::showInformation);
    connect(m_output, &PlanOutput::failed, this, &MainWindow::showProblem);

    buildMenus();
    AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        resize(1200, 760);
    }
    restoreState(settings.windowState());
    updateActions();
}

MainWindow::~MainWindow()
{
    m_planPage->setSession(nullptr);
    m_reviewPage->setSession(nullptr);
    m_resultsPage->setDatabase(nullptr);
}

QString MainWindow::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("caseload.pbdb"));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New caseload file…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("New caseload file"), QDir::homePath(), tr("Caseload files (*.pbdb)"));
        if (path.isEmpty()) {
            return;
        }
        auto db = Database::create(path);
        if (!db.ok()) {
            showProblem(db.error().message);
            return;
        }
        db.value().reset();
        openDatabase(path);
    });
    newDb->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open caseload file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open caseload file"),
            QDir::homePath(), tr("Caseload files (*.pbdb);;All files (*)"));
        if (!path.isEmpty()) {
            openDatabase(path);
        }
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import a plan file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a plan file"), QDir::homePath(), tr("Plan files (*.pbplan)"));
        if (!path.isEmpty()) {
            importPlan(path);
        }
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = file->addAction(tr("&Export this plan as a plan file…"), this, [this] {
        if (!m_session) {
            return;
        }
        const QString suggested =
            QDir(QDir::homePath()).filePath(m_session->person().name + QStringLiteral(".pbplan"));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export this plan"), suggested, tr("Plan files (*.pbplan)"));
        if (!path.isEmpty()) {
            exportPlan(path);
        }
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* print = file->addAction(tr("&Print…"), m_output, &PlanOutput::print);
    print->setShortcut(QKeySequence::Print);
    QAction* preview = file->addAction(tr("Print pre&view"), m_output, &PlanOutput::preview);
    QAction* pdf = file->addAction(
        tr("Save as P&DF…"), this, [this] { m_output->save(ExportKind::StandardPdf); });
    QAction* easyRead = file->addAction(
        tr("Save eas&y-read PDF…"), this, [this] { m_output->save(ExportKind::EasyReadPdf); });
    QAction* csv = file->addAction(tr("Save support as a &spreadsheet (CSV)…"), this,
        [this] { m_output->save(ExportKind::SupportCsv); });
    m_outputActions = {print, preview, pdf, easyRead, csv};
    file->addSeparator();
    m_closePlanAction = file->addAction(tr("&Back to all people"), this, &MainWindow::showCaseload);
    m_closePlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    // The platform's own key where it has one; Ctrl+Comma everywhere.
    QList<QKeySequence> preferenceKeys {QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    if (const QKeySequence platform(QKeySequence::Preferences);
        !platform.isEmpty() && !preferenceKeys.contains(platform)) {
        preferenceKeys.prepend(platform);
    }
    preferences->setShortcuts(preferenceKeys);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* larger = view->addAction(tr("&Larger text"), this, [this] { changeTextSize(+20); });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* smaller = view->addAction(tr("&Smaller text"), this, [this] { changeTextSize(-20); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction* normal = view->addAction(tr("&Normal text size"), this, [this] { changeTextSize(0); });
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QAction* results = view->addAction(tr("Checking the &results"), this, &MainWindow::showResults);
    results->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* pageHelp = help->addAction(tr("&Help for this page"), this, [this] {
        const QWidget* page = m_stack->currentWidget();
        if (page == m_planPage) {
            page = m_planPage->step(m_planPage->currentStep());
        }
        helpWindow()->showTopic(HelpTopics::forPage(page));
    });
    pageHelp->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Glossary of words"), this,
        [this] { helpWindow()->showTopic(HelpTopics::glossary()); });
    help->addAction(tr("&Keyboard shortcuts"), this,
        [this] { helpWindow()->showTopic(HelpTopics::keyboard()); });
    help->addSeparator();
    help->addAction(tr("&About Personal Budget Planner"), this, [this] {
        AboutDialog about(this);
        about.exec();
    });
    updateRecentMenu();
}

HelpWindow* MainWindow::helpWindow()
{
    if (m_help == nullptr) {
        m_help = new HelpWindow(this);
    }
    return m_help;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentDatabases();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  (")
                + QDir::toNativeSeparators(path) + QLatin1Char(')'),
            this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool planOpen = m_session && m_stack->currentWidget() == m_planPage;
    m_exportAction->setEnabled(planOpen);
    for (QAction* action : std::as_const(m_outputActions)) {
        action->setEnabled(planOpen);
    }
    m_closePlanAction->setEnabled(planOpen);
    m_importAction->setEnabled(m_db && !m_db->isReadOnly());
}

void MainWindow::showProblem(const QString& message)
{
    m_messages->showMessage(MessageBar::Kind::Problem, message);
}
void MainWindow::showInformation(const QString& message)
{
    m_messages->showMessage(MessageBar::Kind::Information, message);
}

bool MainWindow::openDatabase(const QString& path, bool disposable)
{
    auto db = Database::open(path);
    if (!db.ok()) {
        showProblem(db.error().message);
        if (!QFileInfo::exists(path)) {
            AppSettings().forgetRecent(path);
            updateRecentMenu();
        }
        return false;
    }
    showCaseload();
    m_planPage->setSession(nullptr);
    m_reviewPage->setSession(nullptr);
    m_resultsPage->setDatabase(nullptr);
    m_session.reset();
    m_db = std::move(db.value());
    m_messages->hide();
    if (!m_db->backupPath().isEmpty()) {
        showInformation(tr("This caseload file was updated to work with this version. A copy from "
                           "before the update is at %1.")
                            .arg(QDir::toNativeSeparators(m_db->backupPath())));
    }
    m_disposable = disposable;
    if (!disposable) {
        AppSettings().setLastDatabase(path);
        updateRecentMenu();
    }
    setWindowFilePath(path);
    m_caseload->setDatabase(m_db.get());
    m_resultsPage->setDatabase(m_db.get());
    // A budget holder planning at home has one plan: go straight into it.
    if (m_caseload->model()->rowCount() == 1) {
        openPerson(m_caseload->model()->rowAt(0).entry.personId);
    }
    updateActions();
    return true;
}

void MainWindow::openStartingDatabase()
{
    const QString last = AppSettings().lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openDatabase(last);
        return;
    }
    const QString path = defaultDatabasePath();
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    WelcomeDialog welcome(this);
    welcome.exec();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (welcome.choice() == WelcomeDialog::Choice::Example) {
        const QString example =
            QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("example-caseload.pbdb"));
        if (!QFileInfo::exists(example)) {
            const Status made = DemoDatabase::createDemo(example);
            if (!made.ok()) {
                showProblem(made.error().message);
                return;
            }
        }
        openDatabase(example);
    } else if (welcome.choice() == WelcomeDialog::Choice::OwnPlan) {
        startOwnPlan(path);
    }
}

void MainWindow::startOwnPlan(const QString& path)
{
    auto db = Database::openOrCreate(path);
    if (!db.ok()) {
        showProblem(db.error().message);
        return;
    }
    db.value().reset();
    if (!openDatabase(path)) {
        return;
    }
    AddPersonDialog dialog(this);
    dialog.setWindowTitle(tr("Start my plan"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    Person person;
    person.name = dialog.name();
    const auto id = PersonRepository(*m_db).add(person);
    if (!id.ok()) {
        showProblem(id.error().message);
        return;
    }
    m_caseload->reload();
    openPerson(id.value());
}

bool MainWindow::openPerson(qint64 personId)
{
    if (!m_db) {
        return false;
    }
    Error error;
    auto session = PlanSession::open(*m_db, personId, &error);
    if (!session) {
        showProblem(error.message);
        return false;
    }
    m_planPage->setSession(nullptr);
    m_reviewPage->setSession(nullptr);
    if (m_session) {
        m_undoGroup->removeStack(m_session->undoStack());
    }
    m_session = std::move(session);
    m_output->setSession(m_session.get());
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(
        m_session.get(), &PlanSession::changed, m_caseload,
        [this, personId] { m_caseload->refreshPerson(personId); }, Qt::QueuedConnection);
    m_planPage->setSession(m_session.get());
    m_reviewPage->setSession(m_session.get());
    m_stack->setCurrentWidget(m_planPage);
    m_messages->hide();
    updateActions();
    return true;
}

void MainWindow::showPlan()
{
    if (!m_session) {
        showCaseload();
        return;
    }
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_stack->setCurrentWidget(m_planPage);
    updateActions();
}

bool MainWindow::showReview()
{
    if (!m_session) {
        return false;
    }
    m_reviewPage->chooseReview();
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_stack->setCurrentWidget(m_reviewPage);
    updateActions();
    return true;
}

bool MainWindow::reviewPerson(qint64 personId)
{
    return openPerson(personId) && showReview();
}

bool MainWindow::showResults()
{
    if (!m_db) {
        showProblem(tr("Open a caseload file first, then check its results."));
        return false;
    }
    if (!m_resultsPage->reload()) {
        return false;
    }
    QUndoStack* tags = m_resultsPage->undoStack();
    if (!m_undoGroup->stacks().contains(tags)) {
        m_undoGroup->addStack(tags);
    }
    m_undoGroup->setActiveStack(tags);
    m_stack->setCurrentWidget(m_resultsPage);
    updateActions();
    return true;
}

void MainWindow::showCaseload()
{
    m_stack->setCurrentWidget(m_caseload);
    m_caseload->setFocus();
    updateActions();
}

bool MainWindow::importPlan(const QString& path)
{
    if (!m_db) {
        showProblem(tr("Open or make a caseload file first, then import the plan into it."));
        return false;
    }
    const auto contents = PlanFile::read(path);
    if (!contents.ok()) {
        showProblem(contents.error().message);
        return false;
    }
    const auto imported =
        PlanRepository(*m_db).importPlan(contents.value().person, contents.value().plan);
    if (!imported.ok()) {
        showProblem(imported.error().message);
        return false;
    }
    m_caseload->reload();
    openPerson(imported.value().person.id);
    showInformation(tr("%1's plan was imported as a new draft.").arg(imported.value().person.name));
    return true;
}

bool MainWindow::exportPlan(const QString& path)
{
    if (!m_session) {
        return false;
    }
    const Status written = PlanFile::write(path, m_session->person(), m_session->plan());
    if (!written.ok()) {
        showProblem(written.error().message);
        return false;
    }
    showInformation(tr("The plan was saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

MainWindow::Place MainWindow::place() const
{
    Place here;
    if (!m_db) {
        return here;
    }
    here.database = m_db->path();
    here.disposable = m_disposable;
    here.personId = m_session ? m_session->person().id : 0;
    QWidget* page = m_stack->currentWidget();
    if (page == m_planPage) {
        here.page = Place::Page::Plan;
        here.step = m_planPage->currentStep();
    } else if (page == m_reviewPage) {
        here.page = Place::Page::Review;
    } else if (page == m_resultsPage) {
        here.page = Place::Page::Results;
    }
    return here;
}

void MainWindow::goTo(const Place& place)
{
    if (place.database.isEmpty() || !openDatabase(place.database, place.disposable)) {
        return;
    }
    if (place.personId != 0 && (!m_session || m_session->person().id != place.personId)
        && !openPerson(place.personId)) {
        return;
    }
    switch (place.page) {
    case Place::Page::Caseload:
        showCaseload();
        break;
    case Place::Page::Plan:
        showPlan();
        m_planPage->goToStep(place.step);
        break;
    case Place::Page::Review:
        showReview();
        break;
    case Place::Page::Results:
        showResults();
        break;
    }
}

MainWindow* MainWindow::switchLanguage(const QString& code)
{
    AppSettings().setLanguage(code);
    LanguageSwitcher::apply(code);
    const Place here = place();
    rememberGeometry(); // the new window opens with this one's size and position
    auto* next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->goTo(here);
    next->show();
    setAttribute(Qt::WA_DeleteOnClose);
    close();
    return next;
}

void MainWindow::changeTextSize(int delta)
{
    AppSettings settings;
    const int percent = delta == 0 ? 100 : settings.textPercent() + delta;
    settings.setTextPercent(percent);
    Appearance::setTextPercent(settings.textPercent());
}

void MainWindow::showPreferences()
{
    if (m_preferences == nullptr) {
        m_preferences = new PreferencesDialog(this);
        auto* languages = new LanguageChooser(AppSettings().language());
        m_preferences->addLanguageChooser(languages);
        connect(languages, &LanguageChooser::chosen, this, [this](const QString& code) {
            if (code != AppSettings().language()) {
                // The new window opens Preferences again, in the new language.
                switchLanguage(code)->showPreferences();
            }
        });
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::changeEvent(QEvent* event)
{
    // The desktop's colour scheme changed (or high contrast was chosen):
    // the meaningful colours are picked again for the new background.
    if (event->type() == QEvent::PaletteChange) {
        Appearance::desktopPaletteChanged();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::rememberGeometry()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    rememberGeometry();
    event->accept();
}

} // namespace pb::ui
