// Appearance: the look shared by every window: the desktop's own style and
// palette (Fusion where there is no platform theme), the person's text size
// (100% to 200% of the system font), and the few meaningful colours (errors,
// over budget), which always come with words too.
#pragma once

#include <QFont>

class QApplication;

namespace pb::ui {

class Appearance {
public:
    // Call once after the QApplication exists; remembers the system font.
    static void install(QApplication& app);
    // Scales every widget's text; layouts grow to fit.
    static void setTextPercent(int percent);
    static int textPercent();

    // Fonts for headings, relative to the current text size.
    static QFont headingFont(int level); // 1 = page heading, 2 = group heading
};

} // namespace pb::ui
