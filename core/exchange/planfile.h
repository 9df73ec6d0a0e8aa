// PlanFile: the .pbplan exchange file, one person's plan as a versioned
// Boost.Serialization XML archive. Also the frozen snapshot of an agreed plan
// (storage keeps PlanFile::toXml of the plan as it was agreed).
//
// Reading never trusts the input: the bytes are checked (well-formed XML, no
// control characters, the expected root and structure, sizes within limits)
// before Boost sees them, because Boost 1.74's XML reader can read out of
// bounds or terminate the program on hostile input (see TOOLCHAIN.md).
#pragma once

#include "common/result.h"
#include "model/person.h"
#include "model/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pb {

struct PlanFileContents {
    Person person;
    Plan plan;
};

class PlanFile {
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
public:
    static QByteArray toXml(const Person& person, const Plan& plan);
    static Result<PlanFileContents> fromXml(const QByteArray& bytes);

    // Atomic: written to a temporary file beside the target, then renamed.
    static Status write(const QString& path, const Person& person, const Plan& plan);
    static Result<PlanFileContents> read(const QString& path);
};

} // namespace pb
