// CaseloadEntry: one line of the caseload (the start screen): the person, the
// header of their current plan (newest version), and the support items'
// costing fields, so planned cost can be worked out for everyone without
// loading each plan in full.
#pragma once

#include "model/plan.h"
#include "money/money.h"
#include "money/period.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pb {

struct CaseloadEntry {
    qint64 personId = 0;
    QString name;
    QDate dateOfBirth;
    bool wantsEasyRead = false;
    bool archived = false;

    qint64 planId = 0; // 0: no plan yet; the fields below are then empty
    int version = 0;
    PlanStatus status = PlanStatus::Draft;
    QDate createdOn;
    QDateTime agreedAt;
    QDate reviewDate;
    DeploymentChoice deployment = DeploymentChoice::DirectPayment;
    // The budget the plan is held to (agreed, else indicative), in its period,
    // and the same a year (pb::convert); empty when there is no figure yet.
    std::optional<Money> budgetAmount;
    Period budgetPeriod = Period::Year;
    std::optional<Money> budgetAYear;

    // The current plan's support items, in order, with the fields costing
    // needs only: key, type, route, paidFrom, unitPrice, quantityHundredths,
    // frequency, includeEmploymentCosts. Text and outcome links are left out
    // (load the plan for those).
    QList<SupportItem> items;

    bool hasPlan() const { return planId != 0; }

    // A Plan with this entry's header, budget amounts and costing items, for
    // the costing rules (PlanTotals) that take a Plan.
    Plan costingPlan() const
    {
        Plan plan;
        plan.id = planId;
        plan.personId = personId;
        plan.version = version;
        plan.status = status;
        plan.createdOn = createdOn;
        plan.agreedAt = agreedAt;
        plan.reviewDate = reviewDate;
        plan.deployment.choice = deployment;
        plan.budget.period = budgetPeriod;
        if (status == PlanStatus::Draft) {
            plan.budget.indicative = budgetAmount;
        } else {
            plan.budget.agreed = budgetAmount;
        }
        plan.items = items;
        return plan;
    }
};

} // namespace pb
