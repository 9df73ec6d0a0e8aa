// TotalRuleDelegate: draws a table's cells as usual, and a rule above the
// last row, so a total reads as a total (UI-GUIDE: "the total in bold under
// a rule"; the bold comes from the model's FontRole).
#pragma once

#include <QStyledItemDelegate>

namespace pb::ui {

class TotalRuleDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
};

} // namespace pb::ui
