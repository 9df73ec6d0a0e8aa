#include "cli/democommand.h"

#include "cli/cliio.h"
#include "demo/democaseload.h"
#include "demo/demodatabase.h"

#include <QDir>
#include <QElapsedTimer>

namespace pb::cli {

void DemoCommand::describe(CliSyntax& syntax) const
{
    syntax.addOption({QStringLiteral("db"),
        tr("The new database file to make (it must not exist yet)."), QStringLiteral("FILE")});
    syntax.addOption({QStringLiteral("people"),
        tr("Make this many made-up people instead of the eight demo people."),
        QStringLiteral("N")});
    syntax.addOption({QStringLiteral("write-examples"),
        tr("Write the demo people as .pbplan files into this folder."), QStringLiteral("DIR")});
}

int DemoCommand::run(const QCommandLineParser& parser, CliStreams io) const
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            io, name(), tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    }
    if (parser.isSet(QStringLiteral("write-examples"))) {
        return writeExamples(parser.value(QStringLiteral("write-examples")), io);
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        return usageError(
            io, name(), tr("say where to make the database, like: pbplanner demo --db demo.pbdb"));
    }
    const QString path = parser.value(QStringLiteral("db"));
    QElapsedTimer timer;
    timer.start();
    if (!parser.isSet(QStringLiteral("people"))) {
        const Status made = DemoDatabase::createDemo(path);
        if (!made.ok()) {
            return fileError(io, name(), made.error());
        }
        io.out << tr("Made %1 with the demo caseload (%2 people).")
                      .arg(path)
                      .arg(DemoCaseload::people().size())
               << Qt::endl;
        return Done;
    }
    bool isNumber = false;
    const int people = parser.value(QStringLiteral("people")).toInt(&isNumber);
    if (!isNumber || people < 1 || people > 1'000'000) {
        return usageError(io, name(), tr("--people takes a whole number from 1 to 1,000,000"));
    }
    const Status made = DemoDatabase::createSynthetic(path, people, [&](int done, int total) {
        io.err << tr("\r%1 of %2 people").arg(done).arg(total) << Qt::flush;
    });
    io.err << Qt::endl;
    if (!made.ok()) {
        return fileError(io, name(), made.error());
    }
    io.out << tr("Made %1 with %2 made-up people in %3 s.")
                  .arg(path)
                  .arg(people)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return Done;
}

int DemoCommand::writeExamples(const QString& folder, CliStreams io) const
{
    if (!QDir().mkpath(folder)) {
        return fileError(io, name(), Error {tr("Could not make the folder %1.").arg(folder), {}});
    }
    for (const PlanFileContents& c : DemoCaseload::people()) {
        const QString path =
            QDir(folder).filePath(DemoCaseload::fileStem(c.person) + QStringLiteral(".pbplan"));
        const Status written = PlanFile::write(path, c.person, c.plan);
        if (!written.ok()) {
            return fileError(io, name(), written.error());
        }
        io.out << path << Qt::endl;
    }
    return Done;
}

} // namespace pb::cli
