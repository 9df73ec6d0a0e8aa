// LanguageSwitcher: puts the whole program into one language at once: our
// own translations (embedded under :/i18n), Qt's (standard buttons and
// dialogs, where Debian has them), the default QLocale for dates and
// numbers, and the layout direction (Urdu is right to left). Calling it
// again changes language; windows made afterwards are in the new one.
#pragma once

#include "language/languages.h"

namespace pb::ui {

class LanguageSwitcher {
public:
    // `code` as in Languages ("en", "cy"…); empty means the system's
    // language. Returns the language now in use.
    static Language apply(const QString& code);
    static Language current();
};

} // namespace pb::ui
