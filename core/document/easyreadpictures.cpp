#include "document/easyreadpictures.h"

namespace pb {

namespace {

QString name(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

QString EasyReadPictures::forLifeArea(LifeArea area)
{
    switch (area) {
    case LifeArea::PersonalCare:
        return name("personal-care");
    case LifeArea::FoodAndDrink:
        return name("food");
    case LifeArea::Safety:
        return name("safe");
    case LifeArea::CleanHome:
        return name("home");
    case LifeArea::ThingsIDo:
        return name("activity");
    case LifeArea::PeopleAndCommunity:
        return name("friends");
    case LifeArea::ControlOverDailyLife:
        return name("choice");
    case LifeArea::Health:
        return name("health");
    case LifeArea::WorkAndLearning:
        return name("work");
    case LifeArea::CarersOwnLife:
        return name("carer");
    }
    Q_UNREACHABLE();
}

QString EasyReadPictures::forSupportType(SupportType type)
{
    switch (type) {
    case SupportType::PersonalAssistant:
        return name("helper");
    case SupportType::AgencyHomeCare:
        return name("personal-care");
    case SupportType::ShortBreak:
        return name("carer"); // a break for the person and for their family carer
    case SupportType::DayActivity:
        return name("friends");
    case SupportType::Leisure:
        return name("activity");
    case SupportType::Equipment:
        return name("equipment");
    case SupportType::Transport:
        return name("transport");
    case SupportType::OneOffPurchase:
        return name("wallet");
    case SupportType::ResidentialCare:
        return name("home");
    case SupportType::Unpaid:
        return name("family");
    case SupportType::Other:
        return name("provider");
    }
    Q_UNREACHABLE();
}

QString EasyReadPictures::forRoute(Route route)
{
    switch (route) {
    case Route::DirectPayment:
        return name("wallet");
    case Route::CouncilManaged:
        return name("council");
    case Route::IndividualServiceFund:
        return name("provider");
    case Route::ThirdParty:
        return name("trusted-person");
    }
    Q_UNREACHABLE();
}

QString EasyReadPictures::forFundingSource(FundingSource source)
{
    switch (source) {
    case FundingSource::CouncilSocialCare:
        return name("council");
    case FundingSource::NhsPersonalHealthBudget:
    case FundingSource::NhsContinuingHealthcare:
        return name("health");
    case FundingSource::IndependentLivingFund:
        return name("money");
    case FundingSource::DisabledFacilitiesGrant:
        return name("home");
    case FundingSource::AccessToWork:
        return name("work");
    case FundingSource::OwnContribution:
        return name("wallet");
    case FundingSource::Other:
        return name("money");
    }
    Q_UNREACHABLE();
}

QString EasyReadPictures::named(const char* pictureName)
{
    const QString n = name(pictureName);
    Q_ASSERT_X(names().contains(n), "EasyReadPictures::named", pictureName);
    return n;
}

QStringList EasyReadPictures::names()
{
    static const char* const all[] = {"person", "helper", "family", "friends", "home", "money",
        "wallet", "council", "provider", "trusted-person", "calendar", "clock", "phone", "warning",
        "activity", "transport", "equipment", "heart", "star", "check", "pen", "plan", "health",
        "work", "talk", "food", "personal-care", "safe", "choice", "respect", "carer", "better",
        "same", "worse", "question"};
    QStringList list;
    for (const char* n : all) {
        list.append(name(n));
    }
    return list;
}

} // namespace pb
