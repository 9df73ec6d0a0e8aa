#include "cli/checkcommand.h"

#include "checks/planchecker.h"
#include "cli/cliio.h"

namespace pb::cli {

namespace {
QString severityWord(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QCoreApplication::translate("CheckCommand", "Needs changing");
    case FindingSeverity::Warning:
        return QCoreApplication::translate("CheckCommand", "Worth a look");
    case FindingSeverity::Hint:
        return QCoreApplication::translate("CheckCommand", "Tip");
    }
    Q_UNREACHABLE();
}
} // namespace

int CheckCommand::report(
    const PlanFileContents& contents, const RateTable& rates, bool json, CliStreams io) const
{
    const QList<Finding> findings = PlanChecker(rates).check(contents.plan);
    const bool hasErrors = std::any_of(findings.cbegin(), findings.cend(),
        [](const Finding& f) { return f.severity == FindingSeverity::Error; });
    if (json) {
        printJson(io, PlanChecker::toJson(findings));
    } else if (findings.isEmpty()) {
        io.out << tr("%1's plan: no problems found.").arg(contents.person.name) << Qt::endl;
    } else {
        io.out << tr("%1's plan:").arg(contents.person.name) << Qt::endl;
        for (const Finding& f : findings) {
            io.out << QStringLiteral("- %1: %2").arg(severityWord(f.severity), f.message)
                   << Qt::endl;
        }
    }
    return hasErrors ? PlanHasErrors : Done;
}

} // namespace pb::cli
