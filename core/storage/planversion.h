// PlanVersion: one line of a person's plan history (version 1 agreed in 2026
// and superseded, version 2 agreed, version 3 a draft), without the plan's
// contents, for the "versions" list.
#pragma once

#include "model/plan.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pb {

struct PlanVersion {
    qint64 planId = 0;
    int version = 0;
    PlanStatus status = PlanStatus::Draft;
    QDate createdOn;
    QDateTime agreedAt;
    QString agreedBy;
    QDate reviewDate;

    bool operator==(const PlanVersion&) const = default;
};

} // namespace pb
