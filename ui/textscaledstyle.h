// TextScaledStyle: the desktop's style with the small fixed-size parts that
// sit beside text (tick boxes, round choice buttons, small icons) grown with
// the person's text size, so at 200% a tick box is not a tiny square beside
// large words. Everything else is left to the wrapped style.
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
};

} // namespace pb::ui
