#include "exchange/planfile.h"

#include "exchange/serialization.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <boost/archive/xml_oarchive.hpp>

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

} // namespace

QByteArray PlanFile::toXml(const Person& person, const Plan& plan)
{
    std::ostringstream out;
    {
        // The archive writes its closing tag when destroyed, so it lives in
        // its own scope.
        boost::archive::xml_oarchive archive(out);
        PlanFileHeader header = currentHeader();
        Person p = person;
        Plan pl = plan;
        exchange::field(archive, "header", header);
        exchange::field(archive, "person", p);
        exchange::field(archive, "plan", pl);
    }
    return QByteArray::fromStdString(out.str());
}

Result<PlanFileContents> PlanFile::fromXml(const QByteArray& bytes)
{
    Q_UNUSED(bytes);
    return Error {tr("Reading plan files is not finished yet."), {}};
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
    if (file.write(bytes) != bytes.size()) {
        const QString detail = file.errorString();
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
    Q_UNUSED(path);
    return Error {tr("Reading plan files is not finished yet."), {}};
}

} // namespace pb
