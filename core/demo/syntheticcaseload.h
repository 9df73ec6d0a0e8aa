// SyntheticCaseload: large made-up caseloads for benchmarks and load tests
// (`pbplanner demo --people N --db FILE`). Deterministic for a given seed, so
// two runs measure the same data. Budgets follow the IBSEN spread: a mix of
// learning disability, physical disability, mental health and older people's
// plans, each with three to five outcomes and four to eight support items.
#pragma once

#include "exchange/planfile.h"

#include <functional>

namespace pb {

class SyntheticCaseload {
public:
    explicit SyntheticCaseload(quint32 seed = 20260406);

    // The next made-up person and plan; `index` makes the name unique.
    PlanFileContents make(int index);

private:
    quint32 m_state;
    quint32 next(quint32 bound); // 0 <= n < bound, from a fixed-seed LCG (same on every platform)
};

} // namespace pb
