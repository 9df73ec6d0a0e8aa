// FieldSync: puts a value from the plan into a field without disturbing the
// person typing in it. Pages refresh every field after every change (the
// change may be an undo, or come from another page); a field whose content
// already matches is left alone, so the cursor and selection stay put, and
// signals are blocked so a refresh never makes a new edit.
#pragma once

#include <QString>
#include <QVariant>

class QAbstractButton;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QDateEdit;
class QDate;

namespace pb::ui::fieldsync {

void setText(QLineEdit* edit, const QString& text);
void setText(QPlainTextEdit* edit, const QString& text);
void setChecked(QAbstractButton* button, bool checked);
// Selects the entry whose item data equals `data`.
void setCurrentData(QComboBox* combo, const QVariant& data);
void setDate(QDateEdit* edit, const QDate& date);

} // namespace pb::ui::fieldsync
