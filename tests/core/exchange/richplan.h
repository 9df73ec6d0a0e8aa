// A person and plan with every field set to something other than its default
// and every enum value used at least once, for the exchange file's round trip
// and fixtures. Texts hold what XML and UTF-8 make hard: markup characters,
// Welsh and Urdu letters, an emoji, tabs, CR LF, leading and trailing spaces.
//
// The committed fixtures (fixtures/plan-format*.pbplan) were written from
// exactly this plan: change it and the fixture tests fail, on purpose.
#pragma once

#include "model/enumkey.h"
#include "model/person.h"
#include "model/plan.h"
#include "money/money.h"
#include "money/period.h"

#include <QDate>
#include <QDateTime>

namespace pb::test {

inline Person richPerson()
{
    Person p;
    p.id = 42;
    p.name = QStringLiteral("Siân O'Brien-Ŵyn <\"&\">");
    p.dateOfBirth = QDate(1961, 2, 28);
    p.helperName = QStringLiteral("  Jo (my sister)  ");
    p.phone = QStringLiteral("+44 29 2000 0000");
    p.email = QStringLiteral("sian@example.invalid");
    p.address = QStringLiteral("1 Heol y Castell\r\nCaerdydd\nCF10 1AA");
    p.preferredLanguage = QStringLiteral("Cymraeg / اردو");
    p.wantsEasyRead = true;
    p.archived = true;
    return p;
}

inline Plan richPlan()
{
    Plan plan;
    plan.id = 7;
    plan.personId = 42;
    plan.version = 3;
    plan.status = PlanStatus::Superseded;
    plan.createdOn = QDate(2024, 3, 1);
    // 10:30 in British Summer Time: the offset must survive the round trip.
    plan.agreedAt = QDateTime(QDate(2024, 4, 2), QTime(10, 30, 15, 250), Qt::OffsetFromUTC, 3600);
    plan.agreedBy = QStringLiteral("A. Social-Worker & Team");
    plan.reviewDate = QDate(2025, 4, 2);

    Budget& b = plan.budget;
    b.indicative = Money::fromPence(1520000);
    b.agreed = Money::fromPence(100000000000LL); // the largest amount a file may hold
    b.period = Period::FourWeeks;
    b.start = QDate(2024, 4, 1);
    b.end = QDate(2025, 3, 31);
    b.source = BudgetSource::Ras;
    b.rasSchemeId = QStringLiteral("example-county-2024");
    b.rasAnswers.insert(QStringLiteral("mobility"), QStringLiteral("some-help"));
    b.rasAnswers.insert(QStringLiteral("eating"), QStringLiteral("<none>"));
    int key = 1;
    for (const FundingSource source : allEnumValues<FundingSource>()) {
        FundingStream s;
        s.key = key++;
        s.source = source;
        s.amount = Money::fromPence(10000 * key);
        s.note = QStringLiteral("stream %1\tnote").arg(enumKey(source));
        b.streams.append(s);
    }

    for (const LifeArea area : allEnumValues<LifeArea>()) {
        Outcome o;
        o.key = key++;
        o.text = QStringLiteral("I want to %1 🏊 more").arg(enumKey(area));
        o.lifeArea = area;
        o.topThree = (o.key % 3 == 0);
        o.howIWillKnow = QStringLiteral("I will say so ").repeated(o.key % 4);
        plan.outcomes.append(o);
    }

    plan.deployment.choice = DeploymentChoice::Mixed;
    plan.deployment.nominee = QStringLiteral("Jo");
    plan.deployment.isfProvider = QStringLiteral("Care & Co");
    plan.deployment.thirdParty = QStringLiteral("Money Helpers Ltd");

    const auto routes = allEnumValues<Route>();
    const auto sources = allEnumValues<FundingSource>();
    const Period periods[] = {
        Period::Week, Period::FourWeeks, Period::Month, Period::Year, Period::Once};
    int n = 0;
    for (const SupportType type : allEnumValues<SupportType>()) {
        SupportItem i;
        i.key = key++;
        i.type = type;
        i.what = QStringLiteral("Support of type %1").arg(enumKey(type));
        i.provider = n % 2 ? QString() : QStringLiteral("Provider \"%1\"").arg(n);
        i.route = routes[n % routes.size()];
        i.paidFrom = sources[n % sources.size()];
        i.outcomeKeys = {plan.outcomes.at(n % plan.outcomes.size()).key,
            plan.outcomes.at((n + 1) % plan.outcomes.size()).key};
        i.unitPrice = Money::fromPence(1271 + n);
        i.quantityHundredths = 750 + n;
        i.frequency = periods[n % 5];
        i.includeEmploymentCosts = (n % 2 == 0);
        i.paidToCloseRelativeInHousehold = (n % 3 == 0);
        i.councilAgreedRelativePayment = (n % 3 == 0) && (n % 2 == 0);
        i.notes = QStringLiteral("line one\nline two ");
        plan.items.append(i);
        ++n;
    }

    plan.emergency.whatToDo = QStringLiteral("If my PA is ill, my sister Jo comes.");
    plan.emergency.contactName = QStringLiteral("Jo");
    plan.emergency.contactPhone = QStringLiteral("07700 900000");

    const auto ratings = allEnumValues<OutcomeRating>();
    const auto decisions = allEnumValues<ReviewDecision>();
    for (int r = 0; r < int(decisions.size()); ++r) {
        Review review;
        review.date = QDate(2024, 10, 1).addMonths(r);
        review.reviewer = QStringLiteral("Reviewer %1").arg(r);
        for (int j = 0; j < int(ratings.size()); ++j) {
            OutcomeReview o;
            o.outcomeKey = plan.outcomes.at(j + r).key;
            o.rating = ratings[j];
            o.comment = QStringLiteral("comment %1/%2").arg(r).arg(j);
            review.outcomes.append(o);
        }
        review.working = QStringLiteral("Swimming on Tuesdays");
        review.notWorking = QStringLiteral("The bus > the taxi < the car");
        review.importantForFuture = QStringLiteral("Keep Jo involved");
        review.overallHappiness = r + 3;
        review.decision = decisions[r];
        plan.reviews.append(review);
    }
    return plan;
}

} // namespace pb::test
