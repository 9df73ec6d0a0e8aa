#include "results/reviewdocumentbuilder.h"

#include "document/documentblocks.h"
#include "document/documentwording.h"
#include "document/easyreadpager.h"
#include "document/easyreadpictures.h"
#include "document/easyreadplanwriter.h"
#include "document/standardplanwriter.h"
#include "model/modellabels.h"
#include "results/resultslabels.h"

#include <array>

namespace pb {

namespace {

using B = DocumentBlocks;

constexpr std::array<OutcomeRating, 4> kAnswers {
    OutcomeRating::Better, OutcomeRating::Same, OutcomeRating::Worse, OutcomeRating::NotYet};

// Lines to write on: a one-column table of empty rows under `question`.
DocumentBlock linesToWriteOn(const QString& question, int lines)
{
    DocumentTable table;
    table.headers = {question};
    table.alignment = {DocumentTable::Align::Left};
    for (int i = 0; i < lines; ++i) {
        table.rows.append(QStringList {QString()});
    }
    return B::table(table);
}

// "Better ☐": an answer to tick.
QString tickBox(const QString& answer)
{
    return answer + QStringLiteral("   ☐");
}

const OutcomeReview* answerFor(const Review& review, int key)
{
    for (const OutcomeReview& o : review.outcomes) {
        if (o.outcomeKey == key) {
            return &o;
        }
    }
    return nullptr;
}

QString easyReadAnswer(OutcomeRating rating)
{
    switch (rating) {
    case OutcomeRating::Better:
        return ReviewDocumentBuilder::tr("This is better.");
    case OutcomeRating::Same:
        return ReviewDocumentBuilder::tr("This is the same.");
    case OutcomeRating::Worse:
        return ReviewDocumentBuilder::tr("This is worse.");
    case OutcomeRating::NotYet:
        return ReviewDocumentBuilder::tr("This has not changed yet.");
    }
    return {};
}

PlanDocument start(const Person& person, const Plan& plan, DocumentForm form, QDate today,
    const QLocale& locale, const QString& title)
{
    const DocumentWording words(locale);
    PlanDocument doc = words.start(form, person, plan, today);
    doc.title = title;
    // The review is of an agreed plan: no watermark, whatever the version's state now.
    doc.watermark.clear();
    doc.style =
        form == DocumentForm::EasyRead ? EasyReadPlanWriter::style() : StandardPlanWriter::style();
    return doc;
}

} // namespace

QString ReviewDocumentBuilder::picture(OutcomeRating rating)
{
    switch (rating) {
    case OutcomeRating::Better:
        return EasyReadPictures::named("better");
    case OutcomeRating::Same:
        return EasyReadPictures::named("same");
    case OutcomeRating::Worse:
        return EasyReadPictures::named("worse");
    case OutcomeRating::NotYet:
        return EasyReadPictures::named("question");
    }
    return {};
}

QString ReviewDocumentBuilder::happinessPicture(int level)
{
    if (level >= 4) {
        return EasyReadPictures::named("better");
    }
    if (level == 3) {
        return EasyReadPictures::named("same");
    }
    return EasyReadPictures::named("worse");
}

PlanDocument ReviewDocumentBuilder::questionnaire(
    const Person& person, const Plan& plan, QDate today, const QLocale& locale)
{
    const QString name = person.name.simplified();
    //: the easy-read review form's title; %1 the person's name
    PlanDocument doc =
        start(person, plan, DocumentForm::EasyRead, today, locale, tr("My review: %1").arg(name));

    const QString agreed = ResultsLabels::date(DocumentWording::agreedOn(plan), locale);
    QList<EasyReadPager::Group> about;
    about.append({B::point(EasyReadPictures::named("plan"),
        {B::plain(tr("This form is about my plan.")),
            B::bold(tr(" Version %1.").arg(plan.version))})});
    if (!agreed.isEmpty()) {
        about.append({B::point(
            EasyReadPictures::named("calendar"), tr("My plan was agreed on %1.").arg(agreed))});
    }
    about.append({B::point(
        EasyReadPictures::named("helper"), tr("You can fill it in with someone who helps you."))});
    about.append({B::point(EasyReadPictures::named("pen"),
        tr("For each thing that matters to me, tick one box: better, the same, worse or not "
           "yet."))});
    doc.sections.append(EasyReadPager::section(
        QStringLiteral("about"), tr("About this form"), EasyReadPictures::named("plan"), about));

    // One page for each outcome: its words as the heading and the four
    // answers to tick. (Lines to write on as well do not fit a page at
    // easy-read sizes when the words take two lines: they have a page of
    // their own after the outcomes.)
    for (const Outcome& o : plan.outcomes) {
        EasyReadPager::Group answers;
        for (const OutcomeRating answer : kAnswers) {
            answers.append(B::point(picture(answer), tickBox(ModelLabels::outcomeRating(answer))));
        }
        doc.sections.append(EasyReadPager::section(QStringLiteral("outcome-%1").arg(o.key), o.text,
            EasyReadPictures::forLifeArea(o.lifeArea), {answers}));
    }
    doc.sections.append(
        EasyReadPager::section(QStringLiteral("said"), tr("What I want to say about these things"),
            EasyReadPictures::named("talk"), {{linesToWriteOn(tr("Write here"), 8)}}));

    // One page for each question, with room to write.
    const auto question = [&](const char* id, const char* picture, const QString& text) {
        doc.sections.append(EasyReadPager::section(QLatin1String(id), text,
            EasyReadPictures::named(picture), {{linesToWriteOn(tr("Write here"), 6)}}));
    };
    question("working", "check", tr("What is working?"));
    question("not-working", "warning", tr("What is not working?"));
    question("future", "star", tr("What is important to me for the future?"));

    EasyReadPager::Group happy;
    for (int level = ResultsLabels::kHappinessChoices; level >= 1; --level) {
        happy.append(B::point(happinessPicture(level), tickBox(ResultsLabels::happiness(level))));
    }
    doc.sections.append(EasyReadPager::section(QStringLiteral("happiness"),
        tr("How happy am I with my support?"), EasyReadPictures::named("heart"), {happy}));
    return doc;
}

PlanDocument ReviewDocumentBuilder::review(const Person& person, const Plan& plan, int index,
    DocumentForm form, QDate today, const QLocale& locale)
{
    const Review& r = plan.reviews.at(index);
    const QString name = person.name.simplified();
    const bool easy = form == DocumentForm::EasyRead;
    PlanDocument doc = start(person, plan, form, today, locale,
        easy ? tr("My review: %1").arg(name) : tr("Review of the support plan for %1").arg(name));
    const QString when = ResultsLabels::date(r.date, locale);
    QString decided;
    switch (r.decision) {
    case ReviewDecision::KeepPlan:
        decided = plan.reviewDate.isValid() ? tr("Keep the plan. The next review is on %1.")
                                                  .arg(ResultsLabels::date(plan.reviewDate, locale))
                                            : tr("Keep the plan.");
        break;
    case ReviewDecision::ChangePlan:
        decided = tr("Change the plan: a new version was made from it.");
        break;
    case ReviewDecision::Undecided:
        decided = tr("Not decided yet.");
        break;
    }

    if (!easy) {
        DocumentSection about = B::section(QStringLiteral("about"), tr("About this review"));
        about.blocks.append(
            B::facts({{tr("Name"), name}, {tr("Plan version"), QString::number(plan.version)},
                {tr("Date of the review"), when}, {tr("Who took part"), r.reviewer.simplified()},
                {tr("How happy with the support"), ResultsLabels::happiness(r.overallHappiness)},
                {tr("What was decided"), decided}}));
        doc.sections.append(about);

        DocumentSection outcomes =
            B::section(QStringLiteral("outcomes"), tr("What matters to me: how it has gone"));
        DocumentTable table;
        table.headers = {
            tr("Outcome"), tr("Life area"), tr("Since the plan began"), tr("What was said")};
        table.alignment = QList<DocumentTable::Align>(4, DocumentTable::Align::Left);
        for (const Outcome& o : plan.outcomes) {
            const OutcomeReview* a = answerFor(r, o.key);
            table.rows.append({o.text, ModelLabels::lifeArea(o.lifeArea),
                a ? ModelLabels::outcomeRating(a->rating) : tr("Not answered"),
                a ? a->comment : QString()});
        }
        outcomes.blocks.append(B::table(table));
        doc.sections.append(outcomes);

        DocumentSection going = B::section(QStringLiteral("going"), tr("How things are going"));
        for (const auto& [question, answer] : {std::pair {ReviewQuestion::Working, r.working},
                 std::pair {ReviewQuestion::NotWorking, r.notWorking},
                 std::pair {ReviewQuestion::ImportantForFuture, r.importantForFuture}}) {
            going.blocks.append(B::subheading(ResultsLabels::question(question)));
            going.blocks.append(B::paragraph(
                answer.trimmed().isEmpty() ? tr("Nothing was written.") : answer.trimmed()));
        }
        doc.sections.append(going);
        return doc;
    }

    QList<EasyReadPager::Group> about;
    about.append(
        {B::point(EasyReadPictures::named("calendar"), tr("My review was on %1.").arg(when))});
    if (!r.reviewer.trimmed().isEmpty()) {
        about.append({B::point(EasyReadPictures::named("helper"),
            tr("These people took part: %1").arg(r.reviewer.simplified()))});
    }
    doc.sections.append(EasyReadPager::section(
        QStringLiteral("about"), tr("About my review"), EasyReadPictures::named("plan"), about));

    QList<EasyReadPager::Group> outcomes;
    for (const Outcome& o : plan.outcomes) {
        const OutcomeReview* a = answerFor(r, o.key);
        EasyReadPager::Group group;
        group.append(B::point(EasyReadPictures::forLifeArea(o.lifeArea), {B::bold(o.text)}));
        if (a) {
            group.append(B::point(picture(a->rating), easyReadAnswer(a->rating)));
            if (!a->comment.trimmed().isEmpty()) {
                group.append(B::point(EasyReadPictures::named("talk"), a->comment.trimmed()));
            }
        } else {
            group.append(
                B::point(EasyReadPictures::named("question"), tr("We did not talk about this.")));
        }
        outcomes.append(group);
    }
    doc.sections.append(EasyReadPager::section(QStringLiteral("outcomes"), tr("What matters to me"),
        EasyReadPictures::named("heart"), outcomes));

    QList<EasyReadPager::Group> going;
    const auto said = [&](const char* picture, const QString& question, const QString& answer) {
        if (!answer.trimmed().isEmpty()) {
            going.append({B::point(EasyReadPictures::named(picture),
                {B::bold(question + QLatin1Char(' ')), B::plain(answer.trimmed())})});
        }
    };
    said("check", tr("What is working:"), r.working);
    said("warning", tr("What is not working:"), r.notWorking);
    said("star", tr("What is important for the future:"), r.importantForFuture);
    if (r.overallHappiness >= 1) {
        going.append({B::point(happinessPicture(r.overallHappiness),
            tr("How happy I am with my support: %1.")
                .arg(ResultsLabels::happiness(r.overallHappiness)))});
    }
    going.append({B::point(EasyReadPictures::named("pen"), tr("We decided: %1").arg(decided))});
    doc.sections.append(EasyReadPager::section(QStringLiteral("going"), tr("How things are going"),
        EasyReadPictures::named("talk"), going));
    return doc;
}

} // namespace pb
