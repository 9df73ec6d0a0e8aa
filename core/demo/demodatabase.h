// DemoDatabase: makes a new database holding a caseload (the demo people, or
// a synthetic caseload for benchmarks). Refuses to touch an existing file:
// a demo must never overwrite somebody's real caseload.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace pb {

class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
public:
    // The eight demo people (DemoCaseload), with their plans' status kept.
    static Status createDemo(const QString& path);
    // `people` made-up people (SyntheticCaseload), stored in batches;
    // `progress(done, total)` is called after each batch when given.
    static Status createSynthetic(
        const QString& path, int people, const std::function<void(int, int)>& progress = {});
};

} // namespace pb
