#include "results/resultsdocumentbuilder.h"

#include "document/documentblocks.h"
#include "document/standardplanwriter.h"
#include "model/modellabels.h"
#include "results/resultslabels.h"

namespace pb {

namespace {

using B = DocumentBlocks;

QString number(int n)
{
    return QString::number(n);
}

QStringList countCells(const RatingCounts& c)
{
    return {number(c.better), number(c.same), number(c.worse), number(c.notYet), number(c.total())};
}

} // namespace

PlanDocument ResultsDocumentBuilder::build(
    const CaseloadResults& results, QDate madeOn, const QLocale& locale)
{
    PlanDocument doc;
    doc.form = DocumentForm::Standard;
    doc.title = tr("Checking the results");
    doc.language = locale.bcp47Name();
    //: the footer on every page of the results report
    doc.footer = tr("Checking the results · made on %1").arg(ResultsLabels::date(madeOn, locale));
    doc.style = StandardPlanWriter::style();

    DocumentSection about = B::section(QStringLiteral("about"), tr("What this report covers"));
    about.blocks.append(B::paragraph(ResultsLabels::coverage(results.filter(), locale)));
    about.blocks.append(B::facts({
        {tr("Made on"), ResultsLabels::date(madeOn, locale)},
        {tr("People"), number(results.peopleCounted())},
        {tr("Reviews"), number(results.reviewsCounted())},
    }));
    about.blocks.append(B::note(tr("At each review the person says, for each of their outcomes, "
                                   "whether things are better, the same or worse since their plan "
                                   "began, or have not changed yet.")));
    doc.sections.append(about);

    DocumentSection summary = B::section(QStringLiteral("summary"), tr("Summary"));
    summary.blocks.append(B::paragraph(ResultsLabels::summary(results.total())));
    if (results.unplacedRatings() > 0) {
        summary.blocks.append(
            B::note(tr("%1 ratings are of outcomes no longer in the plan reviewed, so they are not "
                       "counted by life area.")
                        .arg(results.unplacedRatings())));
    }
    doc.sections.append(summary);

    const QStringList countHeaders {ResultsLabels::rating(OutcomeRating::Better),
        ResultsLabels::rating(OutcomeRating::Same), ResultsLabels::rating(OutcomeRating::Worse),
        ResultsLabels::rating(OutcomeRating::NotYet), tr("Outcomes rated")};
    const QList<DocumentTable::Align> countAlign(5, DocumentTable::Align::Right);

    DocumentSection areas = B::section(QStringLiteral("areas"), tr("Results by life area"));
    if (results.byLifeArea().isEmpty()) {
        areas.blocks.append(B::paragraph(tr("No outcomes have been rated in these reviews yet.")));
    } else {
        DocumentTable table;
        table.headers = QStringList {tr("Life area")} + countHeaders;
        table.alignment = QList<DocumentTable::Align> {DocumentTable::Align::Left} + countAlign;
        for (const CaseloadResults::AreaCounts& a : results.byLifeArea()) {
            table.rows.append(QStringList {ModelLabels::lifeArea(a.area)} + countCells(a.counts));
        }
        table.totals = QStringList {tr("All life areas")} + countCells(results.total());
        areas.blocks.append(B::table(table));
    }
    doc.sections.append(areas);

    DocumentSection happiness =
        B::section(QStringLiteral("happiness"), tr("How happy people are with their support"));
    {
        DocumentTable table;
        table.headers = {tr("Answer"), tr("Reviews")};
        table.alignment = {DocumentTable::Align::Left, DocumentTable::Align::Right};
        for (int level = ResultsLabels::kHappinessChoices; level >= 0; --level) {
            table.rows.append(
                {ResultsLabels::happiness(level), number(results.happiness()[std::size_t(level)])});
        }
        happiness.blocks.append(B::table(table));
    }
    doc.sections.append(happiness);

    DocumentSection worse = B::section(QStringLiteral("worse"), tr("Outcomes that got worse"));
    if (results.worse().isEmpty()) {
        worse.blocks.append(B::paragraph(tr("No outcome got worse in these reviews.")));
    } else {
        worse.blocks.append(B::paragraph(tr("Someone should talk with each of these people about "
                                            "what has changed and what would help.")));
        DocumentTable table;
        table.headers = {tr("Name"), tr("Reviewed on"), tr("Outcome"), tr("What was said")};
        table.alignment = QList<DocumentTable::Align>(4, DocumentTable::Align::Left);
        for (const CaseloadResults::WorseOutcome& w : results.worse()) {
            table.rows.append({w.name, ResultsLabels::date(w.reviewDate, locale),
                tr("%1 (%2)").arg(w.outcome, ModelLabels::lifeArea(w.area)), w.comment});
        }
        worse.blocks.append(B::table(table));
    }
    doc.sections.append(worse);

    DocumentSection themes = B::section(QStringLiteral("themes"), tr("What people said: themes"));
    if (results.themes().isEmpty()) {
        themes.blocks.append(B::paragraph(tr("No comments have been tagged with themes yet.")));
    } else {
        DocumentTable table;
        table.headers = {tr("Theme"), ResultsLabels::question(ReviewQuestion::Working),
            ResultsLabels::question(ReviewQuestion::NotWorking),
            ResultsLabels::question(ReviewQuestion::ImportantForFuture),
            ResultsLabels::question(ReviewQuestion::Outcome), tr("All comments")};
        table.alignment = QList<DocumentTable::Align> {DocumentTable::Align::Left}
            + QList<DocumentTable::Align>(5, DocumentTable::Align::Right);
        for (const CaseloadResults::ThemeCount& t : results.themes()) {
            table.rows.append({t.theme, number(t.working), number(t.notWorking),
                number(t.importantForFuture), number(t.outcomes), number(t.total())});
        }
        themes.blocks.append(B::table(table));
    }
    doc.sections.append(themes);
    return doc;
}

} // namespace pb
