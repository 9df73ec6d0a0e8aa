// DemoHistory: what happened to the demo people after their plans were
// agreed, beyond the reviews kept with the plans: the money paid into and out
// of Daniel Okafor's direct payment account since July (enough left idle to
// show the build-up warning), and the themes a broker tagged the review
// comments with, so "Keep track of the money" and "Checking the results"
// have something to show in the demo.
#pragma once

#include "common/result.h"
#include "exchange/planfile.h"

#include <QList>

namespace pb {

class Database;

class DemoHistory {
public:
    // `planIds` are the stored ids of `people`'s plans, in the same order.
    static Status addTo(
        Database& db, const QList<PlanFileContents>& people, const QList<qint64>& planIds);
};

} // namespace pb
