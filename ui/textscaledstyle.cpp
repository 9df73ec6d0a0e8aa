#include "textscaledstyle.h"

#include "appearance.h"

namespace pb::ui {

TextScaledStyle::TextScaledStyle(QStyle* base)
    : QProxyStyle(base)
{
}

int TextScaledStyle::pixelMetric(
    PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    const int size = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_SmallIconSize:
    case PM_ButtonIconSize:
    case PM_CheckBoxLabelSpacing:
    case PM_RadioButtonLabelSpacing:
        return size * Appearance::textPercent() / 100;
    default:
        return size;
    }
}

} // namespace pb::ui
