// SettingsRepository: settings that belong to the data rather than to one
// computer (QSettings holds those): for example how many weeks of budget may
// build up before the council may want some back, which depends on the
// council whose people are in this database (see SpendingSettings). Names
// are short stable keys ("spending/build-up-weeks"); values are text.
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace pb {

class Database;

class SettingsRepository {
public:
    explicit SettingsRepository(Database& db);

    // nullopt when the setting was never stored.
    Result<std::optional<QString>> value(const QString& name) const;
    // One transaction, on the disk when it returns.
    Status setValue(const QString& name, const QString& value);

private:
    Database& m_db;
};

} // namespace pb
