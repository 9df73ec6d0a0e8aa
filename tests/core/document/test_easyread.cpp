// The easy-read plan, checked against the easy-read rules on the document
// itself (Mencap, Change, the Department of Health guide): text 16 pt or
// larger, a picture beside every point, whole pounds, short sentences of our
// own, no capitals for emphasis, a few points a page, every section there.
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "demo/democaseload.h"
#include "document/plandocumentbuilder.h"
#include "sampleplan.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

using namespace pb;

namespace {

const QDate kToday(2026, 11, 23);

// The pictures drawn for the project (resources/pictures/<name>.svg), as agreed
// with the engineer drawing them.
const QStringList kPictureNames = {QStringLiteral("person"), QStringLiteral("helper"),
    QStringLiteral("family"), QStringLiteral("friends"), QStringLiteral("home"),
    QStringLiteral("money"), QStringLiteral("wallet"), QStringLiteral("council"),
    QStringLiteral("provider"), QStringLiteral("trusted-person"), QStringLiteral("calendar"),
    QStringLiteral("clock"), QStringLiteral("phone"), QStringLiteral("warning"),
    QStringLiteral("activity"), QStringLiteral("transport"), QStringLiteral("equipment"),
    QStringLiteral("heart"), QStringLiteral("star"), QStringLiteral("check"), QStringLiteral("pen"),
    QStringLiteral("plan"), QStringLiteral("health"), QStringLiteral("work"),
    QStringLiteral("talk"), QStringLiteral("food"), QStringLiteral("personal-care"),
    QStringLiteral("safe"), QStringLiteral("choice"), QStringLiteral("respect"),
    QStringLiteral("carer"), QStringLiteral("better"), QStringLiteral("same"),
    QStringLiteral("worse"), QStringLiteral("question")};

QList<PlanFileContents> everyone()
{
    QList<PlanFileContents> all = DemoCaseload::people();
    all.append({test::samplePerson(), test::samplePlan()});
    return all;
}

PlanDocument easyRead(const PlanFileContents& c)
{
    const RateTable rates = RateTableLoader::builtInFor(PlanTotals::costingDate(c.plan)).value();
    return PlanDocumentBuilder(rates).easyRead(c.person, c.plan, kToday);
}

QString runsText(const DocumentBlock& block)
{
    QString text;
    for (const TextRun& run : block.runs) {
        text += run.text;
    }
    return text;
}

QList<const DocumentBlock*> points(const DocumentSection& section)
{
    QList<const DocumentBlock*> list;
    for (const DocumentBlock& block : section.blocks) {
        if (block.kind == DocumentBlock::Kind::Point) {
            list.append(&block);
        }
    }
    return list;
}

// The person's own words and names: kept as they wrote them, so not held to
// the program's sentence length.
QStringList ownWords(const PlanFileContents& c)
{
    const Person& p = c.person;
    const Plan& plan = c.plan;
    QStringList words {p.name, p.helperName, p.phone, p.preferredLanguage,
        p.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")),
        plan.emergency.whatToDo, plan.emergency.contactName, plan.emergency.contactPhone,
        plan.deployment.nominee, plan.deployment.isfProvider, plan.deployment.thirdParty};
    for (const Outcome& o : plan.outcomes) {
        words << o.text << o.howIWillKnow;
    }
    for (const SupportItem& i : plan.items) {
        words << i.what << i.provider;
    }
    QStringList tidy;
    for (const QString& w : std::as_const(words)) {
        if (!w.simplified().isEmpty()) {
            tidy << w.simplified();
        }
    }
    // Longest first, so a name inside a longer phrase is not taken out first.
    std::sort(tidy.begin(), tidy.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return tidy;
}

void everyPlan()
{
    QTest::addColumn<int>("index");
    const QList<PlanFileContents> all = everyone();
    for (int i = 0; i < all.size(); ++i) {
        QTest::newRow(qPrintable(all.at(i).person.name)) << i;
    }
}

} // namespace

class TestEasyRead : public QObject {
    Q_OBJECT
private slots:
    void sevenSectionsEachOnANewPage_data() { everyPlan(); }
    void sevenSectionsEachOnANewPage();
    void everyTextSixteenPointOrLarger_data() { everyPlan(); }
    void everyTextSixteenPointOrLarger();
    void everyPointHasAKnownPicture_data() { everyPlan(); }
    void everyPointHasAKnownPicture();
    void everyPictureIsDrawn_data() { everyPlan(); }
    void everyPictureIsDrawn();
    void wholePoundsOnly_data() { everyPlan(); }
    void wholePoundsOnly();
    void ourSentencesAreShort_data() { everyPlan(); }
    void ourSentencesAreShort();
    void noCapitalsForEmphasis_data() { everyPlan(); }
    void noCapitalsForEmphasis();
    void fivePointsAPageAtMost_data() { everyPlan(); }
    void fivePointsAPageAtMost();
    void topThreeStarredAndBold_data() { everyPlan(); }
    void topThreeStarredAndBold();
    void onePointPerSupportItem_data() { everyPlan(); }
    void onePointPerSupportItem();

    void moneyInWholePounds_data();
    void moneyInWholePounds();
    void reviewDateWrittenOut();
    void helperSentence();
    void emptyPlanStillHasEverySection();
};

void TestEasyRead::sevenSectionsEachOnANewPage()
{
    QFETCH(int, index);
    const PlanDocument d = easyRead(everyone().at(index));
    QCOMPARE(d.form, DocumentForm::EasyRead);
    QStringList ids;
    for (const DocumentSection& s : d.sections) {
        ids << s.id;
        QVERIFY2(s.startsOnNewPage, qPrintable(s.id));
        QVERIFY2(!points(s).isEmpty(), qPrintable(s.id));
    }
    QCOMPARE(ids,
        QStringList({QStringLiteral("about-me"), QStringLiteral("money"),
            QStringLiteral("outcomes"), QStringLiteral("support"), QStringLiteral("managed"),
            QStringLiteral("problems"), QStringLiteral("review")}));
}

void TestEasyRead::everyTextSixteenPointOrLarger()
{
    QFETCH(int, index);
    const PlanDocument d = easyRead(everyone().at(index));
    for (const TextRole role : {TextRole::Title, TextRole::Heading, TextRole::Subheading,
             TextRole::Body, TextRole::Note}) {
        QVERIFY(d.style.size(role) >= 16);
    }
    // Headings larger than the text under them.
    QVERIFY(d.style.size(TextRole::Heading) > d.style.size(TextRole::Body));
    QVERIFY(d.style.size(TextRole::Title) > d.style.size(TextRole::Heading));
    for (const DocumentSection& s : d.sections) {
        for (const DocumentBlock& b : s.blocks) {
            QVERIFY2(d.style.size(b.role) >= 16, qPrintable(runsText(b)));
            // Every piece of text is a point with a picture (or a page break).
            QVERIFY2(
                b.kind == DocumentBlock::Kind::Point || b.kind == DocumentBlock::Kind::PageBreak,
                qPrintable(runsText(b)));
        }
    }
    QCOMPARE(d.style.fontFamily, QStringLiteral("Andika"));
    QVERIFY(d.style.lineSpacing >= 1.5);
    QVERIFY(d.style.pictureSizeMm > 0);
}

void TestEasyRead::everyPointHasAKnownPicture()
{
    QFETCH(int, index);
    const PlanDocument d = easyRead(everyone().at(index));
    for (const DocumentSection& s : d.sections) {
        QVERIFY2(
            kPictureNames.contains(s.picture), qPrintable(s.id + QLatin1Char(' ') + s.picture));
        for (const DocumentBlock* p : points(s)) {
            QVERIFY2(!p->picture.isEmpty(), qPrintable(runsText(*p)));
            QVERIFY2(kPictureNames.contains(p->picture), qPrintable(p->picture));
        }
    }
}

void TestEasyRead::everyPictureIsDrawn()
{
    QFETCH(int, index);
    const PlanDocument d = easyRead(everyone().at(index));
    for (const DocumentSection& s : d.sections) {
        QStringList names {s.picture};
        for (const DocumentBlock* p : points(s)) {
            names << p->picture;
        }
        for (const QString& name : std::as_const(names)) {
            const QString file =
                test::sourcePath(QStringLiteral("resources/pictures/%1.svg").arg(name));
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        }
    }
}

void TestEasyRead::wholePoundsOnly()
{
    QFETCH(int, index);
    const PlanDocument d = easyRead(everyone().at(index));
    const QRegularExpression pence(QStringLiteral("£\\d[\\d,]*\\.\\d"));
    QVERIFY(!pence.match(d.title + d.footer).hasMatch());
    bool anyMoney = false;
    for (const DocumentSection& s : d.sections) {
        QVERIFY(!pence.match(s.title).hasMatch());
        for (const DocumentBlock& b : s.blocks) {
            QVERIFY2(!pence.match(runsText(b)).hasMatch(), qPrintable(runsText(b)));
            anyMoney = anyMoney || runsText(b).contains(QChar(0x00A3));
        }
    }
    QVERIFY(anyMoney); // the rule was checked on some money
}

void TestEasyRead::ourSentencesAreShort()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const PlanDocument d = easyRead(c);
    const QStringList theirs = ownWords(c);
    const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    for (const DocumentSection& s : d.sections) {
        for (const DocumentBlock& b : s.blocks) {
            QString text = runsText(b).simplified();
            for (const QString& words : theirs) {
                text.replace(words, QStringLiteral("X")); // their words count as one
            }
            for (const QString& sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
                const qsizetype count = sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
                QVERIFY2(count <= 15,
                    qPrintable(QStringLiteral("%1 words: %2").arg(count).arg(sentence)));
            }
        }
    }
}

void TestEasyRead::noCapitalsForEmphasis()
{
    QFETCH(int, index);
    const PlanDocument d = easyRead(everyone().at(index));
    // Two or more words in capitals in a row ("VERY IMPORTANT"); one
    // (NHS, PA) is an abbreviation, not emphasis.
    const QRegularExpression shouting(QStringLiteral("\\b\\p{Lu}{2,}\\b\\W+\\b\\p{Lu}{2,}\\b"));
    for (const DocumentSection& s : d.sections) {
        QVERIFY(!shouting.match(s.title).hasMatch());
        for (const DocumentBlock& b : s.blocks) {
            for (const TextRun& run : b.runs) {
                QVERIFY2(!shouting.match(run.text).hasMatch(), qPrintable(run.text));
            }
        }
    }
}

void TestEasyRead::fivePointsAPageAtMost()
{
    QFETCH(int, index);
    const PlanDocument d = easyRead(everyone().at(index));
    for (const DocumentSection& s : d.sections) {
        int onPage = 0;
        for (const DocumentBlock& b : s.blocks) {
            if (b.kind == DocumentBlock::Kind::PageBreak) {
                QVERIFY2(onPage > 0, qPrintable(s.id)); // no empty page
                onPage = 0;
            } else if (b.kind == DocumentBlock::Kind::Point) {
                ++onPage;
                QVERIFY2(onPage <= 5, qPrintable(s.id));
            }
        }
        QVERIFY2(s.blocks.isEmpty() || s.blocks.last().kind != DocumentBlock::Kind::PageBreak,
            qPrintable(s.id));
    }
}

void TestEasyRead::topThreeStarredAndBold()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const PlanDocument d = easyRead(c);
    const DocumentSection* s = d.section(QStringLiteral("outcomes"));
    for (const Outcome& o : c.plan.outcomes) {
        const auto list = points(*s);
        const auto it = std::find_if(list.cbegin(), list.cend(),
            [&](const DocumentBlock* p) { return runsText(*p).startsWith(o.text.simplified()); });
        QVERIFY2(it != list.cend(), qPrintable(o.text));
        const DocumentBlock* p = *it;
        const bool boldMostImportant = std::any_of(p->runs.cbegin(), p->runs.cend(),
            [](const TextRun& r) { return r.bold && r.text == QStringLiteral("most important"); });
        if (o.topThree) {
            QCOMPARE(p->picture, QStringLiteral("star"));
            QVERIFY(boldMostImportant);
        } else {
            QVERIFY(p->picture != QStringLiteral("star"));
            QVERIFY(!boldMostImportant);
        }
    }
}

void TestEasyRead::onePointPerSupportItem()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const PlanDocument d = easyRead(c);
    const auto list = points(*d.section(QStringLiteral("support")));
    QCOMPARE(list.size(), c.plan.items.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QVERIFY(runsText(*list.at(i)).contains(c.plan.items.at(i).what.simplified()));
    }
}

void TestEasyRead::moneyInWholePounds_data()
{
    QTest::addColumn<qint64>("budgetPence");
    QTest::addColumn<QString>("said");
    QTest::newRow("whole") << qint64(12000) << QStringLiteral("My budget is £120 each week.");
    // £230.50 rounds half away from zero to £231.
    QTest::newRow("half up") << qint64(23050) << QStringLiteral("My budget is £231 each week.");
    // £1,234.49 rounds down to £1,234.
    QTest::newRow("down, thousands")
        << qint64(123449) << QStringLiteral("My budget is £1,234 each week.");
}

void TestEasyRead::moneyInWholePounds()
{
    QFETCH(qint64, budgetPence);
    QFETCH(QString, said);
    Plan plan;
    plan.budget.agreed = Money::fromPence(budgetPence);
    plan.budget.period = Period::Week;
    SupportItem jo;
    jo.key = 1;
    jo.type = SupportType::PersonalAssistant;
    jo.what = QStringLiteral("Going out");
    jo.provider = QStringLiteral("Jo");
    jo.quantityHundredths = 1000;
    jo.unitPrice = Money::fromPounds(12);
    jo.includeEmploymentCosts = false;
    plan.items = {jo};
    Person person;
    person.name = QStringLiteral("Pat");
    const PlanDocument d = PlanDocumentBuilder(RateTable {}).easyRead(person, plan, kToday);
    QStringList money;
    for (const DocumentBlock* p : points(*d.section(QStringLiteral("money")))) {
        money << runsText(*p);
    }
    QVERIFY2(money.contains(said), qPrintable(money.join(QLatin1Char('\n'))));
    // 10 hours × £12 = £120 a week, wages alone.
    QVERIFY(money.contains(QStringLiteral("My support costs £120 each week.")));
    const auto support = points(*d.section(QStringLiteral("support")));
    QCOMPARE(support.size(), 1);
    QCOMPARE(runsText(*support.at(0)),
        QStringLiteral("Going out. Jo helps me 10 hours each week. It costs £120 each week."));
}

void TestEasyRead::reviewDateWrittenOut()
{
    Plan plan;
    plan.reviewDate = QDate(2027, 7, 20);
    Person person;
    person.name = QStringLiteral("Pat");
    const PlanDocument d = PlanDocumentBuilder(RateTable {}).easyRead(person, plan, kToday);
    const auto review = points(*d.section(QStringLiteral("review")));
    QCOMPARE(
        runsText(*review.at(0)), QStringLiteral("My plan will be checked again on 20 July 2027."));
    QCOMPARE(review.at(0)->picture, QStringLiteral("calendar"));
}

void TestEasyRead::helperSentence()
{
    const PlanFileContents c = everyone().at(0); // Aisha, helped by her mum
    const PlanDocument d = easyRead(c);
    const auto about = points(*d.section(QStringLiteral("about-me")));
    QStringList said;
    for (const DocumentBlock* p : about) {
        said << runsText(*p);
    }
    QVERIFY(said.contains(QStringLiteral("My name is Aisha Khan.")));
    QVERIFY(said.contains(QStringLiteral("Farida Khan (Mum) helps me with my plan.")));
    QVERIFY(said.contains(QStringLiteral("My plan is not agreed yet.")));
}

void TestEasyRead::emptyPlanStillHasEverySection()
{
    const PlanDocument d = PlanDocumentBuilder(RateTable {}).easyRead(Person {}, Plan {}, kToday);
    QCOMPARE(d.sections.size(), 7);
    for (const DocumentSection& s : d.sections) {
        QVERIFY2(!points(s).isEmpty(), qPrintable(s.id));
        for (const DocumentBlock* p : points(s)) {
            QVERIFY(!p->picture.isEmpty());
            // Nothing half-said where a name or amount is missing.
            QVERIFY2(!runsText(*p).contains(QStringLiteral(" .")), qPrintable(runsText(*p)));
        }
    }
    const auto money = points(*d.section(QStringLiteral("money")));
    QCOMPARE(runsText(*money.at(0)), QStringLiteral("I do not know how much money I get yet."));
}

QTEST_GUILESS_MAIN(TestEasyRead)
#include "test_easyread.moc"
