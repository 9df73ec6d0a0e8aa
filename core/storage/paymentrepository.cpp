#include "storage/paymentrepository.h"

#include "storage/database.h"
#include "storage/queryrunner.h"
#include "storage/sqlvalue.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace pb {

namespace {

Status requireValid(const Payment& p)
{
    if (p.personId <= 0 || !p.date.isValid() || p.amount.isNegative() || p.amount.isZero()) {
        return StorageError::programFault(
            QStringLiteral("payment without a person, a date or an amount above 0 (person %1, "
                           "date %2, %3 pence)")
                .arg(p.personId)
                .arg(p.date.toString(Qt::ISODate))
                .arg(p.amount.pence()));
    }
    return success();
}

QVariant itemKeyValue(const Payment& p)
{
    return p.itemKey ? QVariant(*p.itemKey) : QVariant(QMetaType::fromType<int>());
}

} // namespace

PaymentRepository::PaymentRepository(Database& db)
    : m_db(db)
{
}

Result<QList<Payment>> PaymentRepository::list(qint64 personId) const
{
    auto selected = QueryRunner(m_db.connection())
                        .select(QStringLiteral("SELECT id, paid_on, amount_pence, direction, payee,"
                                               " description, item_key FROM payments"
                                               " WHERE person_id = ? ORDER BY paid_on, id"),
                            {personId});
    if (!selected) {
        return selected.error();
    }
    QSqlQuery query = std::move(selected).value();
    QList<Payment> payments;
    while (query.next()) {
        Payment p;
        p.id = query.value(0).toLongLong();
        p.personId = personId;
        p.date = SqlValue::toDate(query.value(1));
        if (!p.date.isValid()) {
            return StorageError::unreadableValue(
                QStringLiteral("payment date"), query.value(1).toString());
        }
        p.amount = SqlValue::toMoney(query.value(2));
        const auto direction = enumFromKey<PaymentDirection>(query.value(3).toString());
        if (!direction) {
            return StorageError::unreadableValue(
                QStringLiteral("payment direction"), query.value(3).toString());
        }
        p.direction = *direction;
        p.payee = query.value(4).toString();
        p.description = query.value(5).toString();
        if (!query.value(6).isNull()) {
            p.itemKey = query.value(6).toInt();
        }
        payments.append(p);
    }
    return payments;
}

Result<QList<qint64>> PaymentRepository::addAll(const QList<Payment>& payments)
{
    for (const Payment& p : payments) {
        if (auto s = requireValid(p); !s) {
            return s.error();
        }
    }
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    QList<qint64> ids;
    ids.reserve(payments.size());
    for (const Payment& p : payments) {
        QVariantList values {p.personId, SqlValue::date(p.date), SqlValue::money(p.amount),
            SqlValue::key(p.direction), SqlValue::text(p.payee), SqlValue::text(p.description),
            itemKeyValue(p)};
        if (p.id > 0) {
            values.prepend(p.id);
            auto r = run.change(QStringLiteral("INSERT INTO payments (id, person_id, paid_on,"
                                               " amount_pence, direction, payee, description,"
                                               " item_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                values);
            if (!r) {
                return r.error();
            }
            ids.append(p.id);
        } else {
            auto id = run.insert(QStringLiteral("INSERT INTO payments (person_id, paid_on,"
                                                " amount_pence, direction, payee, description,"
                                                " item_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                values);
            if (!id) {
                return id.error();
            }
            ids.append(*id);
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return ids;
}

Result<qint64> PaymentRepository::add(const Payment& payment)
{
    auto ids = addAll({payment});
    if (!ids) {
        return ids.error();
    }
    return ids->constFirst();
}

Status PaymentRepository::update(const Payment& p)
{
    if (auto s = requireValid(p); !s) {
        return s;
    }
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    auto rows =
        QueryRunner(m_db.connection())
            .change(QStringLiteral("UPDATE payments SET paid_on = ?, amount_pence = ?,"
                                   " direction = ?, payee = ?, description = ?,"
                                   " item_key = ? WHERE id = ?"),
                {SqlValue::date(p.date), SqlValue::money(p.amount), SqlValue::key(p.direction),
                    SqlValue::text(p.payee), SqlValue::text(p.description), itemKeyValue(p), p.id});
    if (!rows) {
        return rows.error();
    }
    if (*rows == 0) {
        return StorageError::programFault(QStringLiteral("no payment with id %1").arg(p.id));
    }
    return tx.commit();
}

Status PaymentRepository::removeAll(const QList<qint64>& ids)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    const QueryRunner run(m_db.connection());
    for (qint64 id : ids) {
        if (auto r = run.change(QStringLiteral("DELETE FROM payments WHERE id = ?"), {id}); !r) {
            return r.error();
        }
    }
    return tx.commit();
}

} // namespace pb
