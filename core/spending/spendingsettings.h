// SpendingSettings: the rules about money building up that differ between
// councils, kept per database (a broker's caseload is with one council, or
// a few; a budget holder's own database with theirs), not in the program's
// preferences on one computer.
//
// buildUpWeeks: a balance above this many weeks of the budget is "building
// up" and may be taken back by the council. 8 weeks is a common figure in
// councils' direct payment agreements (some say 6, some 12, some a flat
// amount), so it is a setting with 8 as the default.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace pb {

class SettingsRepository;

class SpendingSettings {
    Q_DECLARE_TR_FUNCTIONS(SpendingSettings)
public:
    static constexpr int kDefaultBuildUpWeeks = 8;
    static constexpr int kFewestBuildUpWeeks = 1;
    static constexpr int kMostBuildUpWeeks = 52;

    int buildUpWeeks = kDefaultBuildUpWeeks;

    // The stored settings, with defaults for what was never set. A stored
    // value out of range (changed outside the program) reads as the default.
    static Result<SpendingSettings> load(const SettingsRepository& settings);
    // Refuses a number of weeks out of range with a plain-words Error.
    static Status saveBuildUpWeeks(SettingsRepository& settings, int weeks);

    // The key in the database's settings table.
    static QString buildUpWeeksKey() { return QStringLiteral("spending/build-up-weeks"); }

    bool operator==(const SpendingSettings&) const = default;
};

} // namespace pb
