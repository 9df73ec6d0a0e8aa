#include "cli/clisyntax.h"

#include <algorithm>

namespace pb::cli {

namespace {
constexpr int kIndent = 2;
// A name wider than this puts its words on the next line instead of
// squeezing them into a narrow column.
constexpr int kWidestNameColumn = 24;
} // namespace

CliSyntax::CliSyntax(QCommandLineParser& parser)
    : m_parser(parser)
{
}

void CliSyntax::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
    QStringList names;
    for (const QString& name : option.names()) {
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    }
    QString shown = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        shown += QStringLiteral(" <%1>").arg(option.valueName());
    }
    m_options.append({shown, option.description()});
}

void CliSyntax::addPositionalArgument(
    const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_arguments.append({name, description});
    m_usage.append(syntax.isEmpty() ? name : syntax);
}

QString CliSyntax::helpText(const QString& usage, const QString& description) const
{
    QString line = tr("Usage: %1").arg(usage);
    if (!m_options.isEmpty()) {
        line += QStringLiteral(" [options]");
    }
    for (const QString& argument : m_usage) {
        line += QLatin1Char(' ') + argument;
    }
    QString text = wrap(line, int(tr("Usage: ").size())) + QLatin1Char('\n');
    if (!description.isEmpty()) {
        text += wrap(description, 0) + QLatin1Char('\n');
    }
    if (!m_options.isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + table(m_options);
    }
    if (!m_arguments.isEmpty()) {
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + table(m_arguments);
    }
    return text;
}

QString CliSyntax::table(const QList<Entry>& entries)
{
    int column = 0;
    for (const Entry& e : entries) {
        if (e.names.size() <= kWidestNameColumn) {
            column = std::max(column, int(e.names.size()));
        }
    }
    const int wordsAt = kIndent + column + 2;
    QString text;
    for (const Entry& e : entries) {
        text += hanging(QString(kIndent, QLatin1Char(' ')) + e.names, e.description, wordsAt)
            + QLatin1Char('\n');
    }
    return text;
}

QString CliSyntax::hanging(const QString& lead, const QString& words, int column)
{
    // The words wrapped in their own column, then the lead put in front.
    QString text = wrap(QString(column, QLatin1Char(' ')) + words, column);
    if (lead.size() + 1 > column) {
        return lead + QLatin1Char('\n') + text;
    }
    return text.replace(0, column, lead.leftJustified(column));
}

QString CliSyntax::wrap(const QString& text, int indent, int width)
{
    // Keep the leading spaces (a table's indent and column) as they are.
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == QLatin1Char(' ')) {
        ++start;
    }
    QString result = text.left(start);
    qsizetype lineLength = start;
    bool lineHasWord = false;
    for (const QString& word : text.mid(start).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineHasWord && lineLength + 1 + word.size() > width) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            lineLength = indent;
            lineHasWord = false;
        }
        if (lineHasWord) {
            result += QLatin1Char(' ');
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
        lineHasWord = true;
    }
    return result;
}

} // namespace pb::cli
