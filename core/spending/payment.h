// Payment: one movement of money in or out of the account that holds the
// budget (a direct payment's bank or prepaid-card account, or the provider's
// account for an Individual Service Fund): when, how much, who was paid (or
// who paid it in), what for, and which support item it paid for.
//
// Payments belong to the person, not to one plan version: the account goes on
// when a new version of the plan is agreed, and support items keep their key
// across versions, so a payment's link to an item survives. The amount is
// always more than £0; `direction` says which way it went. A council payment
// into the account is money in; paying a personal assistant is money out.
#pragma once

#include "model/enumkey.h"
#include "money/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pb {

enum class PaymentDirection { Out, In };

template <> struct EnumKeyTable<PaymentDirection> {
    static constexpr std::pair<PaymentDirection, const char*> entries[] = {
        {PaymentDirection::Out, "out"},
        {PaymentDirection::In, "in"},
    };
};

struct Payment {
    qint64 id = 0; // 0 until stored
    qint64 personId = 0;
    QDate date;
    Money amount; // more than £0; the direction says which way
    PaymentDirection direction = PaymentDirection::Out;
    QString payee; // who was paid; for money in, who paid it in
    QString description; // what it was for, or the statement's words
    std::optional<int> itemKey; // the support item it paid for, if any

    bool isMoneyIn() const { return direction == PaymentDirection::In; }
    // + for money in, − for money out: what it did to the balance.
    Money signedAmount() const { return isMoneyIn() ? amount : -amount; }

    bool operator==(const Payment&) const = default;
};

} // namespace pb
