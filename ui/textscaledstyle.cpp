#include "textscaledstyle.h"

#include "appearance.h"

#include <QPainter>
#include <QStyleOption>

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
    case PM_FocusFrameHMargin:
    case PM_FocusFrameVMargin:
        // Thick enough to see at a glance, growing a little with the text.
        return Appearance::highContrast() ? 3 * Appearance::textPercent() / 100 : size;
    default:
        return size;
    }
}

void TextScaledStyle::drawControl(ControlElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    if (element == CE_ProgressBarContents && Appearance::highContrast()) {
        auto bar = *qstyleoption_cast<const QStyleOptionProgressBar*>(option);
        bar.palette.setColor(QPalette::Highlight, option->palette.color(QPalette::WindowText));
        bar.palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::Window));
        QProxyStyle::drawControl(element, &bar, painter, widget);
        return;
    }
    if (element != CE_FocusFrame || !Appearance::highContrast()) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // A ring, not a filled box: the frame can sit behind a widget that
    // paints no background of its own (a tick box), which must not go black.
    const int width = pixelMetric(PM_FocusFrameHMargin, option, widget);
    painter->save();
    QPen pen(option->palette.color(QPalette::WindowText), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double half = width / 2.0;
    painter->drawRect(QRectF(option->rect).adjusted(half, half, -half, -half));
    painter->restore();
}

void TextScaledStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!Appearance::highContrast()) {
        return;
    }
    if (control == CC_ComboBox || control == CC_SpinBox) {
        outline(option, painter);
        return;
    }
    if (control != CC_ScrollBar) {
        return;
    }
    // The handle in the text colour, inside the style's own outline, so it
    // stands out from the white groove.
    const QRect handle = subControlRect(control, option, SC_ScrollBarSlider, widget);
    if (handle.isValid() && (option->state & State_Enabled)) {
        painter->fillRect(
            handle.adjusted(2, 2, -2, -2), option->palette.color(QPalette::WindowText));
    }
}

void TextScaledStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!Appearance::highContrast()) {
        return;
    }
    switch (element) {
    case PE_PanelLineEdit:
    case PE_PanelButtonCommand:
    case PE_FrameGroupBox:
    case PE_Frame:
    case PE_IndicatorCheckBox:
        outline(option, painter);
        return;
    case PE_IndicatorRadioButton:
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(option->palette.color(QPalette::WindowText));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        return;
    default:
        return;
    }
}

void TextScaledStyle::outline(const QStyleOption* option, QPainter* painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(option->palette.color(QPalette::WindowText));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace pb::ui
