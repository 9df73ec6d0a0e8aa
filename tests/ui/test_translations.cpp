// The translations: complete after lupdate has read the sources (so a new
// string in the code counts as missing), faithful to their sources'
// placeholders and accelerators, loaded for the chosen language with its
// dates and direction, and a change of language that keeps the person's place.
#include "appearance.h"
#include "appsettings.h"
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "demo/demodatabase.h"
#include "dialogs/preferencesdialog.h"
#include "help/helptopics.h"
#include "language/languagechooser.h"
#include "language/languages.h"
#include "language/languageswitcher.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "plan/plansession.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace pb;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or each plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    // <byte value="xd"/> stands for a control character inside a text:
    // skipped, the text around it kept.
    const auto text = [&xml] { return xml.readElementText(QXmlStreamReader::SkipChildElements); };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = text();
        } else if (name == QLatin1String("message")) {
            message = Message {context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            message.source = text();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.unfinished = type == QLatin1String("unfinished");
            QString own;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    own += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    message.translations.append(text());
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            if (message.translations.isEmpty()) {
                message.translations = {own};
            }
        }
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text)) {
        found.append(match.captured().remove(QLatin1Char('L')));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString& text)
{
    QString plain = text;
    plain.remove(QStringLiteral("&&")).remove(QStringLiteral("&amp;"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
    plain.remove(entity);
    return plain.contains(QLatin1Char('&'));
}

QString tsPath(const QString& code)
{
    return QStringLiteral(PB_TRANSLATIONS_DIR "/pbplanner_%1.ts").arg(code);
}

// A row for each translation, and for English (the source) when asked.
void languageRows(bool withEnglish = false)
{
    QTest::addColumn<QString>("code");
    QTest::newRow("Welsh") << QStringLiteral("cy");
    QTest::newRow("Polish") << QStringLiteral("pl");
    QTest::newRow("Urdu") << QStringLiteral("ur");
    if (withEnglish) {
        QTest::newRow("English") << QStringLiteral("en");
    }
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void init() { cleanup(); }
    void cleanup();
    void everyStringInTheSourcesIsTranslated_data() { languageRows(); }
    void everyStringInTheSourcesIsTranslated();
    void translationsKeepPlaceholdersAndAccelerators_data() { languageRows(); }
    void translationsKeepPlaceholdersAndAccelerators();
    void theChosenLanguageIsLoadedWithItsDatesAndDirection_data();
    void theChosenLanguageIsLoadedWithItsDatesAndDirection();
    void anUnknownLanguageFallsBackToEnglish();
    void aDateFieldFitsEveryMonthOfTheLanguage_data() { languageRows(true); }
    void aDateFieldFitsEveryMonthOfTheLanguage();
    void theWindowFitsALaptopScreenAtDoubleText_data() { languageRows(true); }
    void theWindowFitsALaptopScreenAtDoubleText();
    void helpPagesAreTranslatedAndTheirLinksWork_data() { languageRows(true); }
    void helpPagesAreTranslatedAndTheirLinksWork();
    void changingLanguageKeepsThePersonsPlace();
    void choosingALanguageInPreferencesChangesEveryWord();
};

void TestTranslations::cleanup()
{
    ui::LanguageSwitcher::apply(QStringLiteral("en"));
    ui::AppSettings().setLanguage(QString());
}

void TestTranslations::everyStringInTheSourcesIsTranslated()
{
    QFETCH(QString, code);
    // lupdate over the sources, into a copy: a string new in the code comes
    // in unfinished, a string only in the .ts file goes.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("pbplanner_%1.ts").arg(code));
    QVERIFY(QFile::copy(tsPath(code), copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(PB_LUPDATE),
        {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-source-language"), QStringLiteral("en_GB"),
            QStringLiteral("@" PB_LUPDATE_LIST), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> messages = readTs(copy);
    QVERIFY(messages.size() > 1000);
    QStringList missing;
    for (const Message& message : messages) {
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
            [](const QString& text) { return text.trimmed().isEmpty(); });
        if (message.unfinished || empty) {
            missing.append(message.context + QStringLiteral(": ") + message.source.left(80));
        }
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 strings are not translated into %2 (run `cmake --build "
                                  "build --target update_translations`, then translate them "
                                  "in Qt Linguist), for example:\n  %3")
                       .arg(missing.size())
                       .arg(code, missing.mid(0, 15).join(QStringLiteral("\n  ")))));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, code);
    const QList<Message> messages = readTs(tsPath(code));
    QVERIFY(messages.size() > 1000);
    QStringList wrong;
    for (const Message& message : messages) {
        if (message.unfinished) {
            continue; // counted by the test above
        }
        for (const QString& translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source)) {
                wrong.append(QStringLiteral("placeholders: ") + message.source.left(60));
            }
            if (hasAccelerator(message.source) && !hasAccelerator(translation)) {
                wrong.append(QStringLiteral("no & shortcut letter: ") + message.source.left(60));
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 15).join(QLatin1Char('\n'))));
}

void TestTranslations::theChosenLanguageIsLoadedWithItsDatesAndDirection_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("Welsh") << QStringLiteral("cy") << QLocale::Welsh << Qt::LeftToRight;
    QTest::newRow("Polish") << QStringLiteral("pl") << QLocale::Polish << Qt::LeftToRight;
    QTest::newRow("Urdu") << QStringLiteral("ur") << QLocale::Urdu << Qt::RightToLeft;
    QTest::newRow("English") << QStringLiteral("en") << QLocale::English << Qt::LeftToRight;
}

void TestTranslations::theChosenLanguageIsLoadedWithItsDatesAndDirection()
{
    QFETCH(QString, code);
    QFETCH(QLocale::Language, language);
    QFETCH(Qt::LayoutDirection, direction);
    const ui::Language chosen = ui::LanguageSwitcher::apply(code);
    QCOMPARE(chosen.code, code);
    QCOMPARE(ui::LanguageSwitcher::current().code, code);
    QCOMPARE(QLocale().language(), language);
    QCOMPARE(QGuiApplication::layoutDirection(), direction);
    // A menu title and a sentence from core come out in that language.
    const QString file = QCoreApplication::translate("pb::ui::MainWindow", "&File");
    const QString week = QCoreApplication::translate("MoneyFormatter", "a week");
    if (code == QLatin1String("en")) {
        QCOMPARE(file, QStringLiteral("&File"));
        QCOMPARE(week, QStringLiteral("a week"));
    } else {
        QVERIFY2(file != QLatin1String("&File"), qPrintable(file));
        QVERIFY2(week != QLatin1String("a week"), qPrintable(week));
    }
    // Month names come from the language's locale.
    const QString march = QLocale().toString(QDate(2027, 3, 1), QStringLiteral("MMMM"));
    QCOMPARE(march, QLocale(language).monthName(3));
}

void TestTranslations::anUnknownLanguageFallsBackToEnglish()
{
    ui::LanguageSwitcher::apply(QStringLiteral("cy"));
    const ui::Language chosen = ui::LanguageSwitcher::apply(QStringLiteral("xx"));
    QCOMPARE(chosen.code, QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("pb::ui::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestTranslations::aDateFieldFitsEveryMonthOfTheLanguage()
{
    // Qt sizes a date field by its earliest and latest dates; the longest
    // month name ("Gorffennaf", July in Welsh) was cut off, worst at 200%.
    QFETCH(QString, code);
    ui::LanguageSwitcher::apply(code);
    for (const qreal points : {10.0, 20.0}) {
        ui::DateEdit edit;
        QFont font = edit.font();
        font.setPointSizeF(points);
        edit.setFont(font);
        auto* text = edit.findChild<QLineEdit*>();
        QVERIFY(text);
        for (int month = 1; month <= 12; ++month) {
            edit.setDate(QDate(2026, month, 28));
            edit.resize(edit.sizeHint());
            edit.show();
            QVERIFY2(text->fontMetrics().horizontalAdvance(text->text()) < text->width(),
                qPrintable(
                    QStringLiteral("%1 does not fit at %2 pt").arg(text->text()).arg(points)));
        }
    }
}

void TestTranslations::theWindowFitsALaptopScreenAtDoubleText()
{
    // 1366 pixels is the width of many laptops: every page of the window,
    // at 200% text, in every language, fits it (longer words made the
    // caseload's buttons and filters, and the results' lists, too wide).
    QFETCH(QString, code);
    ui::LanguageSwitcher::apply(code);
    ui::Appearance::install(*qApp);
    ui::Appearance::setTextPercent(200);
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(demo).ok());
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(demo, /*disposable=*/true));
        QVERIFY(window.showResults());
        for (int row = 0; row < window.caseloadPage()->model()->rowCount(); ++row) {
            window.openPerson(window.caseloadPage()->model()->rowAt(row).entry.personId);
            for (int step = 0; step < window.planPage()->stepCount(); ++step) {
                window.planPage()->goToStep(step);
            }
        }
        QCoreApplication::processEvents();
        // The stack is as wide as its widest page, shown or not.
        QVERIFY2(window.minimumSizeHint().width() <= 1366,
            qPrintable(QString::number(window.minimumSizeHint().width())));
    }
    ui::Appearance::setTextPercent(100);
}

void TestTranslations::helpPagesAreTranslatedAndTheirLinksWork()
{
    QFETCH(QString, code);
    const auto read = [](const QString& language, const QString& page) {
        QFile file(QStringLiteral(":/help/%1/%2.md").arg(language, page));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)#]+)(?:#([^)]+))?\\)"));
    const QStringList pages = ui::HelpTopics::all();
    QStringList broken;
    for (const QString& page : pages) {
        const QString text = read(code, page);
        QVERIFY2(text.startsWith(QLatin1String("# ")), qPrintable(code + QLatin1Char('/') + page));
        if (code != QLatin1String("en")) {
            QVERIFY2(text != read(QStringLiteral("en"), page),
                qPrintable(page + QStringLiteral(" is not translated into ") + code));
        }
        for (const auto& match : link.globalMatch(text)) {
            const QString target = match.captured(1);
            if (target.startsWith(QLatin1String("http"))) {
                continue;
            }
            const QString targetText = read(code, target.chopped(3));
            const QString anchor = match.captured(2);
            if (!target.endsWith(QLatin1String(".md")) || targetText.isEmpty()
                || (!anchor.isEmpty()
                    && !targetText.contains(QStringLiteral("{#%1}").arg(anchor)))) {
                broken.append(page + QStringLiteral(" -> ") + match.captured(0));
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestTranslations::changingLanguageKeepsThePersonsPlace()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(demo).ok());
    auto* window = new ui::MainWindow;
    QPointer<ui::MainWindow> first = window;
    window->show();
    QVERIFY(window->openDatabase(demo, /*disposable=*/true));
    const qint64 personId = window->caseloadPage()->model()->rowAt(2).entry.personId;
    QVERIFY(window->openPerson(personId));
    window->planPage()->goToStep(3);

    ui::MainWindow* next = window->switchLanguage(QStringLiteral("ur"));
    QVERIFY(next != nullptr && next != window);
    QTRY_VERIFY(first.isNull()); // the old window closed and went
    QVERIFY(next->isVisible());
    QCOMPARE(next->layoutDirection(), Qt::RightToLeft);
    QVERIFY(next->session() != nullptr);
    QCOMPARE(next->session()->person().id, personId);
    QCOMPARE(next->planPage()->currentStep(), 3);
    QVERIFY(next->planPage()->isVisible());
    const QString fileMenu = next->menuBar()->actions().constFirst()->text();
    QVERIFY2(fileMenu != QLatin1String("&File"), qPrintable(fileMenu));
    QCOMPARE(ui::AppSettings().language(), QStringLiteral("ur"));
    delete next;
}

void TestTranslations::choosingALanguageInPreferencesChangesEveryWord()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(demo).ok());
    auto* window = new ui::MainWindow;
    QPointer<ui::MainWindow> first = window;
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(window->openDatabase(demo, /*disposable=*/true));

    // Edit → Preferences (Ctrl+,), then the language list by keyboard:
    // the computer's language, English, Cymraeg.
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    auto* chooser = window->findChild<ui::LanguageChooser*>();
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    chooser->window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), chooser->window());
    QCOMPARE(chooser->list()->currentIndex(), 0);
    QCOMPARE(chooser->list()->itemText(2), QStringLiteral("Cymraeg"));
    QVERIFY(!chooser->useButton()->isEnabled()); // nothing new chosen yet
    chooser->list()->setFocus();
    QTest::keyClick(chooser->list(), Qt::Key_Down); // English: nothing changes yet
    QTest::keyClick(chooser->list(), Qt::Key_Down);
    QVERIFY(!first.isNull());
    QVERIFY(chooser->useButton()->isEnabled());
    QTest::keyClick(chooser->list(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chooser->useButton());
    QTest::keyClick(chooser->useButton(), Qt::Key_Space);

    QTRY_VERIFY(first.isNull()); // the window was made again
    ui::MainWindow* welsh = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (auto* candidate = qobject_cast<ui::MainWindow*>(top); candidate && top->isVisible()) {
            welsh = candidate;
        }
    }
    QVERIFY(welsh);
    QCOMPARE(ui::AppSettings().language(), QStringLiteral("cy"));
    QCOMPARE(welsh->menuBar()->actions().constFirst()->text(),
        QCoreApplication::translate("pb::ui::MainWindow", "&File"));
    QVERIFY(welsh->menuBar()->actions().constFirst()->text() != QLatin1String("&File"));
    QCOMPARE(welsh->windowFilePath(), demo); // the same caseload is open
    // Preferences opens again in Welsh, showing the choice.
    auto* again = welsh->findChild<ui::LanguageChooser*>();
    QVERIFY(again);
    QTRY_VERIFY(again->isVisible());
    QCOMPARE(again->list()->currentText(), QStringLiteral("Cymraeg"));
    delete welsh;
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
