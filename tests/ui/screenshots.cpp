// pb_screenshots: saves a picture of the caseload and of every plan step, at
// 1366×768, from the demo caseload, into the folder given (docs/screenshots
// for the README). Run with `cmake --build build --target screenshots`.
// Optional second argument: the text size in percent (default 100); third:
// a language code (cy, pl, ur), which also goes into the file names. Also the
// Review page (Grace), Checking the results, and Keep track of the money
// (Daniel).
#include "appearance.h"
#include "caseload/caseloadpage.h"
#include "demo/demodatabase.h"
#include "language/languageswitcher.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "plan/steppage.h"
#include "spending/spendingwindow.h"
#include "storage/caseloadquery.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

namespace {

bool save(QWidget* window, const QString& folder, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

qint64 personNamed(pb::Database& db, const QString& name)
{
    const auto entries = pb::CaseloadQuery(db).list();
    for (const auto& e : entries.value()) {
        if (e.name == name) {
            return e.personId;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PersonalBudgetPlannerScreenshots"));
    const QString folder =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    const int percent = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    const QString language = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    QString suffix = percent == 100 ? QString() : QStringLiteral("-%1").arg(percent);
    if (!language.isEmpty()) {
        pb::ui::LanguageSwitcher::apply(language);
        suffix += QLatin1Char('-') + language;
    }
    QDir().mkpath(folder);
    pb::ui::Appearance::install(app);
    pb::ui::Appearance::setTextPercent(percent);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pbdb"));
    if (!pb::DemoDatabase::createDemo(path).ok()) {
        return 1;
    }
    pb::ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.openDatabase(path, true)) {
        return 1;
    }
    bool ok = save(&window, folder, QStringLiteral("caseload") + suffix);

    const char* const people[] = {"Aisha Khan", "Bethany Hughes"};
    for (const char* person : people) {
        const QString name = QString::fromUtf8(person);
        window.openPerson(personNamed(*window.database(), name));
        pb::ui::PlanPage* page = window.planPage();
        const QString stem = name.section(QLatin1Char(' '), 0, 0).toLower();
        for (int i = 0; i < page->stepCount(); ++i) {
            page->goToStep(i);
            ok = save(&window, folder,
                     QStringLiteral("%1-step%2%3").arg(stem).arg(i + 1).arg(suffix))
                && ok;
        }
    }
    window.openPerson(personNamed(*window.database(), QStringLiteral("Grace Thompson")));
    window.showReview();
    ok = save(&window, folder, QStringLiteral("review") + suffix) && ok;
    window.showResults();
    ok = save(&window, folder, QStringLiteral("results") + suffix) && ok;

    window.openPerson(personNamed(*window.database(), QStringLiteral("Daniel Okafor")));
    pb::Error error;
    pb::ui::SpendingWindow* money =
        pb::ui::SpendingWindow::open(*window.database(), window.session(), &window, &error);
    if (money != nullptr) {
        money->resize(1366, 768);
        money->show();
        ok = save(money, folder, QStringLiteral("money") + suffix) && ok;
    } else {
        ok = false;
    }
    return ok ? 0 : 1;
}
