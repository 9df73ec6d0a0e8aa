#include "exchange/planfile.h"

#include "exchange/planfileprecheck.h"
#include "exchange/planvalidator.h"
#include "exchange/serialization.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>

#include <cerrno>
#include <exception>
#include <sstream>

#ifndef PB_EXCHANGE_APP_VERSION
#define PB_EXCHANGE_APP_VERSION "unknown"
#endif

namespace pb {

namespace {

PlanFileHeader currentHeader()
{
    PlanFileHeader header;
    header.format = QStringLiteral("pbplan");
    header.formatVersion = PlanFile::kFormatVersion;
    header.appVersion = QStringLiteral(PB_EXCHANGE_APP_VERSION);
    return header;
}

// Thrown after a successful read, so that the archive is destroyed while an
// exception is in flight: ~xml_iarchive() then skips windup(), which in Boost
// 1.74 can throw from the destructor and end the program (TOOLCHAIN.md, item
// 2). The pre-check has already checked the trailer windup() would read.
struct ReadComplete { };

Error damagedFile(const QString& detail)
{
    return Error {PlanFile::tr("This file is damaged or is not a plan file, so nothing was "
                               "imported. Ask the person who sent it for a new copy."),
        detail};
}

} // namespace

QByteArray PlanFile::toXml(const Person& person, const Plan& plan)
{
    std::ostringstream out;
    {
        // The archive writes its closing tag when destroyed, so it lives in
        // its own scope.
        boost::archive::xml_oarchive archive(out);
        PlanFileHeader header = currentHeader();
        exchange::field(archive, "header", header);
        exchange::field(archive, "person", person);
        exchange::field(archive, "plan", plan);
    }
    return QByteArray::fromStdString(out.str());
}

Result<PlanFileContents> PlanFile::fromXml(const QByteArray& bytes)
{
    // A UTF-8 byte order mark (added by some editors) means nothing in UTF-8
    // and Boost cannot read past it.
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }

    PlanFilePrecheck::Outcome checked = PlanFilePrecheck::check(data);
    switch (checked.problem) {
    case PlanFilePrecheck::Problem::None:
        break;
    case PlanFilePrecheck::Problem::Empty:
        return Error {tr("This file is empty, so nothing was imported. Ask the person who sent "
                         "it for a new copy."),
            checked.detail};
    case PlanFilePrecheck::Problem::TooBig:
        return Error {tr("This file is too big to be a plan file (more than %L1 MB), so nothing "
                         "was imported.")
                          .arg(kMaxFileBytes / (1024 * 1024)),
            checked.detail};
    case PlanFilePrecheck::Problem::Damaged:
        return damagedFile(checked.detail);
    case PlanFilePrecheck::Problem::NewerFormat:
        return Error {tr("This plan was saved by a newer version of Personal Budget Planner "
                         "(format %1). Install the newer version to open it.")
                          .arg(checked.formatVersion),
            checked.detail};
    }

    PlanFileContents contents;
    ElementCursor cursor(std::move(checked.elementNames));
    cursor.install();
    try {
        // Everything Boost owns lives inside this try (see ReadComplete).
        std::istringstream in(data.toStdString());
        boost::archive::xml_iarchive archive(in, boost::archive::no_xml_tag_checking);
        PlanFileHeader header;
        exchange::field(archive, "header", header);
        exchange::field(archive, "person", contents.person);
        exchange::field(archive, "plan", contents.plan);
        if (!cursor.atEnd()) {
            throw FileFormatError(FileFormatError::Kind::Damaged,
                QStringLiteral("unexpected elements after the plan (element %1)")
                    .arg(cursor.position() + 1));
        }
        throw ReadComplete {};
    } catch (const ReadComplete&) {
        // the only way out of the try that keeps what was read
    } catch (const FileFormatError& e) {
        if (e.kind() == FileFormatError::Kind::Unknown) {
            return Error {tr("This plan uses something this version of Personal Budget Planner "
                             "does not know about, so nothing was imported. It may have been "
                             "saved by a newer version: install the newer version to open it."),
                e.detail()};
        }
        return damagedFile(e.detail());
    } catch (const boost::archive::archive_exception& e) {
        return damagedFile(QStringLiteral("Boost archive: %1 (%2)")
                               .arg(QString::fromLocal8Bit(e.what()), cursor.whereAmI()));
    } catch (const std::exception& e) {
        return damagedFile(
            QStringLiteral("%1 (%2)").arg(QString::fromLocal8Bit(e.what()), cursor.whereAmI()));
    }

    const Status valid = PlanValidator::check(contents.person, contents.plan);
    if (!valid) {
        return valid.error();
    }
    return contents;
}

Status PlanFile::write(const QString& path, const Person& person, const Plan& plan)
{
    const QByteArray bytes = toXml(person, plan);
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {tr("The plan could not be saved as %1. Check that the folder exists and "
                         "that you may save files there, then try again.")
                          .arg(shown),
            file.errorString()};
    }
    // flush() before commit(): in Qt 6.4 a write that fails part way (disk
    // full, file size limit) is reported by an explicit flush(), but commit()
    // alone can succeed and leave a truncated file in place of the old one.
    if (file.write(bytes) != bytes.size() || !file.flush()
        || file.error() != QFileDevice::NoError) {
        // Qt's text can be "Unknown error" here; the system's reason is in errno.
        const QString detail = file.errorString() + QStringLiteral("; ") + qt_error_string(errno);
        file.cancelWriting();
        return Error {tr("The plan could not be saved as %1: the disk may be full. Nothing was "
                         "changed. Free some space, then try again.")
                          .arg(shown),
            detail};
    }
    if (!file.commit()) {
        return Error {tr("The plan could not be saved as %1. Nothing was changed. Check that "
                         "you may save files there, then try again.")
                          .arg(shown),
            file.errorString()};
    }
    return success();
}

Result<PlanFileContents> PlanFile::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error {tr("The file %1 could not be found, so nothing was imported. Check the "
                         "name and the folder, then try again.")
                          .arg(shown),
            QStringLiteral("no such file")};
    }
    if (info.isDir()) {
        return Error {tr("%1 is a folder, not a plan file, so nothing was imported. Choose a "
                         "file ending in .pbplan.")
                          .arg(shown),
            QStringLiteral("is a directory")};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {tr("The file %1 could not be opened, so nothing was imported. Check that "
                         "you may read it, then try again.")
                          .arg(shown),
            file.errorString()};
    }
    // Read one byte past the limit rather than trusting the size on disk
    // (it may be a pipe or growing), so a huge file is never read whole.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error {tr("The file %1 could not be read, so nothing was imported. Try again, "
                         "or ask for a new copy.")
                          .arg(shown),
            file.errorString()};
    }
    return fromXml(bytes);
}

} // namespace pb
