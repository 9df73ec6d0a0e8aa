// PlanValidator: after a .pbplan file has been read, checks that the person
// and plan it holds could really exist, so an impossible plan (a negative
// amount, two outcomes with the same key, an item serving an outcome that is
// not there) is refused at the door rather than confusing every screen later.
//
// It checks invariants only, not advice: a plan that overspends, or an end
// date before its start, is a plan someone may still be writing; the plan
// checker (core/checks) talks about those. The limits are generous enough for
// any real plan:
//   - ids not negative; plan version 1 to kMaxPlanVersion;
//   - every amount from £0 to PlanFile::kMaxAmountPence (£1,000,000,000);
//   - quantity 0 to kMaxQuantityHundredths (10,000 units a period);
//   - overall happiness 0 (not said) to 5;
//   - outcome, item and funding stream keys not negative and unique within
//     their own list (Plan::nextKey keeps them unique across lists, but an
//     older file need not have);
//   - every outcome an item serves, and every outcome a review rates, exists;
//   - every text at most PlanFile::kMaxTextLength characters.
#pragma once

#include "common/result.h"
#include "model/person.h"
#include "model/plan.h"

#include <QCoreApplication>

namespace pb {

class PlanValidator {
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
public:
    static constexpr int kMaxPlanVersion = 100000;
    static constexpr int kMaxQuantityHundredths = 1000000;

    // success(), or an Error whose message says in plain words what cannot be
    // right and whose detail names the field.
    static Status check(const Person& person, const Plan& plan);
};

} // namespace pb
