#include "demo/syntheticcaseload.h"

#include <array>

namespace pb {

namespace {

struct Profile {
    qint64 budgetPounds;
    DeploymentChoice choice;
};

// IBSEN means by group; deployment roughly 2/3 direct payment.
constexpr std::array<Profile, 6> kProfiles {{
    {18610, DeploymentChoice::DirectPayment},
    {11150, DeploymentChoice::DirectPayment},
    {5530, DeploymentChoice::DirectPayment},
    {7860, DeploymentChoice::CouncilManaged},
    {11150, DeploymentChoice::IndividualServiceFund},
    {14200, DeploymentChoice::Mixed},
}};

constexpr std::array<const char*, 12> kFirst {
    {"Alex", "Bea", "Cai", "Dev", "Esme", "Finn", "Gwen", "Hari", "Isla", "Jon", "Kemi", "Luca"}};
constexpr std::array<const char*, 10> kLast {
    {"Ahmed", "Brown", "Cohen", "Davies", "Evans", "Fraser", "Green", "Hussain", "Iqbal", "Jones"}};

constexpr std::array<SupportType, 6> kTypes {
    {SupportType::PersonalAssistant, SupportType::AgencyHomeCare, SupportType::Leisure,
        SupportType::DayActivity, SupportType::Transport, SupportType::Unpaid}};

} // namespace

SyntheticCaseload::SyntheticCaseload(quint32 seed)
    : m_state(seed)
{
}

quint32 SyntheticCaseload::next(quint32 bound)
{
    m_state = m_state * 1664525u + 1013904223u; // Numerical Recipes LCG
    return (m_state >> 8) % bound;
}

PlanFileContents SyntheticCaseload::make(int index)
{
    PlanFileContents c;
    const Profile& profile = kProfiles[next(kProfiles.size())];
    c.person.name = QStringLiteral("%1 %2 %3")
                        .arg(QLatin1String(kFirst[next(kFirst.size())]),
                            QLatin1String(kLast[next(kLast.size())]))
                        .arg(index + 1);
    c.person.dateOfBirth = QDate(1940 + int(next(65)), 1 + int(next(12)), 1 + int(next(28)));
    c.person.preferredLanguage = QStringLiteral("English");

    Plan& plan = c.plan;
    plan.createdOn = QDate(2026, 1 + int(next(12)), 1);
    plan.budget.start = plan.createdOn.addDays(14);
    plan.budget.end = plan.budget.start.addYears(1).addDays(-1);
    plan.budget.period = Period::Year;
    plan.budget.indicative = Money::fromPounds(profile.budgetPounds + qint64(next(2001)) - 1000);
    plan.budget.streams.append(FundingStream {
        plan.nextKey(), FundingSource::CouncilSocialCare, *plan.budget.indicative, {}});
    plan.deployment.choice = profile.choice;
    if (profile.choice == DeploymentChoice::IndividualServiceFund) {
        plan.deployment.isfProvider = QStringLiteral("Example Support Ltd");
    }

    const int outcomes = 3 + int(next(3));
    for (int i = 0; i < outcomes; ++i) {
        const auto area = allEnumValues<LifeArea>()[next(allEnumValues<LifeArea>().size())];
        plan.outcomes.append(Outcome {plan.nextKey(),
            QStringLiteral("Outcome %1 for person %2").arg(i + 1).arg(index + 1), area, i < 3,
            QStringLiteral("I will notice the difference")});
    }
    const int items = 4 + int(next(5));
    for (int i = 0; i < items; ++i) {
        SupportItem item;
        item.key = plan.nextKey();
        item.type = kTypes[next(kTypes.size())];
        item.what = QStringLiteral("Support %1").arg(i + 1);
        item.provider = QStringLiteral("Provider %1").arg(next(200));
        item.route = defaultRoute(profile.choice);
        item.outcomeKeys = {plan.outcomes[next(plan.outcomes.size())].key};
        item.unitPrice = item.type == SupportType::Unpaid
            ? Money()
            : Money::fromPence(1271 + qint64(next(1500)));
        item.quantityHundredths = 100 + int(next(600));
        item.frequency = Period::Week;
        plan.items.append(item);
    }
    plan.emergency = EmergencyPlan {QStringLiteral("Ring the back-up contact."),
        QStringLiteral("Back-up"), QStringLiteral("0161 496 0000")};
    if (next(3) != 0) {
        plan.status = PlanStatus::Agreed;
        plan.agreedAt = QDateTime(plan.budget.start, QTime(10, 0));
        plan.agreedBy = c.person.name;
        plan.reviewDate = plan.budget.start.addMonths(3 + int(next(12)));
        plan.budget.agreed = plan.budget.indicative;
    }
    return c;
}

} // namespace pb
