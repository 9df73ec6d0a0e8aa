#include "widgets/fieldsync.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace pb::ui::fieldsync {

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker block(edit);
        edit->setPlainText(text);
    }
}

void setChecked(QAbstractButton* button, bool checked)
{
    if (button->isChecked() != checked) {
        const QSignalBlocker block(button);
        button->setChecked(checked);
    }
}

void setCurrentData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index != combo->currentIndex()) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(index);
    }
}

void setDate(QDateEdit* edit, const QDate& date)
{
    if (edit->date() != date) {
        const QSignalBlocker block(edit);
        edit->setDate(date);
    }
}

} // namespace pb::ui::fieldsync
