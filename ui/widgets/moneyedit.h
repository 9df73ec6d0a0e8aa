// MoneyEdit: a field for an amount of money, with its error shown beside it.
//
// What the person types is kept as typed, even when it is wrong, so it can be
// corrected (UI-GUIDE). A valid amount emits amountEdited(); an invalid one
// shows the parser's plain-words message under the field and emits nothing,
// so nothing is changed.
#pragma once

#include "money/money.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace pb::ui {

class MoneyEdit : public QWidget {
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    // Shows the amount (whole pounds or with pence); an empty optional clears.
    void setAmount(std::optional<Money> amount);
    std::optional<Money> amount() const; // nullopt when empty or invalid
    bool hasError() const;
    QString errorText() const;
    QLineEdit* lineEdit() const { return m_edit; }

    void setAccessibleName(const QString& name);
    void setReadOnly(bool readOnly);

signals:
    void amountEdited(std::optional<Money> amount); // nullopt: the field was emptied

private:
    void onTextEdited(const QString& text);
    void showError(const QString& message);

    QLineEdit* m_edit;
    QLabel* m_error;
};

} // namespace pb::ui
