#include "plan/steps/money/totalruledelegate.h"

#include <QPainter>

namespace pb::ui {

void TotalRuleDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.row() != index.model()->rowCount(index.parent()) - 1) {
        return;
    }
    // The text colour, so the rule shows in high-contrast themes too.
    painter->save();
    QPen pen(option.palette.color(QPalette::Text));
    pen.setWidth(std::max(1, option.fontMetrics.height() / 16));
    painter->setPen(pen);
    painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    painter->restore();
}

} // namespace pb::ui
