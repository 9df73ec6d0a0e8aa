// Help: F1 opens the page for the step the person is on; every topic is
// there with a title; the glossary explains the words people meet and its
// entries can be linked to; searching narrows the topics to those with the
// words; links between pages work.
#include "caseload/caseloadmodel.h"
#include "caseload/caseloadpage.h"
#include "demo/demodatabase.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "plan/plansession.h"
#include "spending/spendingwindow.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

using namespace pb;

class TestHelp : public QObject {
    Q_OBJECT
private slots:
    void everyTopicHasATitleAndText();
    void glossaryExplainsTheWordsPeopleMeet_data();
    void glossaryExplainsTheWordsPeopleMeet();
    void f1OpensHelpForTheStepYouAreOn();
    void f1OpensHelpForTheReviewResultsAndMoney();
    void searchNarrowsTheTopics();
    void linksOpenPagesAndGlossaryEntries();
    void linksBetweenPagesAllLead();
    void theKeyboardPageListsEveryMenuShortcut();
};

void TestHelp::everyTopicHasATitleAndText()
{
    const QStringList topics = ui::HelpTopics::all();
    // index, caseload, seven steps, review, money, results, glossary, keyboard
    QCOMPARE(topics.size(), 14);
    for (const QString& topic : topics) {
        QVERIFY2(!ui::HelpTopics::text(topic).isEmpty(), qPrintable(topic));
        QVERIFY2(ui::HelpTopics::title(topic) != topic, qPrintable(topic)); // a "# " heading
    }
}

void TestHelp::glossaryExplainsTheWordsPeopleMeet_data()
{
    QTest::addColumn<QString>("word");
    for (const char* word : {"Personal budget", "Indicative budget", "Direct payment",
             "Individual Service Fund", "RAS", "Outcome", "Review", "Personal assistant",
             "Managed budget", "Third party", "Nominee"}) {
        QTest::newRow(word) << QString::fromLatin1(word);
    }
}

void TestHelp::glossaryExplainsTheWordsPeopleMeet()
{
    QFETCH(QString, word);
    const QString glossary = ui::HelpTopics::text(ui::HelpTopics::glossary());
    QVERIFY2(glossary.contains(QStringLiteral("## ") + word), qPrintable(word));
}

void TestHelp::f1OpensHelpForTheStepYouAreOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(path).ok());
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path, true));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts go to the active window

    // On the caseload: help about the caseload.
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.helpWindow()->currentTopic(), QStringLiteral("caseload"));
    QVERIFY(window.helpWindow()->isVisible());

    // In a plan, each step has its own page.
    ui::CaseloadPage* caseload = window.caseloadPage();
    caseload->table()->setFocus();
    caseload->table()->setCurrentIndex(caseload->table()->model()->index(0, 0));
    QTest::keyClick(caseload->table(), Qt::Key_Return);
    QVERIFY(window.session());
    const QStringList expected {QStringLiteral("about-me"), QStringLiteral("budget"),
        QStringLiteral("outcomes"), QStringLiteral("money"), QStringLiteral("support"),
        QStringLiteral("check"), QStringLiteral("agree")};
    for (int step = 0; step < expected.size(); ++step) {
        window.planPage()->goToStep(step);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.helpWindow()->currentTopic(), expected.at(step));
        QVERIFY(window.helpWindow()->page()->toPlainText().contains(
            ui::HelpTopics::title(expected.at(step))));
    }
}

void TestHelp::f1OpensHelpForTheReviewResultsAndMoney()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pbdb"));
    QVERIFY(DemoDatabase::createDemo(path).ok());
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path, true));
    const auto press = [](QWidget* target) {
        target->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), target->window());
        QTest::keyClick(target->window(), Qt::Key_F1);
    };
    QVERIFY(window.showResults());
    press(&window);
    QCOMPARE(window.helpWindow()->currentTopic(), QStringLiteral("results"));

    qint64 grace = 0;
    for (int row = 0; row < window.caseloadPage()->model()->rowCount(); ++row) {
        const auto& entry = window.caseloadPage()->model()->rowAt(row).entry;
        if (entry.name == QLatin1String("Grace Thompson")) {
            grace = entry.personId;
        }
    }
    QVERIFY(window.reviewPerson(grace));
    press(&window);
    QCOMPARE(window.helpWindow()->currentTopic(), QStringLiteral("review"));

    // The money has a window of its own; F1 there opens its page.
    Error error;
    auto* money = ui::SpendingWindow::open(*window.database(), window.session(), &window, &error);
    QVERIFY(money);
    money->show();
    press(money);
    auto* help = money->findChild<ui::HelpWindow*>();
    QVERIFY(help);
    QCOMPARE(help->currentTopic(), QStringLiteral("spending"));
    QVERIFY(ui::HelpTopics::title(QStringLiteral("spending")).contains(QLatin1String("money")));
}

void TestHelp::searchNarrowsTheTopics()
{
    ui::HelpWindow help;
    QListWidget* topics = help.topicList();
    auto visible = [&] {
        QStringList shown;
        for (int r = 0; r < topics->count(); ++r) {
            if (!topics->item(r)->isHidden()) {
                shown << topics->item(r)->text();
            }
        }
        return shown;
    };
    QCOMPARE(visible().size(), int(ui::HelpTopics::all().size()));
    QTest::keyClicks(help.searchField(), QStringLiteral("national insurance"));
    const QStringList shown = visible();
    // Employer's National Insurance is explained on My support and in the glossary.
    QVERIFY(shown.contains(QStringLiteral("My support")));
    QVERIFY(shown.contains(QStringLiteral("Glossary")));
    QVERIFY(!shown.contains(QStringLiteral("About me")));
    help.searchField()->clear();
    QCOMPARE(visible().size(), int(ui::HelpTopics::all().size()));
}

void TestHelp::linksOpenPagesAndGlossaryEntries()
{
    ui::HelpWindow help;
    help.resize(600, 300); // small, so the glossary must scroll to reach an entry
    help.show();
    help.showTopic(QStringLiteral("money"));
    emit help.page()->anchorClicked(QUrl(QStringLiteral("glossary.md#third-party")));
    QCOMPARE(help.currentTopic(), QStringLiteral("glossary"));
    // The heading carries the anchor, and the page has scrolled down to it.
    bool anchored = false;
    for (QTextBlock b = help.page()->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(QStringLiteral("third-party"))) {
                anchored = b.text() == QStringLiteral("Third party");
            }
        }
    }
    QVERIFY(anchored);
    QVERIFY(help.page()->verticalScrollBar()->value() > 0);
    emit help.page()->anchorClicked(QUrl(QStringLiteral("index.md")));
    QCOMPARE(help.currentTopic(), QStringLiteral("index"));
}

void TestHelp::linksBetweenPagesAllLead()
{
    // Every link in every page names a topic that exists and, for a glossary
    // entry, an id the glossary has.
    const QString glossary = ui::HelpTopics::text(ui::HelpTopics::glossary());
    static const QRegularExpression link(
        QStringLiteral("\\]\\(([a-z-]+)\\.md(?:#([a-z0-9-]+))?\\)"));
    for (const QString& topic : ui::HelpTopics::all()) {
        auto it = link.globalMatch(ui::HelpTopics::text(topic));
        while (it.hasNext()) {
            const auto m = it.next();
            QVERIFY2(ui::HelpTopics::all().contains(m.captured(1)),
                qPrintable(topic + QStringLiteral(" -> ") + m.captured(1)));
            if (!m.captured(2).isEmpty()) {
                QVERIFY2(glossary.contains(QStringLiteral("{#") + m.captured(2) + QLatin1Char('}')),
                    qPrintable(topic + QStringLiteral(" -> #") + m.captured(2)));
            }
        }
    }
}

void TestHelp::theKeyboardPageListsEveryMenuShortcut()
{
    // Every Ctrl+letter or function key on a menu is on Help → Keyboard
    // shortcuts (the page writes the others, like Ctrl and +, in words).
    ui::MainWindow window;
    const QString page = ui::HelpTopics::text(ui::HelpTopics::keyboard());
    static const QRegularExpression simple(QStringLiteral("^(Ctrl\\+[A-Z0-9]|F[0-9]+)$"));
    QStringList missing;
    int checked = 0;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            for (const QKeySequence& keys : action->shortcuts()) {
                const QString text = keys.toString(QKeySequence::PortableText);
                if (!simple.match(text).hasMatch()) {
                    continue;
                }
                ++checked;
                const QRegularExpression listed(QStringLiteral("(^|[^A-Za-z0-9+])")
                        + QRegularExpression::escape(text) + QStringLiteral("([^A-Za-z0-9+]|$)"),
                    QRegularExpression::MultilineOption);
                if (!listed.match(page).hasMatch()) {
                    missing.append(text + QStringLiteral(" (") + action->text() + u')');
                }
            }
        }
    }
    QVERIFY(checked >= 8);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestHelp)
#include "test_help.moc"
