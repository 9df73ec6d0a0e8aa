#include "model/modellabels.h"

#include "money/quantityparser.h"

#include <algorithm>

namespace pb {

namespace {

QString hoursHowOften(const QString& hours, Period period)
{
    switch (period) {
    case Period::Week:
        return ModelLabels::tr("%1 a week").arg(hours);
    case Period::FourWeeks:
        return ModelLabels::tr("%1 every four weeks").arg(hours);
    case Period::Month:
        return ModelLabels::tr("%1 a month").arg(hours);
    case Period::Year:
        return ModelLabels::tr("%1 a year").arg(hours);
    case Period::Once:
        return ModelLabels::tr("%1, once").arg(hours);
    }
    Q_UNREACHABLE();
}

QString onceHowOften(Period period)
{
    switch (period) {
    case Period::Week:
        return ModelLabels::tr("Once a week");
    case Period::FourWeeks:
        return ModelLabels::tr("Once every four weeks");
    case Period::Month:
        return ModelLabels::tr("Once a month");
    case Period::Year:
        return ModelLabels::tr("Once a year");
    case Period::Once:
        return ModelLabels::tr("Once");
    }
    Q_UNREACHABLE();
}

QString timesHowOften(const QString& times, Period period)
{
    switch (period) {
    case Period::Week:
        return ModelLabels::tr("%1 times a week").arg(times);
    case Period::FourWeeks:
        return ModelLabels::tr("%1 times every four weeks").arg(times);
    case Period::Month:
        return ModelLabels::tr("%1 times a month").arg(times);
    case Period::Year:
        return ModelLabels::tr("%1 times a year").arg(times);
    case Period::Once:
        return ModelLabels::tr("%1, once").arg(times);
    }
    Q_UNREACHABLE();
}

} // namespace

QString ModelLabels::lifeArea(LifeArea area)
{
    switch (area) {
    case LifeArea::PersonalCare:
        return tr("Personal care and comfort");
    case LifeArea::FoodAndDrink:
        return tr("Food and drink");
    case LifeArea::Safety:
        return tr("Feeling safe");
    case LifeArea::CleanHome:
        return tr("A clean and comfortable home");
    case LifeArea::ThingsIDo:
        return tr("Things I do");
    case LifeArea::PeopleAndCommunity:
        return tr("People and community");
    case LifeArea::ControlOverDailyLife:
        return tr("Control over my daily life");
    case LifeArea::Health:
        return tr("Health");
    case LifeArea::WorkAndLearning:
        return tr("Work and learning");
    case LifeArea::CarersOwnLife:
        return tr("My carer's own life");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::route(Route route)
{
    switch (route) {
    case Route::DirectPayment:
        return tr("Direct payment");
    case Route::CouncilManaged:
        return tr("Council-managed");
    case Route::IndividualServiceFund:
        return tr("Individual Service Fund");
    case Route::ThirdParty:
        return tr("Third party");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::routeExplained(Route route)
{
    switch (route) {
    case Route::DirectPayment:
        return tr("Money paid to you to arrange support yourself (direct payment)");
    case Route::CouncilManaged:
        return tr("The council arranges it (managed)");
    case Route::IndividualServiceFund:
        return tr("A provider holds it for you (Individual Service Fund)");
    case Route::ThirdParty:
        return tr("Someone manages it for you (third party)");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::deployment(DeploymentChoice choice)
{
    switch (choice) {
    case DeploymentChoice::DirectPayment:
        return routeExplained(Route::DirectPayment);
    case DeploymentChoice::CouncilManaged:
        return routeExplained(Route::CouncilManaged);
    case DeploymentChoice::IndividualServiceFund:
        return routeExplained(Route::IndividualServiceFund);
    case DeploymentChoice::ThirdParty:
        return routeExplained(Route::ThirdParty);
    case DeploymentChoice::Mixed:
        return tr("A mix of these");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::supportType(SupportType type)
{
    switch (type) {
    case SupportType::PersonalAssistant:
        return tr("Personal assistant");
    case SupportType::AgencyHomeCare:
        return tr("Home care from an agency");
    case SupportType::ShortBreak:
        return tr("Short break");
    case SupportType::DayActivity:
        return tr("Day or community activity");
    case SupportType::Leisure:
        return tr("Leisure");
    case SupportType::Equipment:
        return tr("Equipment or technology");
    case SupportType::Transport:
        return tr("Transport");
    case SupportType::OneOffPurchase:
        return tr("One-off purchase");
    case SupportType::ResidentialCare:
        return tr("Residential care");
    case SupportType::Unpaid:
        return tr("Unpaid or community support");
    case SupportType::Other:
        return tr("Other");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::fundingSource(FundingSource source)
{
    switch (source) {
    case FundingSource::CouncilSocialCare:
        return tr("Council social care");
    case FundingSource::NhsPersonalHealthBudget:
        return tr("NHS personal health budget");
    case FundingSource::NhsContinuingHealthcare:
        return tr("NHS continuing healthcare");
    case FundingSource::IndependentLivingFund:
        return tr("Independent Living Fund");
    case FundingSource::DisabledFacilitiesGrant:
        return tr("Disabled Facilities Grant");
    case FundingSource::AccessToWork:
        return tr("Access to Work");
    case FundingSource::OwnContribution:
        return tr("My own contribution");
    case FundingSource::Other:
        return tr("Other");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::planStatus(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return tr("Draft");
    case PlanStatus::Agreed:
        return tr("Agreed");
    case PlanStatus::Superseded:
        return tr("Replaced by a newer version");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::outcomeRating(OutcomeRating rating)
{
    switch (rating) {
    case OutcomeRating::NotYet:
        return tr("Not yet");
    case OutcomeRating::Better:
        return tr("Better");
    case OutcomeRating::Same:
        return tr("The same");
    case OutcomeRating::Worse:
        return tr("Worse");
    }
    Q_UNREACHABLE();
}

QString ModelLabels::howOften(const SupportItem& item)
{
    const int q = std::max(item.quantityHundredths, 0);
    if (item.isPersonalAssistant()) {
        const QString hours =
            q == 100 ? tr("1 hour") : tr("%1 hours").arg(QuantityParser::format(q));
        return hoursHowOften(hours, item.frequency);
    }
    if (q == 100) {
        return onceHowOften(item.frequency);
    }
    return timesHowOften(QuantityParser::format(q), item.frequency);
}

} // namespace pb
