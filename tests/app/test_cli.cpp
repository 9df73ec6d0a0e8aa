// The command line, end to end: the real pbplanner executable in a QProcess,
// its output and exit status, on the example plans and on bad input.
#include "costing/personalassistantcost.h"
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "demo/democaseload.h"
#include "ras/rasanswersloader.h"
#include "ras/rascalculator.h"
#include "ras/rasschemeloader.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace pb;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run pbplanner(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PBPLANNER_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// pbplanner as a script over ssh would run it: no display, no platform chosen.
Run pbplannerWithoutDisplay(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        environment.remove(QLatin1String(name));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PBPLANNER_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// The text of a PDF, through poppler's pdftotext.
QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString example(const QString& stem)
{
    return test::sourcePath(QStringLiteral("resources/examples/%1.pbplan").arg(stem));
}

QJsonObject json(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion();
    void helpNamesTheProgramAndFitsEightyColumns_data();
    void helpNamesTheProgramAndFitsEightyColumns();
    void aPlanFileOpensTheWindowAndIsImported();
    void badArgumentsSayWhatAndExitTwo_data();
    void badArgumentsSayWhatAndExitTwo();
    void summaryOfEveryExample();
    void summaryJsonMatchesCore();
    void checkExitsOneOnErrors();
    void checkWarningsOnlyExitsZero();
    void damagedPlanFileExitsThree();
    void paCostMatchesCore();
    void rasMatchesCore();
    void demoMakesADatabaseAndNeverOverwrites();
    void exportAPlanFileAsPdfAndSpreadsheet();
    void exportTheEasyReadPlan();
    void exportADamagedPlanWritesNothingAndExitsThree();
    void exportAWholeCaseload_data();
    void exportAWholeCaseload();
    void exportAWholeCaseloadSkipsABadPlan();
};

void TestCli::helpAndVersion()
{
    const Run help = pbplanner({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"summary", "check", "pa-cost", "ras", "demo", "export"}) {
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    }
    const Run version = pbplanner({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("pbplanner ")));
    const Run commandHelp = pbplanner({QStringLiteral("pa-cost"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(QStringLiteral("--hours")));
}

void TestCli::helpNamesTheProgramAndFitsEightyColumns_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("pbplanner --help") << QString();
    for (const char* command : {"summary", "check", "pa-cost", "ras", "demo", "export"}) {
        QTest::newRow(command) << QString::fromLatin1(command);
    }
}

// Run by its full path (as PBPLANNER_PATH is), the help still says
// "pbplanner", and no line is wider than an 80-column terminal.
void TestCli::helpNamesTheProgramAndFitsEightyColumns()
{
    QFETCH(QString, command);
    QVERIFY(QFileInfo(QStringLiteral(PBPLANNER_PATH)).isAbsolute());
    const Run help = pbplanner(command.isEmpty() ? QStringList {QStringLiteral("--help")}
                                                 : QStringList {command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString usage = command.isEmpty() ? QStringLiteral("Usage: pbplanner [")
                                            : QStringLiteral("Usage: pbplanner %1 ").arg(command);
    QVERIFY2(help.out.startsWith(usage), qPrintable(help.out));
    QVERIFY2(!help.out.contains(QStringLiteral(PBPLANNER_PATH)), qPrintable(help.out));
    for (const QString& line : help.out.split(QLatin1Char('\n'))) {
        QVERIFY2(line.size() < 80, qPrintable(line));
    }
    if (command == QLatin1String("export")) {
        QVERIFY2(help.out.contains(QStringLiteral("\n  --pdf <OUT.pdf>  Save the plan as a PDF")),
            qPrintable(help.out));
    }
    if (command == QLatin1String("ras")) {
        // Each argument's name whole, its words beside it.
        QVERIFY2(help.out.contains(QStringLiteral("\n  ANSWERS.json  The answers: ")),
            qPrintable(help.out));
    }
    if (command.isEmpty()) {
        QVERIFY(help.out.contains(QStringLiteral("[PLAN.pbplan]")));
        // The commands in a column, their summaries beside them.
        QVERIFY2(help.out.contains(QStringLiteral("\n  summary     Show a plan's budget")),
            qPrintable(help.out));
    }
}

namespace {
// The number of people in the caseload at `path`, or -1 when it can't be
// read just now.
int peopleIn(const QString& path)
{
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    if (!db.ok()) {
        return -1;
    }
    const auto people = PersonRepository(*db.value()).list();
    return people.ok() ? int(people.value().size()) : -1;
}
} // namespace

// `pbplanner --db FILE plan.pbplan`, as the desktop's "Open with" runs it:
// the window starts (it is still running) and the plan is imported into the
// caseload, a ninth person beside the eight demo people.
void TestCli::aPlanFileOpensTheWindowAndIsImported()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("caseload.pbdb"));
    QCOMPARE(pbplanner({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    QCOMPARE(peopleIn(db), 8);

    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(PBPLANNER_PATH),
        {QStringLiteral("--db"), db, example(QStringLiteral("grace-thompson"))});
    QVERIFY(window.waitForStarted());
    const bool imported = QTest::qWaitFor(
        [&] { return peopleIn(db) == 9 || window.state() == QProcess::NotRunning; }, 60000);
    const bool running = window.state() == QProcess::Running;
    window.kill();
    window.waitForFinished();
    QVERIFY2(running, window.readAllStandardError().constData());
    QVERIFY(imported);
    QCOMPARE(peopleIn(db), 9);
}

void TestCli::badArgumentsSayWhatAndExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown command")
        << QStringList {QStringLiteral("sumary")} << QStringLiteral("not a command");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("summary"), QStringLiteral("--jsn"), QStringLiteral("x")}
        << QStringLiteral("jsn");
    QTest::newRow("no plan") << QStringList {QStringLiteral("summary")}
                             << QStringLiteral("exactly one plan file");
    QTest::newRow("no hours") << QStringList {QStringLiteral("pa-cost"), QStringLiteral("--wage"),
        QStringLiteral("12")} << QStringLiteral("--hours");
    QTest::newRow("bad wage") << QStringList {QStringLiteral("pa-cost"), QStringLiteral("--hours"),
        QStringLiteral("10"), QStringLiteral("--wage"), QStringLiteral("twelve")}
                              << QStringLiteral("--wage");
    QTest::newRow("negative hours") << QStringList {QStringLiteral("pa-cost"),
        QStringLiteral("--hours"), QStringLiteral("-3"), QStringLiteral("--wage"),
        QStringLiteral("12")} << QStringLiteral("0 or more");
    QTest::newRow("more hours than a week") << QStringList {QStringLiteral("pa-cost"),
        QStringLiteral("--hours"), QStringLiteral("200"), QStringLiteral("--wage"),
        QStringLiteral("12")} << QStringLiteral("168");
    QTest::newRow("ras one file") << QStringList {QStringLiteral("ras"), QStringLiteral("a.json")}
                                  << QStringLiteral("answers file");
    QTest::newRow("demo without db")
        << QStringList {QStringLiteral("demo")} << QStringLiteral("--db");
    QTest::newRow("demo bad count") << QStringList {QStringLiteral("demo"), QStringLiteral("--db"),
        QStringLiteral("x.pbdb"), QStringLiteral("--people"), QStringLiteral("lots")}
                                    << QStringLiteral("whole number");
    QTest::newRow("export without saying what to make") << QStringList {QStringLiteral("export"),
        QStringLiteral("plan.pbplan")} << QStringLiteral("--pdf OUT.pdf");
    QTest::newRow("export easy-read without a PDF") << QStringList {QStringLiteral("export"),
        QStringLiteral("plan.pbplan"), QStringLiteral("--csv"), QStringLiteral("a.csv"),
        QStringLiteral("--easy-read")} << QStringLiteral("--easy-read goes with --pdf");
    QTest::newRow("two plan files for the window") << QStringList {QStringLiteral("a.pbplan"),
        QStringLiteral("b.pbplan")} << QStringLiteral("one plan file");
    QTest::newRow("unknown option for the window")
        << QStringList {QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("a language there is no translation for") << QStringList {
        QStringLiteral("--language"), QStringLiteral("fr")} << QStringLiteral("en, cy, pl or ur");
    QTest::newRow("export all without a folder") << QStringList {QStringLiteral("export"),
        QStringLiteral("--db"), QStringLiteral("x.pbdb"), QStringLiteral("--all")}
                                                 << QStringLiteral("--out");
}

void TestCli::badArgumentsSayWhatAndExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run run = pbplanner(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Hint:")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::summaryOfEveryExample()
{
    for (const PlanFileContents& c : DemoCaseload::people()) {
        const Run run =
            pbplanner({QStringLiteral("summary"), example(DemoCaseload::fileStem(c.person))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(c.person.name), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Budget:")));
        QVERIFY(run.out.contains(QStringLiteral("Planned:")));
    }
    const Run aisha = pbplanner({QStringLiteral("summary"), example(QStringLiteral("aisha-khan"))});
    QVERIFY2(aisha.out.contains(QStringLiteral("£18,610 a year")), qPrintable(aisha.out));
    QVERIFY(aisha.out.contains(QStringLiteral("I want to go swimming every week with a friend")));
}

void TestCli::summaryJsonMatchesCore()
{
    const PlanFileContents tom = DemoCaseload::people().at(4);
    QCOMPARE(tom.person.name, QStringLiteral("Tom Evans"));
    const PlanTotals totals = PlanTotals::calculate(
        tom.plan, RateTableLoader::builtInFor(PlanTotals::costingDate(tom.plan)).value());
    const Run run = pbplanner({QStringLiteral("summary"), example(QStringLiteral("tom-evans")),
        QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject expected = totals.toJson();
    expected.insert(QStringLiteral("person"), tom.person.name);
    expected.insert(QStringLiteral("version"), tom.plan.version);
    expected.insert(QStringLiteral("status"), QStringLiteral("draft"));
    QCOMPARE(json(run), expected);
}

void TestCli::checkExitsOneOnErrors()
{
    // Over budget is an error: the exit status lets a script stop on it.
    PlanFileContents c = DemoCaseload::people().at(0);
    c.plan.budget.indicative = Money::fromPounds(1000);
    c.plan.budget.streams.first().amount = Money::fromPounds(1000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("over.pbplan"));
    QVERIFY(PlanFile::write(path, c.person, c.plan).ok());
    const Run run = pbplanner({QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("more than your budget")), qPrintable(run.out));
    const Run asJson = pbplanner({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(asJson.exitCode, 1);
    QVERIFY(json(asJson).value(QStringLiteral("errors")).toInt() >= 1);
}

void TestCli::checkWarningsOnlyExitsZero()
{
    const Run run = pbplanner({QStringLiteral("check"), example(QStringLiteral("bethany-hughes"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("close relative")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("can't come")));
    const Run clean =
        pbplanner({QStringLiteral("check"), example(QStringLiteral("grace-thompson"))});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.out.contains(QStringLiteral("no problems found")));
}

void TestCli::damagedPlanFileExitsThree()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.pbplan"));
    QFile original(example(QStringLiteral("aisha-khan")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(original.readAll().left(900));
    damaged.close();
    const Run run = pbplanner({QStringLiteral("summary"), path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    const Run missing =
        pbplanner({QStringLiteral("check"), dir.filePath(QStringLiteral("nothing-here.pbplan"))});
    QCOMPARE(missing.exitCode, 3);
}

void TestCli::paCostMatchesCore()
{
    const auto rates = RateTableLoader::builtInFor(QDate(2026, 6, 1)).value();
    const auto cost = PersonalAssistantCost::calculate(1600, Money::fromPence(1300), rates);
    const Run run = pbplanner({QStringLiteral("pa-cost"), QStringLiteral("--hours"),
        QStringLiteral("16"), QStringLiteral("--wage"), QStringLiteral("13.00"),
        QStringLiteral("--date"), QStringLiteral("2026-06-01"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run), cost.toJson());
    const Run text = pbplanner({QStringLiteral("pa-cost"), QStringLiteral("--hours"),
        QStringLiteral("16"), QStringLiteral("--wage"), QStringLiteral("13"),
        QStringLiteral("--date"), QStringLiteral("2026-06-01")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("Holiday pay")));
    QVERIFY(text.out.contains(QStringLiteral("6 April 2026")));
}

void TestCli::rasMatchesCore()
{
    const QString scheme = test::sourcePath(QStringLiteral("resources/ras/example-points.json"));
    const QString answers =
        test::sourcePath(QStringLiteral("resources/ras/example-points-answers.json"));
    const auto expected = RasCalculator(RasSchemeLoader::load(scheme).value())
                              .calculate(RasAnswersLoader::load(answers).value());
    QVERIFY(expected.ok());
    const Run run = pbplanner({QStringLiteral("ras"), scheme, answers, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run), expected.value().toJson());
    const Run text = pbplanner({QStringLiteral("ras"), scheme, answers});
    QCOMPARE(text.exitCode, 0);
    for (const QString& step : expected.value().steps) {
        QVERIFY2(text.out.contains(step), qPrintable(step));
    }
    const Run wrongScheme = pbplanner({QStringLiteral("ras"),
        test::sourcePath(QStringLiteral("resources/ras/example-bands.json")), answers});
    QCOMPARE(wrongScheme.exitCode, 3);
}

void TestCli::demoMakesADatabaseAndNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pbdb"));
    const Run made = pbplanner({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(made.exitCode, 0);
    QVERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const Run again = pbplanner({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(again.exitCode, 3);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);

    const Run synthetic = pbplanner({QStringLiteral("demo"), QStringLiteral("--people"),
        QStringLiteral("40"), QStringLiteral("--db"), dir.filePath(QStringLiteral("forty.pbdb"))});
    QCOMPARE(synthetic.exitCode, 0);
    QVERIFY(synthetic.out.contains(QStringLiteral("40 made-up people")));
}

void TestCli::exportAPlanFileAsPdfAndSpreadsheet()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("Aisha.pdf"));
    const QString csv = dir.filePath(QStringLiteral("Aisha.csv"));
    // Run as a script over ssh would: no display and no platform chosen.
    const Run run =
        pbplannerWithoutDisplay({QStringLiteral("export"), example(QStringLiteral("aisha-khan")),
            QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(pdf) && run.out.contains(csv), qPrintable(run.out));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Aisha Khan")));
    QVERIFY(text.contains(QStringLiteral("DRAFT"))); // the example is a draft

    const auto contents = PlanFile::read(example(QStringLiteral("aisha-khan")));
    QVERIFY(contents.ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8, marked for spreadsheets
    // A header row, a row per piece of support, and the total.
    const auto rows = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), contents.value().plan.items.size() + 2);
    QVERIFY(rows.last().startsWith(QStringLiteral("Total")));
}

void TestCli::exportTheEasyReadPlan()
{
    QTemporaryDir dir;
    const QString standard = dir.filePath(QStringLiteral("standard.pdf"));
    const QString easyRead = dir.filePath(QStringLiteral("easy.pdf"));
    QCOMPARE(pbplanner({QStringLiteral("export"), example(QStringLiteral("grace-thompson")),
                           QStringLiteral("--pdf"), standard})
                 .exitCode,
        0);
    QCOMPARE(pbplanner({QStringLiteral("export"), example(QStringLiteral("grace-thompson")),
                           QStringLiteral("--pdf"), easyRead, QStringLiteral("--easy-read")})
                 .exitCode,
        0);
    // Both are Grace's plan, and they are different documents.
    QVERIFY(pdfText(standard).contains(QStringLiteral("Grace Thompson")));
    QVERIFY(pdfText(easyRead).contains(QStringLiteral("Grace Thompson")));
    QVERIFY(pdfText(standard) != pdfText(easyRead));
}

void TestCli::exportADamagedPlanWritesNothingAndExitsThree()
{
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.pbplan"));
    QFile original(example(QStringLiteral("aisha-khan")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original.readAll().left(900));
    file.close();
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const Run run = pbplanner({QStringLiteral("export"), damaged, QStringLiteral("--pdf"), pdf,
        QStringLiteral("--csv"), csv});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(QStringLiteral("damaged")));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!QFile::exists(csv));
}

void TestCli::exportAWholeCaseload_data()
{
    QTest::addColumn<bool>("easyRead");
    QTest::newRow("standard") << false;
    QTest::newRow("easy-read") << true;
}

void TestCli::exportAWholeCaseload()
{
    QFETCH(bool, easyRead);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.pbdb"));
    QCOMPARE(pbplanner({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString out = dir.filePath(QStringLiteral("plans")); // made by export
    QStringList arguments {QStringLiteral("export"), QStringLiteral("--db"), db,
        QStringLiteral("--all"), QStringLiteral("--out"), out};
    if (easyRead) {
        arguments << QStringLiteral("--easy-read");
    }
    const Run run = pbplanner(arguments);
    QCOMPARE(run.exitCode, 0);
    const QList<PlanFileContents> people = DemoCaseload::people();
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), people.size());
    for (const PlanFileContents& c : people) {
        const QString name = c.person.name;
        const QString file =
            QDir(out).filePath((easyRead ? QStringLiteral("Easy-read plan - %1.pdf")
                                         : QStringLiteral("Support plan - %1.pdf"))
                                   .arg(name));
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY(pdfText(file).contains(name));
        QVERIFY2(QRegularExpression(QStringLiteral("\\[\\d/%1\\] %2 \\.\\.\\. written")
                                        .arg(people.size())
                                        .arg(QRegularExpression::escape(name)))
                     .match(run.out)
                     .hasMatch(),
            qPrintable(run.out));
    }
}

void TestCli::exportAWholeCaseloadSkipsABadPlan()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.pbdb"));
    QCOMPARE(pbplanner({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    // Damage one person's plan in the file: a way of paying nobody knows.
    const QString damagedPerson = QStringLiteral("Sam Patel");
    {
        QSqlDatabase sql =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.prepare(QStringLiteral(
            "UPDATE support_items SET route = 'by-carrier-pigeon' WHERE plan_id IN "
            "(SELECT plans.id FROM plans JOIN persons ON persons.id = plans.person_id "
            "WHERE persons.name = ?)")));
        query.addBindValue(damagedPerson);
        QVERIFY(query.exec());
        QVERIFY(query.numRowsAffected() > 0);
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    const QString out = dir.filePath(QStringLiteral("plans"));
    const Run run = pbplanner({QStringLiteral("export"), QStringLiteral("--db"), db,
        QStringLiteral("--all"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1); // something was skipped
    QVERIFY2(run.err.contains(damagedPerson), qPrintable(run.err));
    QVERIFY(run.out.contains(damagedPerson + QStringLiteral(" ... skipped")));
    const int people = int(DemoCaseload::people().size());
    // Everyone else's plan was still written; the damaged one was not.
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), people - 1);
    QVERIFY(!QFile::exists(
        QDir(out).filePath(QStringLiteral("Support plan - %1.pdf").arg(damagedPerson))));
    QVERIFY(run.out.contains(QStringLiteral("Wrote %1 of %2 plans").arg(people - 1).arg(people)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
