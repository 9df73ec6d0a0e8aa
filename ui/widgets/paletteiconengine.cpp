#include "widgets/paletteiconengine.h"

#include "appearance.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace pb::ui {

namespace {
// The one colour the icons are drawn in (see resources/icons).
const QByteArray kDrawnInk("#1d4f7a");
// How much a disabled button's icon is faded, as the style fades its text.
constexpr qreal kDisabledOpacity = 0.4;
} // namespace

PaletteIconEngine::PaletteIconEngine(const QString& svgPath)
    : m_path(svgPath)
{
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly)) {
        m_svg = file.readAll();
    }
}

QColor PaletteIconEngine::ink()
{
    const QPalette palette = QGuiApplication::palette();
    // Dark blue on a dark window is about 2:1, too faint to see.
    if (Appearance::highContrast() || palette.color(QPalette::Window).lightness() < 128) {
        return palette.color(QPalette::WindowText);
    }
    return QColor(QLatin1String(kDrawnInk));
}

void PaletteIconEngine::paint(
    QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    QByteArray svg = m_svg;
    svg.replace(kDrawnInk, ink().name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        return;
    }
    painter->save();
    if (mode == QIcon::Disabled) {
        painter->setOpacity(kDisabledOpacity);
    }
    // Keep the drawing's shape: centred in `rect`, as large as fits.
    QSizeF size = renderer.defaultSize();
    size.scale(rect.size(), Qt::KeepAspectRatio);
    QRectF target(QPointF(), size);
    target.moveCenter(QRectF(rect).center());
    renderer.render(painter, target);
    painter->restore();
}

QPixmap PaletteIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaletteIconEngine::scaledPixmap(
    const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), pixmap.size()), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine* PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("pb::ui::PaletteIconEngine");
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace pb::ui
