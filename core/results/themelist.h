// ThemeList: a comment's themes as a broker types them in one field
// ("transport, staff keep changing") and as the field shows them again.
// Commas, semicolons and line breaks separate themes; what is left is tidied
// as storage keeps it (ReviewThemeRepository::tidy), so the field and the
// file agree on what the themes are.
#pragma once

#include <QString>
#include <QStringList>

namespace pb {

class ThemeList {
public:
    static QStringList parse(const QString& typed);
    static QString format(const QStringList& themes);
};

} // namespace pb
