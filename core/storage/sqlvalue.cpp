#include "storage/sqlvalue.h"

namespace pb {

QVariant SqlValue::date(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant SqlValue::dateTime(const QDateTime& moment)
{
    return moment.isValid() ? QVariant(moment.toUTC().toString(Qt::ISODateWithMs))
                            : QVariant(QMetaType::fromType<QString>());
}

QVariant SqlValue::money(std::optional<Money> amount)
{
    return amount ? QVariant(amount->pence()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant SqlValue::text(const QString& value)
{
    // NOT NULL text columns: a null QString would bind as NULL.
    return QVariant(value.isNull() ? QString(QLatin1String("")) : value);
}

QDate SqlValue::toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime SqlValue::toDateTime(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

std::optional<Money> SqlValue::toOptionalMoney(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return Money::fromPence(value.toLongLong());
}

} // namespace pb
