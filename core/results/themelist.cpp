#include "results/themelist.h"

#include "storage/reviewthemerepository.h"

#include <QRegularExpression>

namespace pb {

QStringList ThemeList::parse(const QString& typed)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r]"));
    return ReviewThemeRepository::tidy(typed.split(separators, Qt::SkipEmptyParts));
}

QString ThemeList::format(const QStringList& themes)
{
    return themes.join(QStringLiteral(", "));
}

} // namespace pb
