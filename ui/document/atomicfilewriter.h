// AtomicFileWriter: saves a file the person asked for (a PDF, a spreadsheet)
// so that it is either all there or not there at all: the bytes go to a
// temporary file beside the target, which replaces the target only when
// everything was written. On any failure an old file of that name is left
// exactly as it was and no partial file remains.
//
// Each way it can fail has its own plain-words message saying what to do
// (the folder does not exist; you can't save files there; the disk is
// full), with the system's reason in the detail.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace pb::ui {

class AtomicFileWriter {
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)
public:
    // `fill` writes the content; an Error from it is passed on unchanged.
    static Status write(const QString& path, const std::function<Status(QIODevice&)>& fill);
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace pb::ui
