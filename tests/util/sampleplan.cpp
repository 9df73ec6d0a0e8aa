#include "sampleplan.h"

#include <QTimeZone>

namespace pb::test {

Person samplePerson()
{
    Person p;
    p.name = QStringLiteral("Siân O'Connor-Jones");
    p.dateOfBirth = QDate(1987, 11, 23);
    p.helperName = QStringLiteral("Dafydd \"Dai\" Jones (brother)");
    p.phone = QStringLiteral("+44 29 2018 0000");
    p.email = QStringLiteral("sian@example.org");
    p.address = QStringLiteral("Flat 2\n14 Heol y Castell\nCaerdydd CF10 1AA");
    p.preferredLanguage = QStringLiteral("Cymraeg");
    p.wantsEasyRead = true;
    p.archived = false;
    return p;
}

Plan samplePlan()
{
    Plan plan;
    plan.version = 2;
    plan.status = PlanStatus::Agreed;
    plan.createdOn = QDate(2027, 2, 10);
    plan.agreedAt = QDateTime(QDate(2027, 3, 3), QTime(10, 15), QTimeZone::utc());
    plan.agreedBy = QStringLiteral("Priya Shah, social worker (Anytown Council)");
    plan.reviewDate = QDate(2028, 3, 3);

    Budget& b = plan.budget;
    b.indicative = Money::fromPence(21975); // £219.75 a week
    b.agreed = Money::fromPence(23050); // £230.50 a week
    b.period = Period::Week;
    b.start = QDate(2027, 4, 1);
    b.end = QDate(2028, 3, 31);
    b.source = BudgetSource::Ras;
    b.rasSchemeId = QStringLiteral("example-council-2027");
    b.rasAnswers.insert(QStringLiteral("personal-care"), QStringLiteral("some-help"));
    b.rasAnswers.insert(QStringLiteral("carer-support"), QStringLiteral("carer-most-days"));
    b.streams.append(FundingStream {1, FundingSource::CouncilSocialCare, Money::fromPence(20050),
        QStringLiteral("Council's share")});
    b.streams.append(FundingStream {2, FundingSource::OwnContribution, Money::fromPence(3000),
        QStringLiteral("My assessed contribution")});

    plan.outcomes.append(
        Outcome {3, QStringLiteral("I want to go swimming every week with a friend 🏊"),
            LifeArea::ThingsIDo, true, QStringLiteral("I've been at least 3 times a month")});
    plan.outcomes.append(Outcome {4, QStringLiteral("Stay in my own flat"),
        LifeArea::ControlOverDailyLife, true, QStringLiteral("I'm still here next year")});
    plan.outcomes.append(Outcome {5, QStringLiteral("Eat a hot meal every day"),
        LifeArea::FoodAndDrink, true, QStringLiteral("Dai doesn't have to worry")});
    plan.outcomes.append(Outcome {6, QStringLiteral("Dysgu Cymraeg gyda fy nai"),
        LifeArea::WorkAndLearning, false, QString()});

    plan.deployment.choice = DeploymentChoice::Mixed;
    plan.deployment.nominee = QStringLiteral("Dafydd Jones");
    plan.deployment.isfProvider = QStringLiteral("Cwmni Cymorth Ltd");
    plan.deployment.thirdParty = QStringLiteral("Anytown Independent Living Trust");

    SupportItem pa;
    pa.key = 7;
    pa.type = SupportType::PersonalAssistant;
    pa.what = QStringLiteral("PA for swimming & shopping");
    pa.provider = QStringLiteral("Sam (my PA)");
    pa.route = Route::DirectPayment;
    pa.paidFrom = FundingSource::CouncilSocialCare;
    pa.outcomeKeys = {3, 5};
    pa.unitPrice = Money::fromPence(1271);
    pa.quantityHundredths = 750; // 7.5 hours
    pa.frequency = Period::Week;
    pa.includeEmploymentCosts = true;
    pa.notes = QStringLiteral("Tuesdays and Thursdays");
    plan.items.append(pa);

    SupportItem agency;
    agency.key = 8;
    agency.type = SupportType::AgencyHomeCare;
    agency.what = QStringLiteral("Morning call");
    agency.provider = QStringLiteral("Cwmni Cymorth Ltd");
    agency.route = Route::IndividualServiceFund;
    agency.paidFrom = FundingSource::NhsPersonalHealthBudget;
    agency.outcomeKeys = {4};
    agency.unitPrice = Money::fromPence(2450);
    agency.quantityHundredths = 25;
    agency.frequency = Period::FourWeeks;
    agency.includeEmploymentCosts = false;
    plan.items.append(agency);

    SupportItem tablet;
    tablet.key = 9;
    tablet.type = SupportType::OneOffPurchase;
    tablet.what = QStringLiteral("Tablet with a big-button app");
    tablet.provider = QStringLiteral("A shop in town");
    tablet.route = Route::ThirdParty;
    tablet.paidFrom = FundingSource::DisabledFacilitiesGrant;
    tablet.outcomeKeys = {6, 4, 3};
    tablet.unitPrice = Money::fromPence(19999);
    tablet.quantityHundredths = 100;
    tablet.frequency = Period::Once;
    tablet.includeEmploymentCosts = false;
    plan.items.append(tablet);

    SupportItem friends;
    friends.key = 10;
    friends.type = SupportType::Unpaid;
    friends.what = QStringLiteral("Lifts from chapel friends");
    friends.provider = QStringLiteral("Capel y Bryn");
    friends.route = Route::CouncilManaged;
    friends.paidFrom = FundingSource::Other;
    friends.unitPrice = Money();
    friends.quantityHundredths = 200;
    friends.frequency = Period::Month;
    friends.includeEmploymentCosts = false;
    plan.items.append(friends);

    SupportItem relative;
    relative.key = 11;
    relative.type = SupportType::Other;
    relative.what = QStringLiteral("Evening help from my sister");
    relative.provider = QStringLiteral("Ceri");
    relative.route = Route::DirectPayment;
    relative.paidFrom = FundingSource::IndependentLivingFund;
    relative.outcomeKeys = {5};
    relative.unitPrice = Money::fromPence(1100);
    relative.quantityHundredths = 1225;
    relative.frequency = Period::Year;
    relative.includeEmploymentCosts = false;
    relative.paidToCloseRelativeInHousehold = true;
    relative.councilAgreedRelativePayment = true;
    relative.notes =
        QStringLiteral("Agreed by the council on 1 March 2027 because no agency covers evenings");
    plan.items.append(relative);

    plan.emergency.whatToDo =
        QStringLiteral("If Sam is ill, ring Dai; if Dai can't come, ring the agency.");
    plan.emergency.contactName = QStringLiteral("Dafydd Jones");
    plan.emergency.contactPhone = QStringLiteral("07700 900123");

    Review review;
    review.date = QDate(2027, 9, 1);
    review.reviewer = QStringLiteral("Priya Shah");
    review.outcomes.append(
        OutcomeReview {3, OutcomeRating::Better, QStringLiteral("Swimming twice a week now")});
    review.outcomes.append(OutcomeReview {4, OutcomeRating::Same, QString()});
    review.outcomes.append(
        OutcomeReview {5, OutcomeRating::Worse, QStringLiteral("Morning call often late")});
    review.outcomes.append(
        OutcomeReview {6, OutcomeRating::NotYet, QStringLiteral("Starts in October")});
    review.working = QStringLiteral("Having Sam");
    review.notWorking = QStringLiteral("The agency's timing");
    review.importantForFuture = QStringLiteral("Keep swimming; find a Welsh class");
    review.overallHappiness = 4;
    review.decision = ReviewDecision::ChangePlan;
    plan.reviews.append(review);

    return plan;
}

} // namespace pb::test
