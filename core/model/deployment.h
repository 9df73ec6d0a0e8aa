// Deployment: how the money is managed. The plan chooses one way, or a mix;
// each support item then names the route that pays for it.
#pragma once

#include "model/enumkey.h"

#include <QString>

namespace pb {

enum class Route {
    DirectPayment, // money paid to the person (or a nominee)
    CouncilManaged, // the council arranges it
    IndividualServiceFund, // a provider holds it for the person
    ThirdParty, // someone manages it on the person's behalf
};

template <> struct EnumKeyTable<Route> {
    static constexpr std::pair<Route, const char*> entries[] = {
        {Route::DirectPayment, "direct-payment"},
        {Route::CouncilManaged, "council-managed"},
        {Route::IndividualServiceFund, "individual-service-fund"},
        {Route::ThirdParty, "third-party"},
    };
};

enum class DeploymentChoice {
    DirectPayment,
    CouncilManaged,
    IndividualServiceFund,
    ThirdParty,
    Mixed,
};

template <> struct EnumKeyTable<DeploymentChoice> {
    static constexpr std::pair<DeploymentChoice, const char*> entries[] = {
        {DeploymentChoice::DirectPayment, "direct-payment"},
        {DeploymentChoice::CouncilManaged, "council-managed"},
        {DeploymentChoice::IndividualServiceFund, "individual-service-fund"},
        {DeploymentChoice::ThirdParty, "third-party"},
        {DeploymentChoice::Mixed, "mixed"},
    };
};

struct Deployment {
    DeploymentChoice choice = DeploymentChoice::DirectPayment;
    QString nominee; // who receives a direct payment when not the person
    QString isfProvider; // the provider holding an Individual Service Fund
    QString thirdParty; // the person or organisation managing the money

    bool operator==(const Deployment&) const = default;
};

// The route a new support item gets under this deployment: the chosen one, or
// a direct payment when the plan is a mix.
Route defaultRoute(DeploymentChoice choice);

} // namespace pb
