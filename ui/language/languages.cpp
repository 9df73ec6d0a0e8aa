#include "language/languages.h"

namespace pb::ui {

QList<Language> Languages::available()
{
    // The names are not translated: each is written in its own language.
    return {
        {QStringLiteral("en"), QStringLiteral("English"),
            QLocale(QLocale::English, QLocale::UnitedKingdom)},
        {QStringLiteral("cy"), QStringLiteral("Cymraeg"),
            QLocale(QLocale::Welsh, QLocale::UnitedKingdom)},
        {QStringLiteral("pl"), QStringLiteral("Polski"), QLocale(QLocale::Polish, QLocale::Poland)},
        {QStringLiteral("ur"), QStringLiteral(u"اردو"), QLocale(QLocale::Urdu, QLocale::Pakistan)},
    };
}

Language Languages::byCode(const QString& code)
{
    const QList<Language> all = available();
    for (const Language& language : all) {
        if (language.code == code) {
            return language;
        }
    }
    return all.first();
}

Language Languages::forLocale(const QLocale& locale)
{
    const QList<Language> all = available();
    for (const Language& language : all) {
        if (language.locale.language() == locale.language()) {
            return language;
        }
    }
    return all.first();
}

} // namespace pb::ui
