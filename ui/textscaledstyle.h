// TextScaledStyle: the desktop's style with the small fixed-size parts that
// sit beside text (tick boxes, round choice buttons, small icons) grown with
// the person's text size, so at 200% a tick box is not a tiny square beside
// large words. In high contrast it also draws the focus frame (QFocusFrame,
// which Appearance puts around the focused widget) as a thick ring in the
// text colour: the style's own focus marks are drawn in the highlight
// colour, and yellow on white is too faint to find the focus by. For the same
// reason a progress bar's filled part and a scroll bar's handle, which the
// style draws in the highlight and button colours, are drawn in the text
// colour in high contrast, and fields, buttons and framed groups get an
// outline in the text colour (the style's pale grey one is under 3:1 on
// white, too faint to see where a field is).
// Everything else is left to the wrapped style.
#pragma once

#include <QProxyStyle>

namespace pb::ui {

class TextScaledStyle : public QProxyStyle {
    Q_OBJECT
public:
    // Wraps `base` (takes ownership, as QProxyStyle does).
    explicit TextScaledStyle(QStyle* base);

    int pixelMetric(
        PixelMetric metric, const QStyleOption* option, const QWidget* widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
        QPainter* painter, const QWidget* widget) const override;

private:
    // A one-pixel frame in the text colour around the option's rectangle.
    static void outline(const QStyleOption* option, QPainter* painter);
};

} // namespace pb::ui
