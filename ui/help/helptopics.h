// HelpTopics: the help pages that ship with the program (resources/help/<lang>/
// *.md, embedded, so help works offline), in the person's language when
// there is a translation and in English otherwise. A topic is a page's file
// name without ".md" ("budget"); its title is the page's first heading.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace pb::ui {

class HelpTopics {
    Q_DECLARE_TR_FUNCTIONS(HelpTopics)
public:
    static QString index() { return QStringLiteral("index"); }
    static QString glossary() { return QStringLiteral("glossary"); }
    static QString keyboard() { return QStringLiteral("keyboard"); }

    // The folder for the current language, e.g. ":/help/en".
    static QString folder();
    // Every topic in reading order: the index first, the glossary and the
    // keyboard list last.
    static QStringList all();
    // The page's Markdown; empty when there is no such topic.
    static QString text(const QString& topic);
    static QString title(const QString& topic);
    // True when every word of `query` is in the topic (any case).
    static bool matches(const QString& topic, const QString& query);
    // The topic for the page the person is on (a plan step or the caseload);
    // the index when the page has no topic of its own.
    static QString forPage(const QWidget* page);
};

} // namespace pb::ui
