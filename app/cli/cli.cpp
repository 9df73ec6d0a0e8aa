#include "cli/cli.h"

#include "cli/checkcommand.h"
#include "cli/democommand.h"
#include "cli/exportcommand.h"
#include "cli/pacostcommand.h"
#include "cli/rascommand.h"
#include "cli/summarycommand.h"

#include <QFileInfo>

namespace pb::cli {

Cli::Cli()
{
    m_commands.push_back(std::make_unique<SummaryCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<PaCostCommand>());
    m_commands.push_back(std::make_unique<RasCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
}

Cli::~Cli() = default;

bool Cli::wantsCommandLine(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("help")) {
        return true;
    }
    if (first.startsWith(QLatin1Char('-'))) {
        return false;
    }
    return Cli().find(first) != nullptr || !isPlanFileArgument(first);
}

bool Cli::isPlanFileArgument(const QString& argument)
{
    return argument.endsWith(QLatin1String(".pbplan"), Qt::CaseInsensitive)
        || QFileInfo(argument).isFile();
}

QString Cli::programName(const QStringList& arguments)
{
    const QString name = QFileInfo(arguments.value(0)).fileName();
    return name.isEmpty() ? QStringLiteral("pbplanner") : name;
}

const CliCommand* Cli::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString Cli::overallHelp() const
{
    QString text = tr("Usage: pbplanner [--db FILE | --demo] [PLAN.pbplan]  start the window\n"
                      "       pbplanner <command> [options] [files]        work without a window\n"
                      "\nA plan file named when starting the window is imported into the caseload\n"
                      "and opened. Start in another language with --language CODE (en, cy, pl\n"
                      "or ur).\n"
                      "\nCommands:\n");
    for (const auto& command : m_commands) {
        // The summary wrapped under itself, so the list fits 80 columns.
        text += CliSyntax::hanging(QStringLiteral("  ") + command->name(), command->summary(), 14)
            + QLatin1Char('\n');
    }
    text += tr("\nRun \"pbplanner <command> --help\" for a command's options.\n"
               "\nExit status: 0 done; 1 the plan has errors (check), or some plans were skipped\n"
               "(export); 2 the command line was wrong; 3 a file could not be read or written.\n");
    return text;
}

int Cli::run(const QStringList& arguments, CliStreams io) const
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << QCoreApplication::applicationName() << QLatin1Char(' ')
               << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        io.out << overallHelp();
        return Done;
    }
    const CliCommand* command = find(first);
    if (!command) {
        io.err << tr("pbplanner: \"%1\" is not a command.").arg(first) << Qt::endl
               << tr("Hint: run \"pbplanner --help\" to see the commands.") << Qt::endl;
        return BadArguments;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    CliSyntax syntax(parser);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    syntax.addOption(help);
    command->describe(syntax);

    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("pbplanner %1").arg(command->name());
    if (!parser.parse(rest)) {
        io.err << QStringLiteral("pbplanner %1: ").arg(command->name()) << parser.errorText()
               << Qt::endl
               << tr("Hint: run \"pbplanner %1 --help\" to see its options.").arg(command->name())
               << Qt::endl;
        return BadArguments;
    }
    if (parser.isSet(help)) {
        io.out << syntax.helpText(
            QStringLiteral("%1 %2").arg(programName(arguments), command->name()),
            command->summary());
        return Done;
    }
    return command->run(parser, io);
}

} // namespace pb::cli
