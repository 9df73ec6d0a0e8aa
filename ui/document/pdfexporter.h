// PdfExporter: writes a PlanDocument as a PDF file, the same pages as
// printing it (DocumentRenderer).
//
// The file is archival and findable: PDF/A-1b (fonts embedded, no
// transparency, XMP metadata), 300 dpi, the document's title, the person as
// author (in the XMP metadata: Qt 6.4 has no other way to set it) and
// "Personal Budget Planner <version>" as the creator. It is written
// atomically (AtomicFileWriter): committed only after the last page was
// painted, so a failure leaves an old file of that name untouched and no
// partial file.
#pragma once

#include "common/result.h"
#include "document/plandocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pb::ui {

class PdfExporter {
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
public:
    static constexpr int kResolution = 300;

    // `pages`, when given, is set to the number of pages written.
    static Status write(const PlanDocument& document, const QString& path, int* pages = nullptr);

    // "Personal Budget Planner 0.1.0"
    static QString creator();

    // The XMP packet: Qt's own fields (title, dates, producer, PDF/A-1b
    // identification) plus the author and language, which Qt 6.4 leaves out.
    static QByteArray xmpMetadata(const PlanDocument& document, const QDateTime& now);
};

} // namespace pb::ui
