// Plan: one version of a person's support plan.
//
// Versions move draft -> agreed (frozen) -> superseded. An agreed version is
// never edited: a change makes a new draft from it (Plan::nextDraft), and
// agreeing that draft supersedes the old one. Outcomes, support items and
// funding streams carry a key that is unique within the plan and kept across
// versions, so references (an item serving an outcome) survive copying.
#pragma once

#include "model/budget.h"
#include "model/deployment.h"
#include "model/emergencyplan.h"
#include "model/enumkey.h"
#include "model/outcome.h"
#include "model/review.h"
#include "model/supportitem.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pb {

enum class PlanStatus { Draft, Agreed, Superseded };

template <> struct EnumKeyTable<PlanStatus> {
    static constexpr std::pair<PlanStatus, const char*> entries[] = {
        {PlanStatus::Draft, "draft"},
        {PlanStatus::Agreed, "agreed"},
        {PlanStatus::Superseded, "superseded"},
    };
};

struct Plan {
    qint64 id = 0; // 0 until stored
    qint64 personId = 0;
    int version = 1;
    PlanStatus status = PlanStatus::Draft;
    QDate createdOn;
    QDateTime agreedAt;
    QString agreedBy;
    QDate reviewDate;

    Budget budget;
    QList<Outcome> outcomes;
    Deployment deployment;
    QList<SupportItem> items;
    EmergencyPlan emergency;
    QList<Review> reviews;

    bool isFrozen() const { return status != PlanStatus::Draft; }

    // A key not yet used by any outcome, item or funding stream of this plan.
    int nextKey() const;

    const Outcome* outcome(int key) const;
    const SupportItem* item(int key) const;

    // The next version: a draft copy of this plan, not yet stored, with the
    // agreement and reviews cleared.
    Plan nextDraft(QDate today) const;

    bool operator==(const Plan&) const = default;
};

} // namespace pb
