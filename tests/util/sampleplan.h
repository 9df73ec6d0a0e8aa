// A rich sample person and plan for tests: every field of every type is set
// to something other than its default, and the text has the awkward parts
// real people type (apostrophes, quotes, accents, Welsh, an emoji, line
// breaks), so a round trip through storage or a file that drops or mangles
// anything fails a comparison.
#pragma once

#include "model/person.h"
#include "model/plan.h"

namespace pb::test {

// id 0 (not stored), archived false.
Person samplePerson();

// An agreed plan (version 2, agreed 3 March 2027 at 10:15 UTC, review 3
// March 2028) with a RAS budget of £230.50 a week in two funding streams,
// four outcomes, a mixed deployment, five support items (a personal
// assistant, agency care, a one-off purchase, unpaid support and a close
// relative paid with the council's agreement), an emergency plan and one
// review. id and personId are 0.
Plan samplePlan();

} // namespace pb::test
