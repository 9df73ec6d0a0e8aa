// SqlValue: how model values are written to and read from portable columns.
// Dates are ISO text ("2027-03-03"), moments ISO text in UTC with
// milliseconds ("2027-03-03T10:15:00.000Z", so they sort and compare as
// text), money whole pence in BIGINT, flags 0/1 in INTEGER, enums their
// stable keys (enumKey/periodKey). Empty dates and absent amounts are NULL.
#pragma once

#include "model/enumkey.h"
#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace pb {

class SqlValue {
public:
    static QVariant date(QDate date);
    static QVariant dateTime(const QDateTime& moment);
    static QVariant money(std::optional<Money> amount);
    static QVariant money(Money amount) { return QVariant(amount.pence()); }
    static QVariant flag(bool value) { return QVariant(value ? 1 : 0); }
    static QVariant text(const QString& value);
    template <typename E> static QVariant key(E value) { return QVariant(enumKey(value)); }

    // Readers: an empty or unparseable value gives an empty date or moment;
    // callers that must tell "empty" from "damaged" check the text first.
    static QDate toDate(const QVariant& value);
    static QDateTime toDateTime(const QVariant& value);
    static std::optional<Money> toOptionalMoney(const QVariant& value);
    static Money toMoney(const QVariant& value) { return Money::fromPence(value.toLongLong()); }
    static bool toFlag(const QVariant& value) { return value.toInt() != 0; }
};

} // namespace pb
