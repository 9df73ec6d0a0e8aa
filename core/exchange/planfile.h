// PlanFile: the .pbplan exchange file, one person's plan as a versioned
// Boost.Serialization XML archive. Also the frozen snapshot of an agreed plan
// (storage keeps PlanFile::toXml of the plan as it was agreed).
//
// Reading never trusts the input: the bytes are checked (well-formed XML, no
// control characters, the expected root and structure, sizes within limits)
// before Boost sees them, because Boost 1.74's XML reader can read out of
// bounds or terminate the program on hostile input (see TOOLCHAIN.md).
//
// The file holds the person and plan exactly, database ids included; the ids
// are those of the writer's database, so an importer must treat them as
// foreign (store the plan as new) rather than as rows of its own.
// Layout, versioning and how to add a field: core/exchange/serialization.h.
// What the pre-check refuses: core/exchange/planfileprecheck.h; what makes a
// plan impossible: core/exchange/planvalidator.h.
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
    // The format version this program writes. Files of this version or older
    // are read; a newer one is refused with "install the newer version".
    // How to add a field: see the top of core/exchange/serialization.h.
    static constexpr int kFormatVersion = 2;

    // Limits on what a file may hold, so a hostile file cannot exhaust memory
    // or time. Generous for any real plan (a 500-item plan is about 320 KiB).
    // The writer does not enforce the list and text limits, so whatever lets
    // people type must stay under them, or a snapshot written by toXml could
    // not be read back.
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr int kMaxDepth = 32; // element nesting
    static constexpr long long kMaxListItems = 10000; // per list or map
    static constexpr qsizetype kMaxTextLength = 100000; // characters per text (~17,000 words)
    static constexpr qint64 kMaxAmountPence = 100000000000LL; // £1,000,000,000

    // Always succeeds: text XML cannot hold (control characters) is dropped.
    // Deterministic: the same plan gives the same bytes.
    static QByteArray toXml(const Person& person, const Plan& plan);
    // Checks the bytes, reads them, then checks the plan makes sense; on any
    // problem returns an Error in plain words (technical detail in `detail`)
    // and nothing is half-read.
    static Result<PlanFileContents> fromXml(const QByteArray& bytes);

    // Atomic: written to a temporary file beside the target, then renamed.
    static Status write(const QString& path, const Person& person, const Plan& plan);
    static Result<PlanFileContents> read(const QString& path);
};

} // namespace pb
