// Languages: the languages the program speaks. Each is listed under its own
// name for itself ("Cymraeg", "Polski", "اردو"), so a person can find theirs
// in the list without reading English. British English is the source; the
// others come from translations/*.ts (cmake/PbTranslations.cmake).
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace pb::ui {

struct Language {
    QString code; // "en", "cy", "pl", "ur": the .qm file's suffix and the help folder
    QString name; // in the language itself
    QLocale locale; // dates and numbers (money stays in British form: MoneyFormatter)
};

class Languages {
public:
    static QList<Language> available();
    // The language for `code`, or British English when it is not one we have.
    static Language byCode(const QString& code);
    // The best of ours for a system locale: its language if we have it,
    // else British English.
    static Language forLocale(const QLocale& locale);
};

} // namespace pb::ui
