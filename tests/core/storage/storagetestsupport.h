// Helpers for the storage tests: file fingerprints (to prove a refused file
// was left byte for byte as it was), running a check as an unprivileged user
// (so a read-only file really is read-only even when the tests run as root),
// and writing databases exactly as an earlier schema version did.
#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace pb::test {

// SHA-256 of the file's bytes; empty when it can't be read.
QByteArray fileHash(const QString& path);

bool runningAsRoot();

// Runs `check` and returns its result (0 = passed). As root it runs in a
// forked child that has switched to the unprivileged "nobody" user (uid and
// gid 65534), because file permissions don't stop root; otherwise it runs
// here. `check` must not use QTest macros (they can't report from a child).
int runUnprivileged(const std::function<int()>& check);

// A database at schema version `version`, made by the first `version`
// migrations, as that release of the program would have made it.
std::unique_ptr<Database> createAtVersion(const QString& path, int version);

// Fills a database at `version` with one person and their plan using only
// the tables and columns that version had (the data checkOldData expects).
void writeOldData(Database& db, int version);

} // namespace pb::test
