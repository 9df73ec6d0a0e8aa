#include "document/atomicfilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace pb::ui {

Status AtomicFileWriter::write(const QString& path, const std::function<Status(QIODevice&)>& fill)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!target.absoluteDir().exists()) {
        return Error {tr("The file could not be saved: the folder %1 does not exist. Choose a "
                         "folder that exists, such as your Documents folder.")
                          .arg(folder),
            path};
    }
    if (target.isDir()) {
        return Error {tr("The file could not be saved: %1 is a folder. Choose a file name "
                         "inside it.")
                          .arg(shown),
            path};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {tr("The file could not be saved as %1: you can't save files in the folder "
                         "%2 (it may be read-only, or belong to someone else). Choose another "
                         "folder, such as your Documents folder.")
                          .arg(shown, folder),
            file.errorString()};
    }
    const Status filled = fill(file);
    if (!filled.ok()) {
        file.cancelWriting();
        return filled.error();
    }
    // flush() before commit(): in Qt 6.4 a write that failed part way (disk
    // full, file size limit) shows up on an explicit flush(), while commit()
    // alone may succeed with a truncated file (see PlanFile::write).
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString detail = file.errorString() + QStringLiteral("; ") + qt_error_string(errno);
        file.cancelWriting();
        return Error {tr("The file could not be saved as %1: the disk may be full. Nothing was "
                         "changed. Free some space or choose another place, then try again.")
                          .arg(shown),
            detail};
    }
    if (!file.commit()) {
        return Error {tr("The file could not be saved as %1. Nothing was changed. Check that you "
                         "may save files there, then try again.")
                          .arg(shown),
            file.errorString()};
    }
    return success();
}

Status AtomicFileWriter::write(const QString& path, const QByteArray& bytes)
{
    return write(path, [&bytes](QIODevice& device) -> Status {
        if (device.write(bytes) != bytes.size()) {
            return Error {tr("The file could not be written: the disk may be full. Nothing was "
                             "changed. Free some space or choose another place, then try again."),
                device.errorString()};
        }
        return success();
    });
}

} // namespace pb::ui
