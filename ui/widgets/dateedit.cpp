#include "widgets/dateedit.h"

#include <algorithm>

namespace pb::ui {

DateEdit::DateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("d MMMM yyyy"));
}

int DateEdit::missingWidth() const
{
    const QFontMetrics metrics = fontMetrics();
    const QString space(QLatin1Char(' '));
    int widest = 0;
    for (int month = 1; month <= 12; ++month) {
        const QString shown = locale().toString(QDate(2000, month, 28), displayFormat());
        widest = std::max(widest, metrics.horizontalAdvance(shown + space));
    }
    // What QAbstractSpinBox::sizeHint() measures: the earliest and latest
    // dates (cut to 18 characters) and the special value text.
    int measured = metrics.horizontalAdvance(specialValueText());
    for (const QDate& date : {minimumDate(), maximumDate()}) {
        measured = std::max(measured,
            metrics.horizontalAdvance(locale().toString(date, displayFormat()).left(18) + space));
    }
    return std::max(0, widest - measured);
}

QSize DateEdit::sizeHint() const
{
    return QDateEdit::sizeHint() + QSize(missingWidth(), 0);
}

QSize DateEdit::minimumSizeHint() const
{
    return QDateEdit::minimumSizeHint() + QSize(missingWidth(), 0);
}

} // namespace pb::ui
