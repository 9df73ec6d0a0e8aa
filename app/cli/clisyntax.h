// CliSyntax: what one command accepts, given once to both its
// QCommandLineParser (which parses it) and its --help text (which says it).
// QCommandLineParser's own help names the program by the path it was
// started with ("app/pbplanner") and cuts argument names longer than its
// option column in two ("ANSWERS.jso" / "n"); this help says
// "pbplanner <command>", keeps every name whole, and wraps each description
// under itself, so nothing runs past an 80-column terminal.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pb::cli {

class CliSyntax {
    Q_DECLARE_TR_FUNCTIONS(CliSyntax)
public:
    // The width help is wrapped to: less than the 80 columns of a terminal,
    // so a line never fills the last column (some terminals then wrap it).
    static constexpr int kWidth = 79;

    explicit CliSyntax(QCommandLineParser& parser);

    void addOption(const QCommandLineOption& option);
    // `syntax` is how it appears in the usage line (default: the name).
    void addPositionalArgument(
        const QString& name, const QString& description, const QString& syntax = {});

    // "Usage: <usage> [options] ARGS", the description, then the options
    // and the arguments, each name in a column and its words beside it.
    QString helpText(const QString& usage, const QString& description) const;

    // `text` wrapped to `width` columns, every line after the first
    // starting with `indent` spaces; words longer than a line stay whole.
    static QString wrap(const QString& text, int indent, int width = kWidth);
    // `lead` (a name, padded to `column`) with `words` beside it, wrapped
    // to start each further line at `column`. A lead too wide for the
    // column gets a line of its own, with the words under it.
    static QString hanging(const QString& lead, const QString& words, int column);

private:
    struct Entry {
        QString names; // "-h, --help", "--hours <H>", "SCHEME.json"
        QString description;
    };
    static QString table(const QList<Entry>& entries);

    QCommandLineParser& m_parser;
    QList<Entry> m_options;
    QList<Entry> m_arguments;
    QStringList m_usage;
};

} // namespace pb::cli
