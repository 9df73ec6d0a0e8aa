#include "spending/spendingsettings.h"

#include "storage/settingsrepository.h"

namespace pb {

Result<SpendingSettings> SpendingSettings::load(const SettingsRepository& settings)
{
    SpendingSettings loaded;
    auto weeks = settings.value(buildUpWeeksKey());
    if (!weeks) {
        return weeks.error();
    }
    if (weeks->has_value()) {
        bool ok = false;
        const int stored = (*weeks)->toInt(&ok);
        if (ok && stored >= kFewestBuildUpWeeks && stored <= kMostBuildUpWeeks) {
            loaded.buildUpWeeks = stored;
        }
    }
    return loaded;
}

Status SpendingSettings::saveBuildUpWeeks(SettingsRepository& settings, int weeks)
{
    if (weeks < kFewestBuildUpWeeks || weeks > kMostBuildUpWeeks) {
        return Error {
            tr("Choose between %1 and %2 weeks.").arg(kFewestBuildUpWeeks).arg(kMostBuildUpWeeks),
            QStringLiteral("build-up weeks %1 out of range").arg(weeks)};
    }
    return settings.setValue(buildUpWeeksKey(), QString::number(weeks));
}

} // namespace pb
