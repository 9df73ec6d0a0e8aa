#include "demo/demodatabase.h"

#include "demo/democaseload.h"
#include "demo/demohistory.h"
#include "demo/syntheticcaseload.h"
#include "storage/database.h"
#include "storage/planrepository.h"

#include <QFileInfo>

namespace pb {

namespace {

Result<std::unique_ptr<Database>> createNew(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return Error {
            DemoDatabase::tr(
                "There is already a file at %1. Choose a new file name, so nothing is overwritten.")
                .arg(path),
            {}};
    }
    return Database::create(path);
}

} // namespace

Status DemoDatabase::createDemo(const QString& path)
{
    auto db = createNew(path);
    if (!db.ok()) {
        return db.error();
    }
    const QList<PlanFileContents> people = DemoCaseload::people();
    auto ids = PlanRepository(*db.value()).importPlans(people, PlanRepository::ImportAs::Recorded);
    if (!ids.ok()) {
        return ids.error();
    }
    return DemoHistory::addTo(*db.value(), people, ids.value());
}

Status DemoDatabase::createSynthetic(
    const QString& path, int people, const std::function<void(int, int)>& progress)
{
    auto db = createNew(path);
    if (!db.ok()) {
        return db.error();
    }
    PlanRepository plans(*db.value());
    SyntheticCaseload maker;
    constexpr int kBatch = 500;
    for (int done = 0; done < people;) {
        QList<PlanFileContents> batch;
        const int size = std::min(kBatch, people - done);
        batch.reserve(size);
        for (int i = 0; i < size; ++i) {
            batch.append(maker.make(done + i));
        }
        auto ids = plans.importPlans(batch, PlanRepository::ImportAs::Recorded);
        if (!ids.ok()) {
            return ids.error();
        }
        done += size;
        if (progress) {
            progress(done, people);
        }
    }
    return success();
}

} // namespace pb
