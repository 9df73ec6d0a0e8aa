// QuantityEdit: a field for how many hours, sessions or things, with its
// error shown beside it (the same shape as MoneyEdit). What is typed is kept
// as typed, even when wrong, so it can be corrected; the number is read with
// QuantityText::parse, whose limits depend on the unit and the period, so the
// owner says which (setUnit) and the field checks itself again when they
// change. An empty field is not an error while typing; validate() at saving
// time says so.
#pragma once

#include "plan/steps/support/quantitytext.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace pb::ui {

class QuantityEdit : public QWidget {
    Q_OBJECT
public:
    explicit QuantityEdit(QWidget* parent = nullptr);

    void setUnit(QuantityText::Unit unit, Period period);
    // Shows the number; an empty optional clears the field.
    void setHundredths(std::optional<int> hundredths);
    // nullopt when empty or wrong.
    std::optional<int> hundredths() const;
    bool isEmpty() const;
    bool hasError() const;
    QString errorText() const;
    // Checks what is typed now, shows the message when it is wrong (an empty
    // field too), and says whether it is right.
    bool validate();

    QLineEdit* lineEdit() const { return m_edit; }
    // Puts `widget` (the "how often" choice) beside the field, above the error.
    void setCompanion(QWidget* widget);
    void setAccessibleName(const QString& name);
    void setReadOnly(bool readOnly);

signals:
    // The text changed by typing; hundredths() has the number, if any.
    void edited();

private:
    void check(bool emptyIsError);
    void showError(const QString& message);

    QLineEdit* m_edit;
    QLabel* m_error;
    QHBoxLayout* m_row;
    QuantityText::Unit m_unit = QuantityText::Unit::Any;
    Period m_period = Period::Week;
};

} // namespace pb::ui
