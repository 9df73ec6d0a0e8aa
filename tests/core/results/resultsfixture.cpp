#include "resultsfixture.h"

namespace pb::test {

namespace {

CaseloadReview review(qint64 personId, const char* name, qint64 planId, int version,
    DeploymentChoice route, QDate date, int happiness)
{
    CaseloadReview r;
    r.personId = personId;
    r.name = QString::fromUtf8(name);
    r.planId = planId;
    r.version = version;
    r.deployment = route;
    r.review.date = date;
    r.review.overallHappiness = happiness;
    return r;
}

void rate(CaseloadReview& r, int key, const char* text, LifeArea area, OutcomeRating rating,
    const char* comment = "")
{
    r.outcomes.append(Outcome {key, QString::fromUtf8(text), area, false, {}});
    r.review.outcomes.append(OutcomeReview {key, rating, QString::fromUtf8(comment)});
}

void tag(CaseloadReview& r, ReviewQuestion q, int key, const QStringList& themes)
{
    r.themes.append(CaseloadReview::CommentThemes {q, key, themes});
}

} // namespace

// Ann  version 1 (direct payment) on 1 May 2026: things I do better, food
//      the same, people worse ("Lost my lift"); happy (4). Themes: working
//      "Transport", not working "staff keep changing", outcome 3 "transport".
//      version 2 (direct payment) on 1 May 2027: things I do better, food
//      better, people the same; very happy (5). Themes: working
//      "transport", "Good PA".
// Bob  version 1 (council-managed) on 15 September 2026: safety worse
//      ("Fell twice"), things I do not yet; unhappy (2). Themes: not working
//      "Staff keep changing", outcome 1 (safety) "Falls".
// Cy   version 1 (ISF) on 10 January 2027: health the same, things I do
//      better, and a rating of outcome 9, which the version doesn't have
//      (worse); happiness not said.
// Dee  version 1 (direct payment), review with no date: things I do better;
//      neither happy nor unhappy (3).
QList<CaseloadReview> fourPeoplesReviews()
{
    QList<CaseloadReview> list;
    {
        CaseloadReview r =
            review(1, "Ann Ames", 11, 1, DeploymentChoice::DirectPayment, QDate(2026, 5, 1), 4);
        rate(r, 1, "Swim every week", LifeArea::ThingsIDo, OutcomeRating::Better);
        rate(r, 2, "Cook my own meals", LifeArea::FoodAndDrink, OutcomeRating::Same);
        rate(r, 3, "See my friends", LifeArea::PeopleAndCommunity, OutcomeRating::Worse,
            "Lost my lift");
        tag(r, ReviewQuestion::Working, 0, {QStringLiteral("Transport")});
        tag(r, ReviewQuestion::NotWorking, 0, {QStringLiteral("staff keep changing")});
        tag(r, ReviewQuestion::Outcome, 3, {QStringLiteral("transport")});
        list.append(r);
    }
    {
        CaseloadReview r =
            review(1, "Ann Ames", 12, 2, DeploymentChoice::DirectPayment, QDate(2027, 5, 1), 5);
        rate(r, 1, "Swim every week", LifeArea::ThingsIDo, OutcomeRating::Better);
        rate(r, 2, "Cook my own meals", LifeArea::FoodAndDrink, OutcomeRating::Better);
        rate(r, 3, "See my friends", LifeArea::PeopleAndCommunity, OutcomeRating::Same);
        tag(r, ReviewQuestion::Working, 0,
            {QStringLiteral("transport"), QStringLiteral("Good PA")});
        list.append(r);
    }
    {
        CaseloadReview r =
            review(2, "Bob Boyd", 21, 1, DeploymentChoice::CouncilManaged, QDate(2026, 9, 15), 2);
        rate(r, 1, "Stay safe at home", LifeArea::Safety, OutcomeRating::Worse, "Fell twice");
        rate(r, 2, "Go to the day centre", LifeArea::ThingsIDo, OutcomeRating::NotYet);
        tag(r, ReviewQuestion::NotWorking, 0, {QStringLiteral("Staff keep changing")});
        tag(r, ReviewQuestion::Outcome, 1, {QStringLiteral("Falls")});
        list.append(r);
    }
    {
        CaseloadReview r = review(
            3, "Cy Cole", 31, 1, DeploymentChoice::IndividualServiceFund, QDate(2027, 1, 10), 0);
        rate(r, 1, "Stay well", LifeArea::Health, OutcomeRating::Same);
        rate(r, 2, "Paint again", LifeArea::ThingsIDo, OutcomeRating::Better);
        r.review.outcomes.append(OutcomeReview {9, OutcomeRating::Worse, QStringLiteral("?")});
        list.append(r);
    }
    {
        CaseloadReview r =
            review(4, "Dee Dunn", 41, 1, DeploymentChoice::DirectPayment, QDate(), 3);
        rate(r, 1, "Walk the dog", LifeArea::ThingsIDo, OutcomeRating::Better);
        list.append(r);
    }
    return list;
}

} // namespace pb::test
