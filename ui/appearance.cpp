#include "appearance.h"

#include "textscaledstyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace pb::ui {

namespace {
QFont g_systemFont;
int g_percent = 100;

// Object names with a meaning, styled once here rather than in each page.
// The red is WCAG AA on white and on the Fusion window colour.
const char* const kStyleSheet = R"(
QLabel#fieldError { color: #b00020; font-weight: bold; }
QLabel#overBudget { color: #b00020; font-weight: bold; }
QLabel#hint { color: palette(text); }
QPushButton#primary { font-weight: bold; }
)";
} // namespace

void Appearance::install(QApplication& app)
{
    QString styleName = QApplication::style()->name();
    if (styleName.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0) {
        styleName = QStringLiteral("Fusion");
    }
    QApplication::setStyle(new TextScaledStyle(QStyleFactory::create(styleName)));
    g_systemFont = QApplication::font();
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
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
}

int Appearance::textPercent()
{
    return g_percent;
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
