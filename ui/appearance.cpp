#include "appearance.h"

#include "textscaledstyle.h"
#include "widgets/paletteiconengine.h"

#include <QApplication>
#include <QFocusFrame>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

namespace pb::ui {

namespace {
QFont g_systemFont;
int g_percent = 100;
bool g_highContrast = false;
QString g_styleSheet;
// In high contrast, a frame that follows the focus (drawn by TextScaledStyle).
QPointer<QFocusFrame> g_focusFrame;
QMetaObject::Connection g_followFocus;

// WCAG: 4.5:1 is enough for normal text (AA); high contrast promises 7:1
// (AAA), which is what people who chose it need.
constexpr double kNormalContrast = 4.5;
constexpr double kHighContrast = 7.0;

// Reds from dark to light. On a light background the first dark enough one
// is used, on a dark background the first light enough one, so an error is
// red on any desktop palette and never pale red on white or dark red on
// black.
const char* const kDarkReds[] = {"#b00020", "#8b0000", "#5c0000"};
const char* const kLightReds[] = {"#ff8a80", "#ffb4ab", "#ffdad6"};

double relativeLuminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

// The object names with a meaning, styled once here rather than in each page.
QString styleSheetFor(const QColor& error)
{
    return QStringLiteral("QLabel#fieldError { color: %1; font-weight: bold; }\n"
                          "QLabel#overBudget { color: %1; font-weight: bold; }\n"
                          "QLabel#hint { color: palette(text); }\n"
                          "QPushButton#primary { font-weight: bold; }\n")
        .arg(error.name());
}

void frameFocus(QWidget* focused)
{
    if (focused == nullptr || focused->isWindow()) {
        if (g_focusFrame) {
            g_focusFrame->setWidget(nullptr);
        }
        return;
    }
    // The frame lives beside the focused widget, so it goes when that
    // widget's parent goes; make another when needed.
    if (!g_focusFrame) {
        g_focusFrame = new QFocusFrame;
    }
    g_focusFrame->setWidget(focused);
}

void followFocus(bool on)
{
    QObject::disconnect(g_followFocus);
    if (on) {
        g_followFocus = QObject::connect(qApp, &QApplication::focusChanged, qApp,
            [](QWidget*, QWidget* now) { frameFocus(now); });
        frameFocus(QApplication::focusWidget());
    } else {
        delete g_focusFrame.data();
    }
}

void applyStyleSheet()
{
    const QString sheet = styleSheetFor(Appearance::errorColour());
    if (sheet == g_styleSheet) {
        return; // re-polishing every widget for nothing would be slow
    }
    g_styleSheet = sheet;
    qApp->setStyleSheet(sheet);
}
} // namespace

void Appearance::install(QApplication& app)
{
    QString styleName = QApplication::style()->name();
    if (styleName.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0) {
        styleName = QStringLiteral("Fusion");
    }
    QApplication::setStyle(new TextScaledStyle(QStyleFactory::create(styleName)));
    g_systemFont = QApplication::font();
    Q_UNUSED(app);
    applyStyleSheet();
}

void Appearance::setTextPercent(int percent)
{
    g_percent = percent;
    QFont font = g_systemFont;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(g_systemFont.pointSizeF() * percent / 100.0);
    } else {
        font.setPixelSize(g_systemFont.pixelSize() * percent / 100);
    }
    QApplication::setFont(font);
    // Widgets given their own font (headings) are rebuilt from headingFont()
    // by their pages on QEvent::ApplicationFontChange.
    followApplicationFont();
}

void Appearance::followApplicationFont()
{
    // Qt does not give a new application font to a widget with a style sheet
    // of its own (the padded tables, the indicators sized by a sheet), nor
    // through its parent: it keeps the old size at 200%. They are given it
    // here, and marked, so that the next change reaches them too (a font
    // set on a widget stops the application's from reaching it).
    static const char* const kFollows = "pbFollowsApplicationFont";
    const QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        if (!widget->styleSheet().isEmpty()
            && (!widget->testAttribute(Qt::WA_SetFont) || widget->property(kFollows).toBool())) {
            widget->setFont(QApplication::font(widget));
            widget->setProperty(kFollows, true);
        }
    }
}

int Appearance::textPercent()
{
    return g_percent;
}

void Appearance::setHighContrast(bool on)
{
    if (on == g_highContrast) {
        return;
    }
    g_highContrast = on;
    // An empty palette (no roles set) makes Qt take every colour from the
    // desktop's theme again, and keep following it when it changes.
    QApplication::setPalette(on ? highContrastPalette() : QPalette());
    // Widgets the style sheet has polished keep the palette they had until
    // the sheet is applied again.
    g_styleSheet.clear();
    applyStyleSheet();
    followFocus(on);
}

bool Appearance::highContrast()
{
    return g_highContrast;
}

QPalette Appearance::highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(Qt::yellow);
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        // Alternate table rows stay light enough for black text at 7:1.
        p.setColor(group, QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::Button, white);
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::BrightText, white);
        p.setColor(group, QPalette::ToolTipBase, white);
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x4d, 0x4d, 0x4d));
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, QColor(0x00, 0x00, 0xcc));
        p.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x1a, 0x8b));
        // Fusion draws frames and edges from these: black, so every field
        // and button has a clear outline.
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, white);
        p.setColor(group, QPalette::Mid, black);
        p.setColor(group, QPalette::Dark, black);
        p.setColor(group, QPalette::Shadow, black);
    }
    // Greyed-out text still at 7:1 on white (#595959 is 7.0:1).
    const QColor greyed(0x59, 0x59, 0x59);
    p.setColor(QPalette::Disabled, QPalette::Window, white);
    p.setColor(QPalette::Disabled, QPalette::Base, white);
    p.setColor(QPalette::Disabled, QPalette::Button, white);
    p.setColor(QPalette::Disabled, QPalette::WindowText, greyed);
    p.setColor(QPalette::Disabled, QPalette::Text, greyed);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, greyed);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, greyed);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    p.setColor(QPalette::Disabled, QPalette::Light, white);
    p.setColor(QPalette::Disabled, QPalette::Mid, greyed);
    p.setColor(QPalette::Disabled, QPalette::Dark, greyed);
    return p;
}

void Appearance::desktopPaletteChanged()
{
    applyStyleSheet();
}

QColor Appearance::errorColour()
{
    const QPalette palette = QApplication::palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const double least = g_highContrast ? kHighContrast : kNormalContrast;
    const bool darkBackground = window.lightness() < 128;
    const auto& reds = darkBackground ? kLightReds : kDarkReds;
    for (const char* red : reds) {
        const QColor colour(QLatin1String {red});
        if (contrastRatio(colour, window) >= least && contrastRatio(colour, base) >= least) {
            return colour;
        }
    }
    // No red is readable on this palette: the text colour is, and the words
    // say what is wrong.
    return palette.color(QPalette::WindowText);
}

QIcon Appearance::icon(const QString& svgPath)
{
    return QIcon(new PaletteIconEngine(svgPath));
}

double Appearance::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QFont Appearance::headingFont(int level)
{
    QFont font = QApplication::font();
    const double factor = level <= 1 ? 1.6 : 1.25;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * factor);
    } else {
        font.setPixelSize(int(font.pixelSize() * factor));
    }
    font.setBold(true);
    return font;
}

} // namespace pb::ui
