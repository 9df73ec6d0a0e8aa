#include "demo/democaseload.h"

#include "demo/demoplanbuilder.h"

namespace pb {

namespace {

Money pounds(qint64 p)
{
    return Money::fromPounds(p);
}
Money pence(qint64 p)
{
    return Money::fromPence(p);
}
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Learning disability, personal assistants on a direct payment (IBSEN mean £18,610).
PlanFileContents aisha()
{
    DemoPlanBuilder b(s("Aisha Khan"), QDate(2001, 6, 14), QDate(2026, 4, 6));
    b.helper(s("Farida Khan (Mum)"))
        .contact(s("07700 900123"), s("14 Brook Street, Oldham OL1 3AB"))
        .easyRead();
    b.indicative(pounds(18610), Period::Year)
        .stream(FundingSource::CouncilSocialCare, pounds(18610));
    b.manage(DeploymentChoice::DirectPayment, s("Farida Khan"));
    const int swim =
        b.outcome(LifeArea::ThingsIDo, s("I want to go swimming every week with a friend"),
            s("I go to the pool on Saturdays and I have been 40 times this year"), true);
    const int cook =
        b.outcome(LifeArea::FoodAndDrink, s("I want to cook my own tea three times a week"),
            s("I can make five meals on my own"), true);
    const int college =
        b.outcome(LifeArea::WorkAndLearning, s("I want to go to college to learn about computers"),
            s("I finish my course in June"), true);
    const int home =
        b.outcome(LifeArea::ControlOverDailyLife, s("I want to choose who helps me and when"),
            s("I interview my own PAs and pick their hours"));
    b.item(SupportType::PersonalAssistant, s("Personal assistant: Jade (home, cooking, college)"),
        s("Jade Morris"), pence(1300), 1750, Period::Week, {cook, college, home});
    b.item(SupportType::PersonalAssistant, s("Personal assistant: weekend swimming"),
        s("Sam Ortiz"), pence(1271), 300, Period::Week, {swim, home});
    b.item(SupportType::Leisure, s("Swimming pool entry for me and my PA"), s("Oldham Leisure"),
        pence(480), 100, Period::Week, {swim});
    b.item(SupportType::Unpaid, s("Mum helps with shopping and money"), s("Farida Khan"), Money(),
        100, Period::Week, {cook});
    b.emergency(s("If my PA cannot come, Mum helps me. If Mum is away, I ring my sister Yasmin."),
        s("Yasmin Khan"), s("07700 900456"));
    return b.build();
}

// Older person, council-managed home care (IBSEN mean £7,860). Agreed; review overdue.
PlanFileContents harold()
{
    DemoPlanBuilder b(s("Harold Pritchard"), QDate(1945, 2, 3), QDate(2026, 5, 1));
    b.helper(s("June Pritchard (daughter)"))
        .contact(s("0161 496 0321"), s("2 Alder Close, Oldham OL4 2QT"));
    b.indicative(pounds(7860), Period::Year)
        .stream(FundingSource::CouncilSocialCare, pounds(6660))
        .stream(FundingSource::OwnContribution, pounds(1200),
            s("Assessed contribution, £23.08 a week"));
    b.manage(DeploymentChoice::CouncilManaged);
    const int home = b.outcome(LifeArea::PersonalCare, s("I want to stay in my own home"),
        s("I am still at home next spring"), true);
    const int lunch = b.outcome(LifeArea::PeopleAndCommunity,
        s("I want to see my friends at the lunch club"), s("I go every Wednesday"), true);
    const int meals = b.outcome(LifeArea::FoodAndDrink, s("I want a hot meal every day"),
        s("I am not losing weight"), true);
    b.item(SupportType::AgencyHomeCare, s("Morning help to get up and washed"),
        s("Caring Hands Oldham"), pence(2450), 500, Period::Week, {home});
    SupportItem& club = b.item(SupportType::DayActivity, s("Wednesday lunch club with transport"),
        s("Age UK Oldham"), pence(2200), 100, Period::Week, {lunch, meals});
    club.paidFrom = FundingSource::OwnContribution;
    b.item(SupportType::Unpaid, s("June cooks Sunday dinner and phones every evening"),
        s("June Pritchard"), Money(), 100, Period::Week, {meals});
    b.emergency(s("If the carers do not come by 10 o'clock, I ring June. The agency has an "
                  "out-of-hours number."),
        s("June Pritchard"), s("07700 900789"));
    b.agreed(
        s("Harold Pritchard and Kim Lee (social worker)"), QDate(2026, 5, 12), QDate(2026, 8, 12));
    return b.build();
}

// Mental health services, a small direct payment (IBSEN mean £5,530).
PlanFileContents daniel()
{
    DemoPlanBuilder b(s("Daniel Okafor"), QDate(1988, 9, 22), QDate(2026, 7, 1));
    b.contact(s("07700 900234"), s("Flat 3, 41 Union Street, Oldham OL1 1HE"));
    b.indicative(pounds(5530), Period::Year).stream(FundingSource::CouncilSocialCare, pounds(5530));
    b.manage(DeploymentChoice::DirectPayment);
    const int gym = b.outcome(LifeArea::Health, s("I want to get fit and sleep better"),
        s("I go to the gym twice a week and sleep through most nights"), true);
    const int friends =
        b.outcome(LifeArea::PeopleAndCommunity, s("I want to get back in touch with my friends"),
            s("I meet a friend at least once a fortnight"), true);
    const int work = b.outcome(LifeArea::WorkAndLearning, s("I want to start volunteering"),
        s("I have a regular volunteering shift"), true);
    b.item(SupportType::PersonalAssistant, s("Personal assistant to go out with me"),
        s("Marcus Hill"), pence(1350), 550, Period::Week, {friends, work});
    b.item(SupportType::Leisure, s("Gym membership"), s("Oldham Leisure"), pounds(30), 100,
        Period::Month, {gym});
    b.item(SupportType::Unpaid, s("Peer support group"), s("Mind in Oldham"), Money(), 100,
        Period::Week, {friends});
    b.emergency(s("If I start to feel unwell, I ring the crisis team. If Marcus cannot come, I go "
                  "to the group."),
        s("Crisis team"), s("0161 496 0000"));
    b.agreed(s("Daniel Okafor and Priya Shah (care coordinator)"), QDate(2026, 7, 8),
        QDate(2026, 12, 8));
    return b.build();
}

// Physical disability, an Individual Service Fund (IBSEN mean £11,150).
PlanFileContents grace()
{
    DemoPlanBuilder b(s("Grace Thompson"), QDate(1981, 1, 30), QDate(2026, 4, 6));
    b.contact(s("07700 900345"), s("88 Ripponden Road, Oldham OL1 4EP"));
    b.indicative(pounds(11150), Period::Year)
        .stream(FundingSource::CouncilSocialCare, pounds(11150));
    b.manage(DeploymentChoice::IndividualServiceFund, s("Bridges Support Ltd"));
    const int care =
        b.outcome(LifeArea::PersonalCare, s("I want help in the mornings that fits around my work"),
            s("I get to work on time"), true);
    const int work = b.outcome(LifeArea::WorkAndLearning, s("I want to keep my job at the library"),
        s("I am still working three days a week"), true);
    const int home = b.outcome(LifeArea::CleanHome, s("I want a home I can move around safely"),
        s("I can get in and out of my chair on my own"), true);
    b.item(SupportType::AgencyHomeCare, s("Morning support, flexible times"),
        s("Bridges Support Ltd"), pounds(22), 800, Period::Week, {care, work});
    b.item(SupportType::Equipment, s("Riser-recliner chair"), s("Mobility Plus"), pounds(850), 100,
        Period::Once, {home});
    b.item(SupportType::Transport, s("Taxi on days the bus ramp is broken"), s("Oldham Cabs"),
        pounds(15), 100, Period::Week, {work});
    b.emergency(s("Bridges has a 24-hour number and a back-up worker who knows my routine."),
        s("Bridges Support Ltd"), s("0161 496 0555"));
    b.agreed(s("Grace Thompson and Bridges Support Ltd"), QDate(2026, 4, 20), QDate(2027, 4, 20));
    // The first review, three months on: the plan is working; kept for a year.
    Review& review = b.review(QDate(2026, 7, 21), s("Grace Thompson and Lena Novak (broker)"), 4,
        ReviewDecision::KeepPlan);
    review.working = s("Having the same two workers in the morning. I have not been late once.");
    review.notWorking = s("The taxi firm is sometimes late when the bus ramp is broken.");
    review.importantForFuture = s("Keeping my job. I may ask for more hours in the autumn.");
    b.rated(care, OutcomeRating::Better, s("Mornings fit round my shifts now."))
        .rated(work, OutcomeRating::Better, s("Still at the library three days a week."))
        .rated(home, OutcomeRating::Same, s("The chair only came in June, so it is early days."));
    return b.build();
}

// A mix: personal assistant on a direct payment, short breaks arranged by the council.
PlanFileContents tom()
{
    DemoPlanBuilder b(s("Tom Evans"), QDate(1996, 11, 5), QDate(2026, 9, 1));
    b.helper(s("Rhian Evans (sister)"))
        .language(s("Cymraeg"))
        .contact(s("07700 900567"), s("5 Moss Lane, Oldham OL2 6HR"));
    b.indicative(pounds(14200), Period::Year)
        .stream(FundingSource::CouncilSocialCare, pounds(14200));
    b.manage(DeploymentChoice::Mixed);
    const int routine = b.outcome(LifeArea::ControlOverDailyLife,
        s("I want the same people at the same times so my week is calm"),
        s("I have no more than one change a month"), true);
    const int trains =
        b.outcome(LifeArea::ThingsIDo, s("I want to go train spotting and to the railway museum"),
            s("I have been on four trips this year"), true);
    const int sister = b.outcome(LifeArea::CarersOwnLife, s("Rhian wants a week away once a year"),
        s("Rhian has her holiday and I stay somewhere I like"), true);
    b.item(SupportType::PersonalAssistant, s("Personal assistant for days out"), s("Owen Price"),
        pence(1271), 1500, Period::Week, {routine, trains});
    b.paidFromRoute(Route::DirectPayment);
    b.item(SupportType::ShortBreak, s("Short breaks at Heather House (7 nights)"),
        s("Heather House"), pounds(150), 700, Period::Year, {sister});
    b.paidFromRoute(Route::CouncilManaged);
    b.item(SupportType::Transport, s("Train tickets for trips"), s("Northern"), pounds(18), 400,
        Period::Year, {trains});
    b.paidFromRoute(Route::DirectPayment);
    b.emergency(s("If Owen is ill, Rhian takes me out. Heather House can take me at short notice."),
        s("Rhian Evans"), s("07700 900678"));
    return b.build();
}

// Third party: a son manages the money for his mother, who has dementia.
PlanFileContents peggy()
{
    DemoPlanBuilder b(s("Margaret (Peggy) Lewis"), QDate(1958, 3, 17), QDate(2026, 6, 1));
    b.helper(s("Robert Lewis (son)"))
        .contact(s("0161 496 0876"), s("31 Chapel Road, Oldham OL8 4QQ"));
    b.indicative(pounds(9800), Period::Year).stream(FundingSource::CouncilSocialCare, pounds(9800));
    b.manage(DeploymentChoice::ThirdParty, s("Robert Lewis"));
    const int safe = b.outcome(LifeArea::Safety, s("I want to feel safe at home in the evenings"),
        s("I am not ringing Robert worried at night"), true);
    const int garden = b.outcome(LifeArea::ThingsIDo, s("I want to keep looking after my garden"),
        s("My tomatoes grow again this summer"), true);
    const int meals = b.outcome(
        LifeArea::FoodAndDrink, s("I want to eat well"), s("I have a proper tea every day"), true);
    b.item(SupportType::AgencyHomeCare, s("Evening visit for tea and settling"), s("Homecare Plus"),
        pence(2380), 700, Period::Week, {safe, meals});
    b.item(SupportType::Equipment, s("Door sensor and pendant alarm"), s("Careline"), pounds(6),
        100, Period::Week, {safe});
    b.item(SupportType::Leisure, s("Gardening club"), s("Chadderton Allotments"), pounds(40), 100,
        Period::Month, {garden});
    b.emergency(s("If the carer has not come by 6 o'clock, Careline rings Robert."),
        s("Robert Lewis"), s("07700 900890"));
    b.agreed(s("Robert Lewis (for his mother)"), QDate(2026, 6, 10), QDate(2026, 12, 10));
    // The first review, three months on: safer evenings, but the garden has
    // slipped; the plan is kept until the December review looks at it again.
    Review& review = b.review(
        QDate(2026, 9, 10), s("Robert Lewis and Peggy Lewis"), 3, ReviewDecision::KeepPlan);
    review.working = s("The evening visit. The same carer comes most nights.");
    review.notWorking = s("Getting to the gardening club. Her knees are worse.");
    review.importantForFuture = s("A lift to the allotment, or a raised bed at home.");
    b.rated(safe, OutcomeRating::Better, s("She has not rung me worried at night since July."))
        .rated(garden, OutcomeRating::Worse, s("She has not been to the club since August."))
        .rated(meals, OutcomeRating::Same, s("She eats her tea when the carer is there."));
    return b.build();
}

// Young person starting work: council budget plus Access to Work.
PlanFileContents sam()
{
    DemoPlanBuilder b(s("Sam Patel"), QDate(2007, 5, 9), QDate(2026, 10, 1));
    b.helper(s("Nisha Patel (Mum)"))
        .contact(s("07700 900901"), s("9 Werneth Hall Road, Oldham OL8 1QZ"))
        .easyRead();
    b.indicative(pounds(14900), Period::Year)
        .stream(FundingSource::CouncilSocialCare, pounds(12500))
        .stream(
            FundingSource::AccessToWork, pounds(2400), s("Job coach, agreed by Access to Work"));
    b.manage(DeploymentChoice::DirectPayment, s("Nisha Patel"));
    const int job = b.outcome(LifeArea::WorkAndLearning,
        s("I want to keep my job at the garden centre"), s("I pass my three-month trial"), true);
    const int bus =
        b.outcome(LifeArea::ControlOverDailyLife, s("I want to travel on the bus on my own"),
            s("I get to work on the bus without help"), true);
    const int mates = b.outcome(LifeArea::PeopleAndCommunity,
        s("I want to go out with my mates at the weekend"), s("I go out most Saturdays"), true);
    SupportItem& coach = b.item(SupportType::Other, s("Job coach at work"),
        s("Pathways Employment"), pounds(23), 200, Period::Week, {job});
    coach.paidFrom = FundingSource::AccessToWork;
    b.item(SupportType::PersonalAssistant, s("Personal assistant: travel training and weekends"),
        s("Leo Grant"), pence(1300), 1200, Period::Week, {bus, mates});
    b.item(SupportType::Leisure, s("Cinema and bowling"), s(""), pounds(60), 100, Period::Month,
        {mates});
    b.emergency(s("If Leo cannot come, Mum takes me to work and I ring my manager."),
        s("Nisha Patel"), s("07700 900902"));
    return b.build();
}

// NHS personal health budget, a draft still being worked on (no back-up plan
// yet, and a daughter at home to be paid: the checker has things to say).
PlanFileContents bethany()
{
    DemoPlanBuilder b(s("Bethany Hughes"), QDate(1974, 8, 26), QDate(2026, 12, 1));
    b.contact(s("07700 900111"), s("12 Lees Road, Oldham OL4 1JN"));
    b.indicative(pounds(6200), Period::Year)
        .stream(FundingSource::NhsPersonalHealthBudget, pounds(6200));
    b.manage(DeploymentChoice::DirectPayment);
    const int pain = b.outcome(LifeArea::Health, s("I want less pain so I can walk to the shops"),
        s("I can walk to the corner shop and back"), true);
    const int bath = b.outcome(LifeArea::PersonalCare, s("I want to have a bath without worrying"),
        s("I have a bath twice a week"));
    b.item(SupportType::Other, s("Hydrotherapy sessions"), s("Oldham Physio Centre"), pounds(45),
        100, Period::Week, {pain});
    SupportItem& help = b.item(SupportType::PersonalAssistant, s("Help with bathing"),
        s("Ellie Hughes (my daughter)"), pence(1271), 300, Period::Week, {bath});
    help.paidToCloseRelativeInHousehold = true;
    b.item(SupportType::Equipment, s("Bath lift"), s("Mobility Plus"), pounds(420), 100,
        Period::Once, {});
    return b.build();
}

} // namespace

QList<PlanFileContents> DemoCaseload::people()
{
    return {aisha(), harold(), daniel(), grace(), tom(), peggy(), sam(), bethany()};
}

QString DemoCaseload::fileStem(const Person& person)
{
    QString stem;
    for (const QChar c : person.name.toLower()) {
        if (c.isLetterOrNumber()) {
            stem += c;
        } else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-'))) {
            stem += QLatin1Char('-');
        }
    }
    while (stem.endsWith(QLatin1Char('-'))) {
        stem.chop(1);
    }
    return stem;
}

} // namespace pb
