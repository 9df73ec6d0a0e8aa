#include "document/easyreadpictures.h"
#include "results/reviewdocumentbuilder.h"

#include <QtTest>

using namespace pb;

namespace {

Person jo()
{
    Person p;
    p.name = QStringLiteral("Jo Bloggs");
    return p;
}

// Agreed on 1 March 2027, two outcomes; reviewed on 1 June 2027: swimming
// better ("Every week now"), the bus worse; kept, next review 1 June 2028.
Plan reviewedPlan()
{
    Plan plan;
    plan.id = 4;
    plan.version = 2;
    plan.status = PlanStatus::Agreed;
    plan.agreedAt = QDateTime(QDate(2027, 3, 1), QTime(10, 0));
    plan.reviewDate = QDate(2028, 6, 1);
    plan.outcomes = {Outcome {1, QStringLiteral("Go swimming"), LifeArea::ThingsIDo, true, {}},
        Outcome {
            2, QStringLiteral("Get to town on my own"), LifeArea::ControlOverDailyLife, true, {}}};
    Review r;
    r.date = QDate(2027, 6, 1);
    r.reviewer = QStringLiteral("Jo and Kim (support planner)");
    r.outcomes = {OutcomeReview {1, OutcomeRating::Better, QStringLiteral("Every week now")},
        OutcomeReview {2, OutcomeRating::Worse, QString()}};
    r.working = QStringLiteral("My PA");
    r.overallHappiness = 4;
    r.decision = ReviewDecision::KeepPlan;
    plan.reviews = {r};
    return plan;
}

QList<const DocumentBlock*> points(const DocumentSection& s)
{
    QList<const DocumentBlock*> out;
    for (const DocumentBlock& b : s.blocks) {
        if (b.kind == DocumentBlock::Kind::Point) {
            out.append(&b);
        }
    }
    return out;
}

QString text(const DocumentBlock& b)
{
    QString t;
    for (const TextRun& r : b.runs) {
        t += r.text;
    }
    return t;
}

void checkEasyRead(const PlanDocument& doc)
{
    QCOMPARE(doc.form, DocumentForm::EasyRead);
    QVERIFY(doc.style.bodyPt >= 16);
    QVERIFY(doc.style.notePt >= 16);
    const QStringList known = EasyReadPictures::names();
    for (const DocumentSection& s : doc.sections) {
        QVERIFY2(known.contains(s.picture), qPrintable(s.id));
        int onPage = 0;
        for (const DocumentBlock& b : s.blocks) {
            if (b.kind == DocumentBlock::Kind::PageBreak) {
                onPage = 0;
            } else if (b.kind == DocumentBlock::Kind::Point) {
                QVERIFY2(known.contains(b.picture), qPrintable(text(b)));
                QVERIFY(++onPage <= 5); // at most five points a page
            } else {
                QVERIFY2(b.kind == DocumentBlock::Kind::Table, qPrintable(s.id));
            }
        }
    }
}

} // namespace

class TestReviewDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void questionnaireHasBoxesBesideThePictures();
    void completedReviewInStandardForm();
    void completedReviewInEasyRead();
};

void TestReviewDocument::questionnaireHasBoxesBesideThePictures()
{
    const PlanDocument doc =
        ReviewDocumentBuilder::questionnaire(jo(), reviewedPlan(), QDate(2027, 5, 20));
    checkEasyRead(doc);
    QCOMPARE(doc.title, QStringLiteral("My review: Jo Bloggs"));
    QVERIFY(doc.watermark.isEmpty());
    // A page for each outcome: its words as the heading, its life area's
    // picture, then better / the same / worse / not yet to tick.
    const DocumentSection* swimming = doc.section(QStringLiteral("outcome-1"));
    QVERIFY(swimming);
    QCOMPARE(swimming->title, QStringLiteral("Go swimming"));
    QCOMPARE(swimming->picture, QStringLiteral("activity"));
    QVERIFY(swimming->startsOnNewPage);
    QVERIFY(doc.section(QStringLiteral("outcome-2")));
    const auto p = points(*swimming);
    QCOMPARE(p.size(), 4);
    QStringList answers;
    for (const DocumentBlock* answer : p) {
        answers.append(answer->picture + QLatin1Char(':') + text(*answer));
    }
    QCOMPARE(answers,
        QStringList({QStringLiteral("better:Better   \u2610"),
            QStringLiteral("same:The same   \u2610"), QStringLiteral("worse:Worse   \u2610"),
            QStringLiteral("question:Not yet   \u2610")}));
    for (const char* id : {"said", "working", "not-working", "future"}) {
        QVERIFY2(doc.section(QLatin1String(id)), id);
    }
    // Lines to write on about the outcomes, and under each of the three questions.
    int lines = 0;
    for (const DocumentSection& s : doc.sections) {
        for (const DocumentBlock& b : s.blocks) {
            if (b.kind == DocumentBlock::Kind::Table) {
                ++lines;
                QVERIFY(b.table.rows.size() >= 6);
                QVERIFY(b.table.rows.first().first().isEmpty());
            }
        }
    }
    QCOMPARE(lines, 1 + 3);
    QCOMPARE(points(*doc.section(QStringLiteral("happiness"))).size(), 5);
}

void TestReviewDocument::completedReviewInStandardForm()
{
    const PlanDocument doc = ReviewDocumentBuilder::review(
        jo(), reviewedPlan(), 0, DocumentForm::Standard, QDate(2027, 6, 2));
    QCOMPARE(doc.form, DocumentForm::Standard);
    QCOMPARE(doc.title, QStringLiteral("Review of the support plan for Jo Bloggs"));
    const DocumentTable& facts = doc.section(QStringLiteral("about"))->blocks.first().table;
    QCOMPARE(facts.rows.at(2),
        QStringList({QStringLiteral("Date of the review"), QStringLiteral("1 June 2027")}));
    QCOMPARE(facts.rows.at(5).at(1),
        QStringLiteral("Keep the plan. The next review is on 1 June 2028."));
    const DocumentTable& table = doc.section(QStringLiteral("outcomes"))->blocks.first().table;
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0),
        QStringList({QStringLiteral("Go swimming"), QStringLiteral("Things I do"),
            QStringLiteral("Better"), QStringLiteral("Every week now")}));
    QCOMPARE(table.rows.at(1).at(2), QStringLiteral("Worse"));
    // The questions with what was said, or that nothing was.
    const DocumentSection* going = doc.section(QStringLiteral("going"));
    QCOMPARE(text(going->blocks.at(1)), QStringLiteral("My PA"));
    QCOMPARE(text(going->blocks.at(3)), QStringLiteral("Nothing was written."));
}

void TestReviewDocument::completedReviewInEasyRead()
{
    const PlanDocument doc = ReviewDocumentBuilder::review(
        jo(), reviewedPlan(), 0, DocumentForm::EasyRead, QDate(2027, 6, 2));
    checkEasyRead(doc);
    const auto p = points(*doc.section(QStringLiteral("outcomes")));
    // Swimming: words, "better", the comment; the bus: words, "worse".
    QCOMPARE(p.size(), 5);
    QCOMPARE(p.at(1)->picture, QStringLiteral("better"));
    QCOMPARE(text(*p.at(1)), QStringLiteral("This is better."));
    QCOMPARE(text(*p.at(2)), QStringLiteral("Every week now"));
    QCOMPARE(p.at(4)->picture, QStringLiteral("worse"));
    const auto going = points(*doc.section(QStringLiteral("going")));
    // Working (said), happy (4: the better face), the decision.
    QCOMPARE(going.size(), 3);
    QCOMPARE(going.at(1)->picture, QStringLiteral("better"));
    QVERIFY(text(*going.at(2)).contains(QStringLiteral("1 June 2028")));
}

QTEST_GUILESS_MAIN(TestReviewDocument)
#include "test_reviewdocument.moc"
