#include "plan/stepfactory.h"

#include "plan/steps/aboutmestep.h"
#include "plan/steps/agreestep.h"
#include "plan/steps/budgetstep.h"
#include "plan/steps/checkstep.h"
#include "plan/steps/moneymanagementstep.h"
#include "plan/steps/outcomesstep.h"
#include "plan/steps/supportstep.h"

namespace pb::ui {

QList<StepPage*> StepFactory::create(PlanSession* session)
{
    return {
        new AboutMeStep(session),
        new BudgetStep(session),
        new OutcomesStep(session),
        new MoneyManagementStep(session),
        new SupportStep(session),
        new CheckStep(session),
        new AgreeStep(session),
    };
}

} // namespace pb::ui
