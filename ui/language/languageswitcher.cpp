#include "language/languageswitcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace pb::ui {

namespace {

// Installed translators live here so a second apply() can take them out.
struct Installed {
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qts;
    Language language = Languages::byCode(QStringLiteral("en"));
};

Installed& installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

std::unique_ptr<QTranslator> load(const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, folder) || !QCoreApplication::installTranslator(translator.get())) {
        return nullptr;
    }
    return translator;
}

} // namespace

Language LanguageSwitcher::apply(const QString& code)
{
    Installed& state = installed();
    remove(state.ours);
    remove(state.qts);
    const Language language =
        code.isEmpty() ? Languages::forLocale(QLocale::system()) : Languages::byCode(code);
    if (language.code != QLatin1String("en")) {
        state.ours = load(QStringLiteral("pbplanner_") + language.code, QStringLiteral(":/i18n"));
        state.qts = load(QStringLiteral("qtbase_") + language.code,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    QLocale::setDefault(language.locale);
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(language.locale.textDirection());
    }
    state.language = language;
    return language;
}

Language LanguageSwitcher::current()
{
    return installed().language;
}

} // namespace pb::ui
