// Schema: the database schema of Personal Budget Planner, written down in one
// place as the ordered list of migrations that builds it.
//
//   1  people, plan versions (and the frozen snapshot of each agreed version),
//      funding streams, RAS answers, outcomes, support items and the outcomes
//      each item serves
//   2  reviews of agreed plans, with a rating for each outcome
//   3  archiving people (hidden from the caseload, never deleted), and an
//      index for listing the caseload by name
//   4  themes a broker tags review comments with, and the new version a
//      review's "Change my plan" made
//   5  payments in and out of the account a budget is paid into, and
//      settings kept with the data (how many weeks of budget may build up)
//
// Conventions (see SqlValue): money BIGINT pence, dates ISO TEXT, enums their
// stable keys as TEXT, flags INTEGER 0/1. Outcomes, support items and funding
// streams are keyed by (plan_id, the model's per-plan key), so a key survives
// copying a plan to its next version. Rows that are lists in the model carry
// a position column that keeps their order.
#pragma once

#include "storage/migration.h"

#include <QList>

namespace pb {

class Schema {
public:
    static const QList<Migration>& migrations();
    static int currentVersion();
};

} // namespace pb
