// PaletteIconEngine: draws one of the program's line icons (resources/icons,
// drawn in one ink colour, #1d4f7a) in a colour that shows on the palette in
// use: the drawn dark blue on a light background, the text colour on a dark
// one (a dark desktop theme) and in high contrast. The SVG is drawn when the
// icon is painted, so icons shown in lists and on buttons follow a change of
// palette; a pixmap taken from the icon keeps the colours of that moment.
// Use it through Appearance::icon().
#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QString>

namespace pb::ui {

class PaletteIconEngine : public QIconEngine {
public:
    explicit PaletteIconEngine(const QString& svgPath);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(
        const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

    // The colour the icons' ink is drawn in on the application palette now.
    static QColor ink();

private:
    QString m_path;
    QByteArray m_svg;
};

} // namespace pb::ui
