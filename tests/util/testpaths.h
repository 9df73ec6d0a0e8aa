// Where tests find the repository's files (PB_SOURCE_DIR, set by CTest).
#pragma once

#include <QString>

namespace pb::test {

// An absolute path inside the source tree, e.g. sourcePath("resources/ras/x.json").
QString sourcePath(const QString& relative);

} // namespace pb::test
