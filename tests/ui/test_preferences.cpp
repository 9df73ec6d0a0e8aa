// Preferences: high contrast and the text size, chosen in the real dialog,
// change the whole application at once and are still chosen when the
// settings are read again; the dialog opens from Edit → Preferences… and
// Ctrl+Comma, and its controls have names.
#include "appearance.h"
#include "appsettings.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QtTest>

using namespace pb;

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void highContrastChangesThePaletteAndIsRemembered();
    void meaningfulColoursKeepTheirContrast_data();
    void meaningfulColoursKeepTheirContrast();
    void iconsShowOnEveryPalette_data();
    void iconsShowOnEveryPalette();
    void textSizeAppliesAndIsRemembered();
    void openedFromTheEditMenuAndByShortcut();
    void controlsAreNamed();
    void languageChooserHasAPlace();

private:
    QPalette m_desktop;
    double m_systemPoints = 0;
};

void TestPreferences::initTestCase()
{
    ui::Appearance::install(*qApp);
    m_desktop = QApplication::palette();
    m_systemPoints = QApplication::font().pointSizeF();
}

void TestPreferences::init()
{
    QSettings().remove(QStringLiteral("view"));
    ui::Appearance::setHighContrast(false);
    ui::Appearance::setTextPercent(100);
}

void TestPreferences::cleanup()
{
    init();
}

void TestPreferences::highContrastChangesThePaletteAndIsRemembered()
{
    ui::PreferencesDialog dialog;
    dialog.show();
    QVERIFY(!dialog.highContrastBox()->isChecked());
    QTest::mouseClick(dialog.highContrastBox(), Qt::LeftButton);
    QVERIFY(dialog.highContrastBox()->isChecked());

    const QPalette now = QApplication::palette();
    QCOMPARE(now.color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(now.color(QPalette::Base), QColor(Qt::white));
    QCOMPARE(now.color(QPalette::WindowText), QColor(Qt::black));
    QCOMPARE(now.color(QPalette::Text), QColor(Qt::black));
    QCOMPARE(now.color(QPalette::ButtonText), QColor(Qt::black));
    // What is chosen: black on yellow.
    QCOMPARE(now.color(QPalette::Highlight), QColor(Qt::yellow));
    QCOMPARE(now.color(QPalette::HighlightedText), QColor(Qt::black));
    // The widgets already shown follow.
    QCOMPARE(dialog.palette().color(QPalette::Window), QColor(Qt::white));
    QVERIFY(ui::Appearance::highContrast());

    // Remembered: a fresh read of the settings, from the file.
    QSettings().sync();
    QVERIFY(ui::AppSettings().highContrast());

    QTest::mouseClick(dialog.highContrastBox(), Qt::LeftButton);
    QVERIFY(!ui::AppSettings().highContrast());
    QVERIFY(!ui::Appearance::highContrast());
    for (auto role : {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text,
             QPalette::Highlight, QPalette::HighlightedText, QPalette::Button}) {
        QCOMPARE(QApplication::palette().color(role), m_desktop.color(role));
    }
}

void TestPreferences::meaningfulColoursKeepTheirContrast_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("least");
    // WCAG: 7:1 is AAA, promised in high contrast; 4.5:1 is AA.
    QTest::newRow("high contrast") << true << false << 7.0;
    QTest::newRow("light desktop") << false << false << 4.5;
    QTest::newRow("dark desktop") << false << true << 4.5;
}

void TestPreferences::meaningfulColoursKeepTheirContrast()
{
    QFETCH(bool, highContrast);
    QFETCH(bool, dark);
    QFETCH(double, least);
    if (dark) {
        // A dark desktop palette, as a dark theme would give.
        QPalette palette = m_desktop;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(palette);
        ui::Appearance::desktopPaletteChanged();
    }
    ui::Appearance::setHighContrast(highContrast);
    QLabel error(QStringLiteral("Enter the amount in pounds"));
    error.setObjectName(QStringLiteral("fieldError"));
    error.show();
    const QPalette palette = QApplication::palette();
    const QColor ink = error.palette().color(QPalette::WindowText);
    QVERIFY2(ink != palette.color(QPalette::WindowText), "the error is not in its own colour");
    for (auto role : {QPalette::Window, QPalette::Base}) {
        const double ratio = ui::Appearance::contrastRatio(ink, palette.color(role));
        QVERIFY2(ratio >= least,
            qPrintable(QStringLiteral("%1 on %2: %3:1")
                           .arg(ink.name(), palette.color(role).name())
                           .arg(ratio, 0, 'f', 2)));
    }
    if (dark) {
        QApplication::setPalette(m_desktop);
        ui::Appearance::desktopPaletteChanged();
    }
}

void TestPreferences::iconsShowOnEveryPalette_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QColor>("ink");
    QTest::newRow("light desktop") << false << false << QColor(0x1d, 0x4f, 0x7a); // as drawn
    QTest::newRow("dark desktop") << false << true << QColor(0xee, 0xee, 0xee); // its text colour
    QTest::newRow("high contrast") << true << false << QColor(Qt::black);
}

// The line icons are drawn in a colour that shows on the window behind
// them: the drawing's dark blue was about 2:1 on a dark theme's window.
void TestPreferences::iconsShowOnEveryPalette()
{
    QFETCH(bool, highContrast);
    QFETCH(bool, dark);
    QFETCH(QColor, ink);
    if (dark) {
        QPalette palette = m_desktop;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(palette);
    }
    ui::Appearance::setHighContrast(highContrast);
    const QImage picture =
        ui::Appearance::icon(QStringLiteral(":/icons/add.svg")).pixmap(48, 48).toImage();
    // The most opaque pixel is the ink itself, not an antialiased edge.
    QColor drawn(0, 0, 0, 0);
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x) {
            const QColor pixel = picture.pixelColor(x, y);
            if (pixel.alpha() > drawn.alpha()) {
                drawn = pixel;
            }
        }
    }
    if (dark) {
        QApplication::setPalette(m_desktop);
    }
    QCOMPARE(drawn.alpha(), 255);
    QCOMPARE(drawn.rgb(), ink.rgb());
}

void TestPreferences::textSizeAppliesAndIsRemembered()
{
    ui::PreferencesDialog dialog;
    dialog.show();
    QComboBox* size = dialog.textSizeCombo();
    QCOMPARE(size->count(), 6); // 100, 120, … 200
    QCOMPARE(size->currentData().toInt(), 100);
    size->setFocus();
    QTest::keyClick(size, Qt::Key_End);
    QCOMPARE(size->currentData().toInt(), 200);
    QCOMPARE(ui::Appearance::textPercent(), 200);
    QCOMPARE(ui::AppSettings().textPercent(), 200);
    if (m_systemPoints > 0) {
        QCOMPARE(QApplication::font().pointSizeF(), m_systemPoints * 2);
    }
    // The View menu's Normal text size (Ctrl+0) while it is open: it follows.
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(ui::AppSettings().textPercent(), 100);
    // Qt tells widgets of a new application font through the event loop.
    QCoreApplication::processEvents();
    QCOMPARE(size->currentData().toInt(), 100);
    QTest::keyClick(size, Qt::Key_End);
    // A dialog made later starts from what was chosen.
    ui::PreferencesDialog again;
    again.show();
    QCOMPARE(again.textSizeCombo()->currentData().toInt(), 200);
}

void TestPreferences::openedFromTheEditMenuAndByShortcut()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction* preferences = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Edit")) {
            for (QAction* a : menu->menu()->actions()) {
                if (a->text() == QStringLiteral("&Preferences…")) {
                    preferences = a;
                }
            }
        }
    }
    QVERIFY(preferences);
    QVERIFY(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QVERIFY(!window.findChild<ui::PreferencesDialog*>());
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    auto* dialog = window.findChild<ui::PreferencesDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // A second time brings the same dialog forward.
    preferences->trigger();
    QCOMPARE(window.findChildren<ui::PreferencesDialog*>().size(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestPreferences::controlsAreNamed()
{
    ui::PreferencesDialog dialog;
    dialog.show();
    int controls = 0;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        ++controls;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(iface && !iface->text(QAccessible::Name).isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QVERIFY(controls >= 3);
    // A combo box's name on Linux is its value; the name it is given is this.
    QCOMPARE(dialog.textSizeCombo()->accessibleName(), QStringLiteral("Text size"));
}

void TestPreferences::languageChooserHasAPlace()
{
    ui::PreferencesDialog dialog;
    auto* chooser = new QComboBox;
    dialog.addLanguageChooser(chooser);
    dialog.show();
    QCOMPARE(chooser->parentWidget(), &dialog);
    QVERIFY(chooser->isVisible());
    QCOMPARE(chooser->accessibleName(), QStringLiteral("Language"));
    // Its label is its buddy, so Alt+L reaches it.
    bool labelled = false;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        labelled = labelled || label->buddy() == chooser;
    }
    QVERIFY(labelled);
}

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
