// pb_screenshots: saves a picture of the caseload and of every plan step, at
// 1366×768, from the demo caseload, into the folder given (docs/screenshots
// for the README). Run with `cmake --build build --target screenshots`.
// Optional second argument: the text size in percent (default 100). Then
// any of: a language code (cy, pl, ur), "high-contrast" (names end "-hc"), or
// "dark", a dark palette as a dark desktop theme gives (names end "-dark"),
// to see that nothing assumes a light background. Also the Review page
// (Grace), Checking the results, and Keep track of the money (Daniel).
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
#include <QPalette>
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
    bool highContrast = false;
    bool dark = false;
    QString suffix = percent == 100 ? QString() : QStringLiteral("-%1").arg(percent);
    for (int i = 3; i < argc; ++i) {
        const QString option = QString::fromLocal8Bit(argv[i]);
        if (option == QLatin1String("high-contrast")) {
            highContrast = true;
            suffix += QStringLiteral("-hc");
        } else if (option == QLatin1String("dark")) {
            dark = true;
            suffix += QStringLiteral("-dark");
        } else {
            pb::ui::LanguageSwitcher::apply(option);
            suffix += QLatin1Char('-') + option;
        }
    }
    QDir().mkpath(folder);
    if (dark) {
        // Roughly Breeze Dark's colours.
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x72, 0x76));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x72, 0x76));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x72, 0x76));
        QApplication::setPalette(palette);
    }
    pb::ui::Appearance::install(app);
    pb::ui::Appearance::setTextPercent(percent);
    pb::ui::Appearance::setHighContrast(highContrast);

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
