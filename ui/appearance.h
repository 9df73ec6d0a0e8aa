// Appearance: the look shared by every window: the desktop's own style and
// palette (Fusion where there is no platform theme), the person's text size
// (100% to 200% of the system font), high contrast when chosen, and the few
// meaningful colours (errors, over budget), which always come with words too
// and are picked to stay readable on whatever palette is in use.
#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>

class QApplication;

namespace pb::ui {

class Appearance {
public:
    // Call once after the QApplication exists; remembers the system font.
    static void install(QApplication& app);
    // Scales every widget's text; layouts grow to fit.
    static void setTextPercent(int percent);
    static int textPercent();

    // High contrast: black on white, black on yellow for what is chosen,
    // and a thick focus frame (TextScaledStyle). Off: the desktop's palette
    // again, following the desktop's colour scheme.
    static void setHighContrast(bool on);
    static bool highContrast();
    static QPalette highContrastPalette();

    // Picks the meaningful colours again for the palette now in use; call
    // when the desktop's palette changes (MainWindow does, on its
    // PaletteChange). Does nothing when they are already right.
    static void desktopPaletteChanged();
    // The colour of errors and "over budget" for the palette now in use.
    static QColor errorColour();

    // One of the program's line icons (":/icons/….svg"), drawn in a colour
    // that shows on the palette in use (PaletteIconEngine).
    static QIcon icon(const QString& svgPath);

    // WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrastRatio(const QColor& a, const QColor& b);

    // Fonts for headings, relative to the current text size.
    static QFont headingFont(int level); // 1 = page heading, 2 = group heading

private:
    static void followApplicationFont();
};

} // namespace pb::ui
