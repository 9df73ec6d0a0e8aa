// StatementLayoutMemory: the columns a person chose for a bank's statement
// layout, remembered on this computer (QSettings), so the next statement from
// the same bank opens with the same choice. A layout is named by
// StatementImporter::File::layoutSignature() (the header row's names, or the
// number of columns); the key is a hash of it, since header names may hold
// characters QSettings keys can't.
#pragma once

#include "spending/statementcolumns.h"

#include <QString>

#include <optional>

namespace pb::ui {

class StatementLayoutMemory {
public:
    static std::optional<StatementColumns> recall(const QString& layoutSignature);
    static void remember(const QString& layoutSignature, const StatementColumns& columns);
};

} // namespace pb::ui
