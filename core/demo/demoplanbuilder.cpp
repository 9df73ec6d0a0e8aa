#include "demo/demoplanbuilder.h"

namespace pb {

DemoPlanBuilder::DemoPlanBuilder(const QString& name, QDate dateOfBirth, QDate planStart)
{
    m_contents.person.name = name;
    m_contents.person.dateOfBirth = dateOfBirth;
    m_contents.person.preferredLanguage = QStringLiteral("English");
    Plan& plan = m_contents.plan;
    plan.createdOn = planStart.addDays(-30);
    plan.budget.start = planStart;
    plan.budget.end = planStart.addYears(1).addDays(-1);
}

DemoPlanBuilder& DemoPlanBuilder::helper(const QString& name)
{
    m_contents.person.helperName = name;
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::contact(const QString& phone, const QString& address)
{
    m_contents.person.phone = phone;
    m_contents.person.address = address;
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::language(const QString& language)
{
    m_contents.person.preferredLanguage = language;
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::easyRead()
{
    m_contents.person.wantsEasyRead = true;
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::indicative(Money amount, Period period)
{
    m_contents.plan.budget.indicative = amount;
    m_contents.plan.budget.period = period;
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::agreedAmount(Money amount)
{
    m_contents.plan.budget.agreed = amount;
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::stream(FundingSource source, Money amount, const QString& note)
{
    Plan& plan = m_contents.plan;
    plan.budget.streams.append(FundingStream {plan.nextKey(), source, amount, note});
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::manage(DeploymentChoice choice, const QString& who)
{
    Deployment& d = m_contents.plan.deployment;
    d.choice = choice;
    switch (choice) {
    case DeploymentChoice::DirectPayment:
        d.nominee = who;
        break;
    case DeploymentChoice::IndividualServiceFund:
        d.isfProvider = who;
        break;
    case DeploymentChoice::ThirdParty:
        d.thirdParty = who;
        break;
    case DeploymentChoice::CouncilManaged:
    case DeploymentChoice::Mixed:
        break;
    }
    return *this;
}

int DemoPlanBuilder::outcome(
    LifeArea area, const QString& text, const QString& howIWillKnow, bool topThree)
{
    Plan& plan = m_contents.plan;
    const int key = plan.nextKey();
    plan.outcomes.append(Outcome {key, text, area, topThree, howIWillKnow});
    return key;
}

SupportItem& DemoPlanBuilder::item(SupportType type, const QString& what, const QString& provider,
    Money unitPrice, int quantityHundredths, Period frequency,
    std::initializer_list<int> outcomeKeys)
{
    Plan& plan = m_contents.plan;
    SupportItem item;
    item.key = plan.nextKey();
    item.type = type;
    item.what = what;
    item.provider = provider;
    item.route = defaultRoute(plan.deployment.choice);
    // Paid from the budget's main stream unless the person says otherwise.
    item.paidFrom = plan.budget.streams.isEmpty() ? FundingSource::CouncilSocialCare
                                                  : plan.budget.streams.first().source;
    item.outcomeKeys = QList<int>(outcomeKeys);
    item.unitPrice = unitPrice;
    item.quantityHundredths = quantityHundredths;
    item.frequency = frequency;
    plan.items.append(item);
    return plan.items.last();
}

DemoPlanBuilder& DemoPlanBuilder::paidFromRoute(Route route)
{
    Q_ASSERT(!m_contents.plan.items.isEmpty());
    m_contents.plan.items.last().route = route;
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::emergency(
    const QString& whatToDo, const QString& contactName, const QString& contactPhone)
{
    m_contents.plan.emergency = EmergencyPlan {whatToDo, contactName, contactPhone};
    return *this;
}

DemoPlanBuilder& DemoPlanBuilder::agreed(const QString& agreedBy, QDate on, QDate reviewDate)
{
    Plan& plan = m_contents.plan;
    plan.status = PlanStatus::Agreed;
    plan.agreedBy = agreedBy;
    plan.agreedAt = QDateTime(on, QTime(11, 0));
    plan.reviewDate = reviewDate;
    if (!plan.budget.agreed) {
        plan.budget.agreed = plan.budget.indicative;
    }
    return *this;
}

Review& DemoPlanBuilder::review(
    QDate on, const QString& reviewer, int happiness, ReviewDecision decision)
{
    Review review;
    review.date = on;
    review.reviewer = reviewer;
    review.overallHappiness = happiness;
    review.decision = decision;
    m_contents.plan.reviews.append(review);
    return m_contents.plan.reviews.last();
}

DemoPlanBuilder& DemoPlanBuilder::rated(
    int outcomeKey, OutcomeRating rating, const QString& comment)
{
    m_contents.plan.reviews.last().outcomes.append(OutcomeReview {outcomeKey, rating, comment});
    return *this;
}

} // namespace pb
