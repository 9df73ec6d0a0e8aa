// PlanFileHeader: the small object at the top of every .pbplan file, read
// before anything else, that says what the file is and who wrote it.
#pragma once

#include <QString>

namespace pb {

struct PlanFileHeader {
    QString format; // always "pbplan"
    int formatVersion = 0; // PlanFile::kFormatVersion of the writer
    QString appVersion; // the Personal Budget Planner version that wrote it, for bug reports
};

} // namespace pb
