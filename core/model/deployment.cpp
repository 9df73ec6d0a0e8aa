#include "model/deployment.h"

namespace pb {

Route defaultRoute(DeploymentChoice choice)
{
    switch (choice) {
    case DeploymentChoice::DirectPayment:
    case DeploymentChoice::Mixed:
        return Route::DirectPayment;
    case DeploymentChoice::CouncilManaged:
        return Route::CouncilManaged;
    case DeploymentChoice::IndividualServiceFund:
        return Route::IndividualServiceFund;
    case DeploymentChoice::ThirdParty:
        return Route::ThirdParty;
    }
    Q_UNREACHABLE();
}

} // namespace pb
