// Help → About: the version, the licence, and where the figures come from,
// read from the shipped data: the rate table's "rates as of" date and every
// source, and each example RAS scheme with who wrote it and its source.
#include "costing/ratetableloader.h"
#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "ras/rasschemeloader.h"

#include <QMenuBar>
#include <QTextBrowser>
#include <QtTest>

using namespace pb;

class TestAboutDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsVersionLicenceAndTheRateTable();
    void listsEveryExampleScheme();
    void openedFromTheHelpMenu();
};

void TestAboutDialog::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void TestAboutDialog::listsVersionLicenceAndTheRateTable()
{
    ui::AboutDialog dialog;
    const QString text = dialog.textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Version 9.8.7")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License, version 3 or later")));
    // The shipped table, as its file says (resources/rates/england-2026-27.json).
    QVERIFY(text.contains(QStringLiteral("England, tax year 2026 to 2027")));
    QVERIFY(text.contains(QStringLiteral("Rates as of 6 April 2026")));
    QVERIFY(text.contains(QStringLiteral("National Minimum Wage and National Living Wage rates")));
    QVERIFY(text.contains(QStringLiteral("HM Revenue & Customs")));
    QVERIFY(text.contains(QStringLiteral("a typical figure, not a quote")));
    // Every source of every shipped table, with its address as a link.
    const QString html = dialog.textView()->toHtml();
    const QList<RateTable> tables = RateTableLoader::builtIn();
    QVERIFY(!tables.isEmpty());
    for (const RateTable& table : tables) {
        QVERIFY(!table.sources.isEmpty());
        for (const RateTable::Source& source : table.sources) {
            QVERIFY2(text.contains(source.title), qPrintable(source.title));
            if (!source.url.isEmpty()) {
                QVERIFY2(html.contains(source.url.toHtmlEscaped()), qPrintable(source.url));
            }
        }
    }
}

void TestAboutDialog::listsEveryExampleScheme()
{
    ui::AboutDialog dialog;
    const QString text = dialog.textView()->toPlainText();
    const QStringList paths = RasSchemeLoader::shippedSchemePaths();
    QCOMPARE(paths.size(), 2);
    for (const QString& path : paths) {
        const auto scheme = RasSchemeLoader::load(path);
        QVERIFY(scheme.ok());
        QVERIFY2(text.contains(scheme.value().name), qPrintable(scheme.value().name));
        QVERIFY(text.contains(scheme.value().source));
    }
    QVERIFY(text.contains(QStringLiteral("Example council (not a real council)")));
    QVERIFY(text.contains(QStringLiteral("Figures as of 1 April 2024")));
    QVERIFY(text.contains(QStringLiteral("An example, not any council's real figures.")));
    // The points example's address, as a link of its own.
    QVERIFY(dialog.textView()->toHtml().contains(
        QStringLiteral("href=\"https://www.in-control.org.uk/\"")));
}

void TestAboutDialog::openedFromTheHelpMenu()
{
    ui::MainWindow window;
    window.show();
    QAction* about = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Help")) {
            for (QAction* a : menu->menu()->actions()) {
                if (a->text() == QStringLiteral("&About Personal Budget Planner")) {
                    about = a;
                }
            }
        }
    }
    QVERIFY(about);
    bool opened = false;
    // The dialog is modal: look at it once its event loop runs, then close it.
    QTimer::singleShot(0, this, [&opened] {
        auto* dialog = qobject_cast<ui::AboutDialog*>(QApplication::activeModalWidget());
        opened = dialog != nullptr
            && dialog->textView()->toPlainText().contains(QStringLiteral("Rates as of"));
        if (QWidget* modal = QApplication::activeModalWidget()) {
            modal->close();
        }
    });
    about->trigger();
    QVERIFY(opened);
}

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
