// DateEdit: a date field as the interface writes dates ("21 July 2026"),
// with a calendar to pick from, wide enough for the longest date of the
// language. Qt sizes a date field by its earliest and latest dates only, so
// a long month name ("Gorffennaf", July in Welsh) was cut off, at 200% most
// of all.
#pragma once

#include <QDateEdit>

namespace pb::ui {

class DateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit DateEdit(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int missingWidth() const; // what Qt's own size leaves out, in pixels
};

} // namespace pb::ui
