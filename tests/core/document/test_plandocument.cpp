// The standard printed plan: every section there with the plan's own figures
// and words, the support table adding up to the plan's totals, DRAFT on a
// draft, the RAS steps when a scheme worked the budget out, the checker's
// findings, and hand-worked figures for a small plan.
#include "checks/planchecker.h"
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "demo/democaseload.h"
#include "document/plandocumentbuilder.h"
#include "model/modellabels.h"
#include "money/moneyformatter.h"
#include "sampleplan.h"

#include <QtTest>

using namespace pb;

namespace {

const QDate kToday(2026, 11, 23);

QList<PlanFileContents> everyone()
{
    QList<PlanFileContents> all = DemoCaseload::people();
    all.append({test::samplePerson(), test::samplePlan()});
    return all;
}

RateTable ratesFor(const Plan& plan)
{
    return RateTableLoader::builtInFor(PlanTotals::costingDate(plan)).value();
}

QString runsText(const DocumentBlock& block)
{
    QString text;
    for (const TextRun& run : block.runs) {
        text += run.text;
    }
    return text;
}

// Everything a reader of the section sees, as one string.
QString textOf(const DocumentSection& section)
{
    QStringList parts {section.title};
    for (const DocumentBlock& block : section.blocks) {
        parts << runsText(block) << block.table.headers;
        for (const QStringList& row : block.table.rows) {
            parts << row;
        }
        parts << block.table.totals;
    }
    return parts.join(QLatin1Char('\n'));
}

QString textOf(const PlanDocument& document)
{
    QStringList parts {document.title, document.footer};
    for (const DocumentSection& section : document.sections) {
        parts << textOf(section);
    }
    return parts.join(QLatin1Char('\n'));
}

// "£17,983.16" -> 1798316, "£15,257" -> 1525700: so a figure is compared with
// the totals whether or not the table shows pence.
qint64 penceOf(const QString& shown)
{
    QString digits = shown;
    digits.remove(QChar(0x00A3)).remove(QLatin1Char(','));
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    if (point < 0) {
        return digits.toLongLong() * 100;
    }
    return digits.left(point).toLongLong() * 100 + digits.mid(point + 1).toLongLong();
}

const DocumentBlock* firstTable(const DocumentSection* section)
{
    for (const DocumentBlock& block : section->blocks) {
        if (block.kind == DocumentBlock::Kind::Table) {
            return &block;
        }
    }
    return nullptr;
}

// A plan small enough to work out by hand: budget £300 a week (indicative and
// agreed), home care 10 visits at £25 a week = £250 a week (£13,000 a year).
Plan handPlan(int visits)
{
    Plan plan;
    plan.version = 3;
    plan.budget.indicative = Money::fromPounds(300);
    plan.budget.period = Period::Week;
    plan.outcomes = {{1, QStringLiteral("Stay at home"), LifeArea::PersonalCare, true,
        QStringLiteral("I am still here in spring")}};
    SupportItem care;
    care.key = 2;
    care.type = SupportType::AgencyHomeCare;
    care.what = QStringLiteral("Morning visits");
    care.provider = QStringLiteral("Caring Hands");
    care.route = Route::CouncilManaged;
    care.unitPrice = Money::fromPounds(25);
    care.quantityHundredths = visits * 100;
    care.frequency = Period::Week;
    care.outcomeKeys = {1};
    plan.items = {care};
    plan.emergency.whatToDo = QStringLiteral("Ring my son");
    return plan;
}

Person handPerson()
{
    Person person;
    person.name = QStringLiteral("Pat Doe");
    return person;
}

// The eight demo people and the sample plan, one row each.
void everyPlan()
{
    QTest::addColumn<int>("index");
    const QList<PlanFileContents> all = everyone();
    for (int i = 0; i < all.size(); ++i) {
        QTest::newRow(qPrintable(all.at(i).person.name)) << i;
    }
}

} // namespace

class TestPlanDocument : public QObject {
    Q_OBJECT
private slots:
    void everySectionInOrder_data() { everyPlan(); }
    void everySectionInOrder();
    void namesFiguresAndWords_data() { everyPlan(); }
    void namesFiguresAndWords();
    void supportTableAddsUp_data() { everyPlan(); }
    void supportTableAddsUp();
    void draftIsMarkedAndAgreedIsNot_data() { everyPlan(); }
    void draftIsMarkedAndAgreedIsNot();
    void findingsShown_data() { everyPlan(); }
    void findingsShown();
    void assistantCostsWithRates_data() { everyPlan(); }
    void assistantCostsWithRates();

    void footerAndTitle_data();
    void footerAndTitle();
    void replacedVersionIsMarked();
    void rasStepsShown();
    void unknownSchemeSaysSo();
    void handWorkedTotals_data();
    void handWorkedTotals();
    void noFindingsSaysSo();
    void agreementHasSignatureBlocks();
    void emptyPlanStillHasEverySection();
    void assistantGroups_data();
    void assistantGroups();
};

void TestPlanDocument::everySectionInOrder()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const PlanDocument d = PlanDocumentBuilder(ratesFor(c.plan)).standard(c.person, c.plan, kToday);
    QStringList ids;
    for (const DocumentSection& s : d.sections) {
        ids << s.id;
        QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
        QVERIFY2(!s.blocks.isEmpty(), qPrintable(s.id));
    }
    QCOMPARE(ids,
        QStringList({QStringLiteral("cover"), QStringLiteral("budget"), QStringLiteral("outcomes"),
            QStringLiteral("money"), QStringLiteral("support"), QStringLiteral("pa-costs"),
            QStringLiteral("totals"), QStringLiteral("compare"), QStringLiteral("findings"),
            QStringLiteral("emergency"), QStringLiteral("agreement")}));
    QCOMPARE(d.form, DocumentForm::Standard);
    QCOMPARE(d.language, QStringLiteral("en-GB"));
    QCOMPARE(d.author, c.person.name);
}

void TestPlanDocument::namesFiguresAndWords()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const MoneyFormatter money;
    const RateTable rates = ratesFor(c.plan);
    const PlanDocument d = PlanDocumentBuilder(rates).standard(c.person, c.plan, kToday);
    const PlanTotals totals = PlanTotals::calculate(c.plan, rates);
    const QString cover = textOf(*d.section(QStringLiteral("cover")));
    QVERIFY2(cover.contains(c.person.name), qPrintable(c.person.name));

    // The budget amount, in its period, as the budget section and the totals say it.
    const Money budget = *c.plan.budget.amount();
    const QString budgetText = money.format(budget, c.plan.budget.period);
    QVERIFY2(
        textOf(*d.section(QStringLiteral("budget"))).contains(budgetText), qPrintable(budgetText));
    const QString totalsText = textOf(*d.section(QStringLiteral("totals")));
    QVERIFY2(totalsText.contains(budgetText), qPrintable(totalsText));
    const QString planned = money.format(totals.planned(), totals.budgetPeriod());
    QVERIFY2(totalsText.contains(planned), qPrintable(planned + QLatin1Char('\n') + totalsText));

    const QString outcomes = textOf(*d.section(QStringLiteral("outcomes")));
    for (const Outcome& o : c.plan.outcomes) {
        QVERIFY2(outcomes.contains(o.text.simplified()), qPrintable(o.text));
        if (!o.howIWillKnow.isEmpty()) {
            QVERIFY2(outcomes.contains(o.howIWillKnow.simplified()), qPrintable(o.howIWillKnow));
        }
    }
    // Top three first: every top-three outcome comes before any other one.
    qsizetype lastTop = -1;
    qsizetype firstOther = outcomes.size();
    for (const Outcome& o : c.plan.outcomes) {
        const qsizetype at = outcomes.indexOf(o.text.simplified());
        if (o.topThree) {
            lastTop = std::max(lastTop, at);
        } else {
            firstOther = std::min(firstOther, at);
        }
    }
    QVERIFY(lastTop < firstOther);

    if (!c.plan.emergency.whatToDo.isEmpty()) {
        QVERIFY(textOf(*d.section(QStringLiteral("emergency")))
                    .contains(c.plan.emergency.whatToDo.simplified()));
    }
    for (const FundingStream& stream : c.plan.budget.streams) {
        QVERIFY(textOf(*d.section(QStringLiteral("budget")))
                    .contains(ModelLabels::fundingSource(stream.source)));
    }
}

void TestPlanDocument::supportTableAddsUp()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const RateTable rates = ratesFor(c.plan);
    const PlanDocument d = PlanDocumentBuilder(rates).standard(c.person, c.plan, kToday);
    const PlanTotals totals = PlanTotals::calculate(c.plan, rates);
    const DocumentBlock* table = firstTable(d.section(QStringLiteral("support")));
    QVERIFY(table);
    QCOMPARE(table->table.headers.size(), 7);
    QCOMPARE(table->table.rows.size(), c.plan.items.size());
    for (qsizetype i = 0; i < c.plan.items.size(); ++i) {
        const QStringList& row = table->table.rows.at(i);
        QCOMPARE(row.size(), 7);
        QCOMPARE(row.at(0), c.plan.items.at(i).what.simplified());
        if (!c.plan.items.at(i).costsNothing()) {
            QCOMPARE(penceOf(row.at(6)), totals.items().at(i).yearly().pence());
        }
    }
    QCOMPARE(table->table.totals.size(), 7);
    QCOMPARE(penceOf(table->table.totals.at(6)), totals.plannedYearly().pence());
    QCOMPARE(penceOf(table->table.totals.at(5)),
        convert(totals.plannedYearly(), Period::Year, Period::Week).pence());
}

void TestPlanDocument::draftIsMarkedAndAgreedIsNot()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const PlanDocument d = PlanDocumentBuilder(ratesFor(c.plan)).standard(c.person, c.plan, kToday);
    const QString agreement = textOf(*d.section(QStringLiteral("agreement")));
    if (c.plan.status == PlanStatus::Draft) {
        QCOMPARE(d.watermark, QStringLiteral("DRAFT"));
        QVERIFY(agreement.contains(QStringLiteral("Not agreed yet")));
    } else {
        QCOMPARE(c.plan.status, PlanStatus::Agreed);
        QVERIFY(d.watermark.isEmpty());
        QVERIFY(agreement.contains(c.plan.agreedBy));
        QVERIFY(!agreement.contains(QStringLiteral("Not agreed yet")));
    }
}

void TestPlanDocument::findingsShown()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const RateTable rates = ratesFor(c.plan);
    const PlanDocument d = PlanDocumentBuilder(rates).standard(c.person, c.plan, kToday);
    const DocumentSection* section = d.section(QStringLiteral("findings"));
    const QList<Finding> findings = PlanChecker(rates).check(c.plan);
    if (findings.isEmpty()) {
        QVERIFY(textOf(*section).contains(QStringLiteral("No problems found")));
        return;
    }
    // One paragraph each, the kind in bold first, then the advice.
    qsizetype at = 0;
    for (const Finding& f : findings) {
        const auto it = std::find_if(section->blocks.cbegin() + at, section->blocks.cend(),
            [&](const DocumentBlock& b) { return runsText(b).contains(f.message); });
        QVERIFY2(it != section->blocks.cend(), qPrintable(f.message));
        QVERIFY(it->runs.size() == 2 && it->runs.at(0).bold);
        const QString kind = it->runs.at(0).text;
        QVERIFY2(
            kind.startsWith(f.severity == FindingSeverity::Error ? QStringLiteral("Needs changing")
                    : f.severity == FindingSeverity::Warning     ? QStringLiteral("Worth a look")
                                                                 : QStringLiteral("Tip")),
            qPrintable(kind));
        at = it - section->blocks.cbegin() + 1; // in the checker's order
    }
}

void TestPlanDocument::assistantCostsWithRates()
{
    QFETCH(int, index);
    const PlanFileContents c = everyone().at(index);
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const RateTable rates = ratesFor(c.plan);
    const PlanDocument d = PlanDocumentBuilder(rates).standard(c.person, c.plan, kToday);
    const QString text = textOf(*d.section(QStringLiteral("pa-costs")));
    const bool hasAssistant = std::any_of(c.plan.items.cbegin(), c.plan.items.cend(),
        [](const SupportItem& i) { return i.isPersonalAssistant() && i.includeEmploymentCosts; });
    if (!hasAssistant) {
        QVERIFY(text.contains(QStringLiteral("no personal assistants")));
        return;
    }
    QVERIFY2(text.contains(rates.name), qPrintable(text));
    QVERIFY(text.contains(gb.toString(rates.ratesAsOf, QStringLiteral("d MMMM yyyy"))));
    for (const QString& line : {QStringLiteral("Wages"), QStringLiteral("Holiday pay"),
             QStringLiteral("Employer's National Insurance"), QStringLiteral("Workplace pension"),
             QStringLiteral("Employer's liability insurance"), QStringLiteral("Payroll service")}) {
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    // Each assistant once: Aisha's two PAs (Jade Morris, Sam Ortiz) are two tables.
    if (c.person.name == QStringLiteral("Aisha Khan")) {
        int tables = 0;
        for (const DocumentBlock& b : d.section(QStringLiteral("pa-costs"))->blocks) {
            tables += b.kind == DocumentBlock::Kind::Table ? 1 : 0;
        }
        QCOMPARE(tables, 2);
    }
}

void TestPlanDocument::footerAndTitle_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("title");
    // From the demo caseload: Aisha's plan is a draft (printed on kToday),
    // Harold's was agreed on 12 May 2026; the sample plan on 3 March 2027, version 2.
    QTest::newRow("draft") << 0
                           << QStringLiteral("Aisha Khan · plan version 1 · draft 23 November 2026")
                           << QStringLiteral("Support plan for Aisha Khan");
    QTest::newRow("agreed") << 1
                            << QStringLiteral(
                                   "Harold Pritchard · plan version 1 · agreed 12 May 2026")
                            << QStringLiteral("Support plan for Harold Pritchard");
    QTest::newRow("sample") << 8
                            << QStringLiteral(
                                   "Siân O'Connor-Jones · plan version 2 · agreed 3 March 2027")
                            << QStringLiteral("Support plan for Siân O'Connor-Jones");
}

void TestPlanDocument::footerAndTitle()
{
    QFETCH(int, index);
    QFETCH(QString, footer);
    QFETCH(QString, title);
    const PlanFileContents c = everyone().at(index);
    const PlanDocument d = PlanDocumentBuilder(ratesFor(c.plan)).standard(c.person, c.plan, kToday);
    QCOMPARE(d.footer, footer);
    QCOMPARE(d.title, title);
}

void TestPlanDocument::replacedVersionIsMarked()
{
    PlanFileContents c = everyone().at(1);
    c.plan.status = PlanStatus::Superseded;
    const PlanDocument d = PlanDocumentBuilder(ratesFor(c.plan)).standard(c.person, c.plan, kToday);
    QCOMPARE(d.watermark, QStringLiteral("REPLACED"));
    QVERIFY(d.footer.contains(QStringLiteral("replaced by a newer version")));
}

void TestPlanDocument::rasStepsShown()
{
    // resources/ras/example-points.json with example-points-answers.json:
    //   points 40 + 10 + 30 + 10 + 40 + 0 + 20 + 25 + 55 + 25 = 255
    //   255 × £45 = £11,475; family carer "some": 5% less = £573.75 -> £10,901.25
    //   within the floor (£2,000) and ceiling (£25,000); carer break "sometimes":
    //   £600 added -> £11,501.25 a year.
    PlanFileContents c = everyone().at(0);
    Budget& b = c.plan.budget;
    b.source = BudgetSource::Ras;
    b.rasSchemeId = QStringLiteral("example-points");
    b.rasAnswers = {{QStringLiteral("personal-care"), QStringLiteral("some")},
        {QStringLiteral("eating-drinking"), QStringLiteral("a-little")},
        {QStringLiteral("getting-about"), QStringLiteral("some")},
        {QStringLiteral("health"), QStringLiteral("a-little")},
        {QStringLiteral("safety"), QStringLiteral("some")},
        {QStringLiteral("risk"), QStringLiteral("no")},
        {QStringLiteral("home"), QStringLiteral("some")},
        {QStringLiteral("relationships"), QStringLiteral("some")},
        {QStringLiteral("work-learning-leisure"), QStringLiteral("a-lot")},
        {QStringLiteral("decisions"), QStringLiteral("some")},
        {QStringLiteral("family-carer"), QStringLiteral("some")},
        {QStringLiteral("carer-break"), QStringLiteral("sometimes")}};
    b.indicative = Money::fromPence(1150125);
    const PlanDocument d = PlanDocumentBuilder(ratesFor(c.plan)).standard(c.person, c.plan, kToday);
    const QString budget = textOf(*d.section(QStringLiteral("budget")));
    QVERIFY2(budget.contains(QStringLiteral("255 points")), qPrintable(budget));
    QVERIFY2(budget.contains(QStringLiteral("255 × £45 = £11,475 a year")), qPrintable(budget));
    QVERIFY2(budget.contains(QStringLiteral("£573.75 less")), qPrintable(budget));
    QVERIFY2(
        budget.contains(QStringLiteral("So the amount is £11,501.25 a year")), qPrintable(budget));
    // The steps are numbered, in order.
    QVERIFY(budget.indexOf(QStringLiteral("1. ")) < budget.indexOf(QStringLiteral("2. ")));
    QVERIFY(budget.indexOf(QStringLiteral("255 points"))
        < budget.indexOf(QStringLiteral("So the amount")));
}

void TestPlanDocument::unknownSchemeSaysSo()
{
    // The sample plan names "example-council-2027", which the program does not ship.
    const PlanDocument d = PlanDocumentBuilder(ratesFor(test::samplePlan()))
                               .standard(test::samplePerson(), test::samplePlan(), kToday);
    const QString budget = textOf(*d.section(QStringLiteral("budget")));
    QVERIFY2(budget.contains(QStringLiteral("example-council-2027")), qPrintable(budget));
    QVERIFY(budget.contains(QStringLiteral("can't be shown")));
    QVERIFY(!budget.contains(QStringLiteral("1. ")));
}

void TestPlanDocument::handWorkedTotals_data()
{
    QTest::addColumn<int>("visits");
    QTest::addColumn<QString>("leftOverLine");
    QTest::addColumn<QString>("compareLine");
    QTest::addColumn<QString>("plannedYearly");
    // 10 × £25 = £250 a week against £300: £50 a week left (× 52 = £2,600 a year).
    QTest::newRow("under") << 10 << QStringLiteral("£50 a week (£2,600 a year)")
                           << QStringLiteral(
                                  "Your support costs £50 a week less than the indicative budget.")
                           << QStringLiteral("£13,000");
    // 14 × £25 = £350 a week: £50 a week more than £300.
    QTest::newRow("over") << 14 << QStringLiteral("£50 a week more than your budget")
                          << QStringLiteral(
                                 "Your support costs £50 a week more than the indicative budget.")
                          << QStringLiteral("£18,200");
    // 12 × £25 = £300 a week: the same.
    QTest::newRow("exact") << 12 << QStringLiteral("£0 a week (£0 a year)")
                           << QStringLiteral(
                                  "Your support costs the same as the indicative budget.")
                           << QStringLiteral("£15,600");
}

void TestPlanDocument::handWorkedTotals()
{
    QFETCH(int, visits);
    QFETCH(QString, leftOverLine);
    QFETCH(QString, compareLine);
    QFETCH(QString, plannedYearly);
    const PlanDocument d =
        PlanDocumentBuilder(RateTable {}).standard(handPerson(), handPlan(visits), kToday);
    const QString totals = textOf(*d.section(QStringLiteral("totals")));
    QVERIFY2(totals.contains(leftOverLine), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("£300 a week (£15,600 a year)")), qPrintable(totals));
    QVERIFY2(textOf(*d.section(QStringLiteral("compare"))).contains(compareLine),
        qPrintable(textOf(*d.section(QStringLiteral("compare")))));
    const DocumentBlock* table = firstTable(d.section(QStringLiteral("support")));
    QVERIFY(table);
    QCOMPARE(table->table.rows.size(), 1);
    QCOMPARE(table->table.rows.at(0),
        (QStringList {QStringLiteral("Morning visits"), QStringLiteral("Caring Hands"),
            QStringLiteral("%1 times a week").arg(visits), QStringLiteral("Council-managed"),
            QStringLiteral("Stay at home"), QStringLiteral("£%1").arg(visits * 25),
            plannedYearly}));
    QCOMPARE(table->table.totals.last(), plannedYearly);
    const QString cover = textOf(*d.section(QStringLiteral("cover")));
    QVERIFY(cover.contains(QStringLiteral("Draft, not agreed yet (printed 23 November 2026)")));
    QVERIFY(cover.contains(QStringLiteral("Set when the plan is agreed")));
}

void TestPlanDocument::noFindingsSaysSo()
{
    // 12 × £25 = £300 a week, all of the budget, with an outcome, an emergency
    // plan and every item linked: nothing for the checker to say.
    const PlanDocument d =
        PlanDocumentBuilder(RateTable {}).standard(handPerson(), handPlan(12), kToday);
    const DocumentSection* findings = d.section(QStringLiteral("findings"));
    QCOMPARE(findings->blocks.size(), 1);
    QCOMPARE(runsText(findings->blocks.at(0)), QStringLiteral("No problems found."));
}

void TestPlanDocument::agreementHasSignatureBlocks()
{
    const PlanFileContents c = everyone().at(1); // Harold: agreed
    const PlanDocument d = PlanDocumentBuilder(ratesFor(c.plan)).standard(c.person, c.plan, kToday);
    QStringList signers;
    for (const DocumentBlock& b : d.section(QStringLiteral("agreement"))->blocks) {
        if (b.kind == DocumentBlock::Kind::Signature) {
            signers << runsText(b);
        }
    }
    QCOMPARE(signers,
        (QStringList {QStringLiteral("Harold Pritchard"), QStringLiteral("For the council")}));
    const QString text = textOf(*d.section(QStringLiteral("agreement")));
    QVERIFY(text.contains(QStringLiteral("12 May 2026")));
    QVERIFY(text.contains(QStringLiteral("12 August 2026"))); // the review date
    QVERIFY(textOf(d).contains(QStringLiteral("Harold Pritchard and Kim Lee (social worker)")));
}

void TestPlanDocument::emptyPlanStillHasEverySection()
{
    // A plan just started: no budget, outcomes, support or back-up plan yet.
    // Each section still says where things stand rather than being blank.
    const PlanDocument d = PlanDocumentBuilder(RateTable {}).standard(Person {}, Plan {}, kToday);
    QCOMPARE(d.sections.size(), 11);
    for (const DocumentSection& s : d.sections) {
        QVERIFY2(!s.blocks.isEmpty(), qPrintable(s.id));
    }
    QVERIFY(textOf(*d.section(QStringLiteral("totals"))).contains(QStringLiteral("Not known yet")));
    QVERIFY(textOf(*d.section(QStringLiteral("support"))).contains(QStringLiteral("No support")));
    QVERIFY(textOf(*d.section(QStringLiteral("emergency")))
                .contains(QStringLiteral("no back-up plan")));
    QVERIFY(textOf(*d.section(QStringLiteral("compare")))
                .contains(QStringLiteral("no indicative budget to compare with")));
}

void TestPlanDocument::assistantGroups_data()
{
    QTest::addColumn<QString>("secondName");
    QTest::addColumn<int>("secondHours");
    QTest::addColumn<int>("tables");
    // The same person (names compared ignoring case and spacing, as the costing
    // does) for two pieces of support: one breakdown, shared between them.
    QTest::newRow("one person, two items") << QStringLiteral(" jo  SMITH") << 500 << 1;
    // Two people with exactly the same hours and wage: identical breakdowns,
    // but two people, so two tables.
    QTest::newRow("two people, same figures") << QStringLiteral("Kim Lee") << 1000 << 2;
    QTest::newRow("two people, different hours") << QStringLiteral("Kim Lee") << 500 << 2;
}

void TestPlanDocument::assistantGroups()
{
    QFETCH(QString, secondName);
    QFETCH(int, secondHours);
    QFETCH(int, tables);
    Plan plan = handPlan(10);
    SupportItem pa;
    pa.type = SupportType::PersonalAssistant;
    pa.unitPrice = Money::fromPence(1271);
    pa.frequency = Period::Week;
    pa.key = 20;
    pa.what = QStringLiteral("Going out");
    pa.provider = QStringLiteral("Jo Smith");
    pa.quantityHundredths = 1000;
    plan.items.append(pa);
    pa.key = 21;
    pa.what = QStringLiteral("Shopping");
    pa.provider = secondName;
    pa.quantityHundredths = secondHours;
    plan.items.append(pa);
    const RateTable rates = ratesFor(plan);
    const PlanDocument d = PlanDocumentBuilder(rates).standard(handPerson(), plan, kToday);
    const DocumentSection* section = d.section(QStringLiteral("pa-costs"));
    QList<const DocumentBlock*> found;
    for (const DocumentBlock& b : section->blocks) {
        if (b.kind == DocumentBlock::Kind::Table) {
            found.append(&b);
        }
    }
    QCOMPARE(found.size(), tables);
    // Each breakdown's total is what the support table charges for its items.
    const PlanTotals totals = PlanTotals::calculate(plan, rates);
    const qint64 both = totals.item(20)->yearly().pence() + totals.item(21)->yearly().pence();
    qint64 shown = 0;
    for (const DocumentBlock* b : std::as_const(found)) {
        shown += penceOf(b->table.totals.last());
    }
    QCOMPARE(shown, both);
    const QString text = textOf(*section);
    QCOMPARE(text.contains(QStringLiteral("Shared between")), tables == 1);
}

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "test_plandocument.moc"
