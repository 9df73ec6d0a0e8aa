// pbplanner: the window, or a command-line subcommand when one is named
// (`pbplanner --help` lists them). A plan file named alone (`pbplanner
// aisha.pbplan`, as the desktop's file manager opens one) starts the window
// and imports it into the caseload. Subcommands run under QCoreApplication, so
// they need no display; `export` draws PDFs, which needs fonts and so a
// QGuiApplication, on the offscreen platform unless QT_QPA_PLATFORM says
// otherwise, so it needs no display either.
#include "appearance.h"
#include "appsettings.h"
#include "cli/cli.h"
#include "demo/demodatabase.h"
#include "language/languages.h"
#include "language/languageswitcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PersonalBudgetPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("pbplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PB_VERSION));
}

int runCli()
{
    describeApplication();
    // Messages and documents in the chosen language, else the system's.
    pb::ui::LanguageSwitcher::apply(pb::ui::AppSettings().language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pb::cli::Cli().run(QCoreApplication::arguments(), {out, err});
}

int runCommandLine(int argc, char** argv, bool drawsDocuments)
{
    if (drawsDocuments) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication app(argc, argv);
        return runCli();
    }
    QCoreApplication app(argc, argv);
    return runCli();
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApplication();

    // Parsed here rather than by QCommandLineParser::process(), whose help
    // and errors name the program by the path it was started with and exit
    // with its own status; these match the subcommands' (exit status 2).
    // The descriptions are never shown (--help prints Cli::overallHelp()).
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QApplication::translate("main", "Show the commands and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Show the version and exit."));
    const QCommandLineOption db(QStringLiteral("db"),
        QApplication::translate("main", "Open this caseload file."), QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate(
            "main", "Open a throwaway copy of the demo caseload (nothing of yours is touched)."));
    const QCommandLineOption language(QStringLiteral("language"),
        QApplication::translate("main", "Show the program in this language (en, cy, pl or ur)."),
        QStringLiteral("CODE"));
    for (const QCommandLineOption& option : {help, version, db, demo, language}) {
        parser.addOption(option);
    }
    parser.addPositionalArgument(QStringLiteral("PLAN.pbplan"),
        QApplication::translate("main", "A plan file to import into the caseload and open."),
        QStringLiteral("[PLAN.pbplan]"));
    const bool parsed = parser.parse(QCoreApplication::arguments());

    // Before the first word is shown: the language chosen in Preferences,
    // else the system's (--language overrides both, for this run only).
    pb::ui::LanguageSwitcher::apply(
        parser.isSet(language) ? parser.value(language) : pb::ui::AppSettings().language());
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "Personal Budget Planner"));
    QApplication::setDesktopFileName(QStringLiteral("pbplanner"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto wrong = [&err](const QString& message) {
        err << QStringLiteral("pbplanner: ") << message << Qt::endl
            << QApplication::translate(
                   "main", "Hint: run \"pbplanner --help\" to see how to start it.")
            << Qt::endl;
        return int(pb::cli::BadArguments);
    };
    if (!parsed) {
        return wrong(parser.errorText());
    }
    if (parser.isSet(language)
        && pb::ui::Languages::byCode(parser.value(language)).code != parser.value(language)) {
        return wrong(QApplication::translate(
            "main", "there is no translation into \"%1\". Choose en, cy, pl or ur.")
                         .arg(parser.value(language)));
    }
    if (parser.isSet(help)) {
        out << pb::cli::Cli().overallHelp();
        return pb::cli::Done;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return pb::cli::Done;
    }
    const QStringList plans = parser.positionalArguments();
    if (plans.size() > 1) {
        return wrong(QApplication::translate("main", "give one plan file to open, not %1.")
                         .arg(plans.size()));
    }

    pb::ui::Appearance::install(app);
    pb::ui::Appearance::setTextPercent(pb::ui::AppSettings().textPercent());
    pb::ui::Appearance::setHighContrast(pb::ui::AppSettings().highContrast());

    // On the heap: a change of language replaces the window with a new one.
    auto* window = new pb::ui::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QTemporaryDir demoFolder; // outlives every window: the demo copy is removed on quit
    if (parser.isSet(demo)) {
        const QString path = QDir(demoFolder.path()).filePath(QStringLiteral("demo-caseload.pbdb"));
        const pb::Status made = pb::DemoDatabase::createDemo(path);
        if (made.ok()) {
            window->openDatabase(path, /*disposable=*/true);
        } else {
            window->openDatabase(path); // shows why in the message bar
        }
    } else if (parser.isSet(db)) {
        window->openDatabase(parser.value(db));
    } else {
        window->openStartingDatabase();
    }
    if (!plans.isEmpty()) {
        // Into whichever caseload is open; a file that can't be read is
        // explained in the message bar and changes nothing.
        window->importPlan(plans.first());
    }
    const int code = QApplication::exec();
    // The last window closed itself; delete it while the application lives.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    if (pb::cli::Cli::wantsCommandLine(arguments)) {
        return runCommandLine(argc, argv, arguments.value(1) == QLatin1String("export"));
    }
    return runWindow(argc, argv);
}
