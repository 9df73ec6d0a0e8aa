#include "storage/caseloadquery.h"

#include "storage/database.h"
#include "storage/queryrunner.h"
#include "storage/sqlvalue.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <vector>

namespace pb {

namespace {

// The newest version of each person's plan: the one with the highest version
// number. A correlated subquery rather than a window function, so it runs on
// every SQL database; plans(person_id, version) is unique, hence indexed.
const QLatin1String kCurrentPlan(
    "pl.version = (SELECT MAX(v.version) FROM plans v WHERE v.person_id = pl.person_id)");

template <typename E> std::optional<E> keyOf(const QVariant& value)
{
    return enumFromKey<E>(value.toString());
}

void sortByPosition(QList<SupportItem>& items, const QList<int>& positions)
{
    if (std::is_sorted(positions.cbegin(), positions.cend())) {
        return;
    }
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return positions.at(a) < positions.at(b); });
    QList<SupportItem> sorted;
    sorted.reserve(items.size());
    for (const qsizetype i : order) {
        sorted.append(items.at(i));
    }
    items = std::move(sorted);
}

} // namespace

CaseloadQuery::CaseloadQuery(Database& db)
    : m_db(db)
{
}

Result<QList<CaseloadEntry>> CaseloadQuery::list(Archived archived, Items items) const
{
    return select(archived, items, std::nullopt);
}

Result<std::optional<CaseloadEntry>> CaseloadQuery::entry(qint64 personId) const
{
    auto found = select(Archived::Shown, Items::With, personId);
    if (!found.ok()) {
        return found.error();
    }
    if (found.value().isEmpty()) {
        return std::optional<CaseloadEntry>();
    }
    return std::optional<CaseloadEntry>(found.value().constFirst());
}

Result<QList<CaseloadEntry>> CaseloadQuery::select(
    Archived archived, Items items, std::optional<qint64> onlyPerson) const
{
    const QueryRunner run(m_db.connection());
    // Conditions on persons p, each starting " AND "; the ids are integers,
    // so formatting them into the statement cannot inject anything.
    QString personFilter;
    if (archived == Archived::Hidden) {
        personFilter += QStringLiteral(" AND p.archived = 0");
    }
    if (onlyPerson) {
        personFilter += QStringLiteral(" AND p.id = %1").arg(*onlyPerson);
    }
    const QString whereArchived =
        personFilter.isEmpty() ? QString() : QStringLiteral(" WHERE 1 = 1") + personFilter;

    QList<CaseloadEntry> entries;
    QHash<qint64, qsizetype> byPlan;
    {
        auto qResult = run.select(
            QStringLiteral("SELECT p.id, p.name, p.date_of_birth, p.wants_easy_read, p.archived,"
                           " pl.id, pl.version, pl.status, pl.created_on, pl.agreed_at,"
                           " pl.review_date, pl.deployment_choice, pl.budget_indicative_pence,"
                           " pl.budget_agreed_pence, pl.budget_period"
                           " FROM persons p LEFT JOIN plans pl ON pl.person_id = p.id AND %1"
                           "%2 ORDER BY p.name, p.id")
                .arg(kCurrentPlan, whereArchived));
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        while (q.next()) {
            CaseloadEntry e;
            e.personId = q.value(0).toLongLong();
            e.name = q.value(1).toString();
            e.dateOfBirth = SqlValue::toDate(q.value(2));
            e.wantsEasyRead = SqlValue::toFlag(q.value(3));
            e.archived = SqlValue::toFlag(q.value(4));
            if (!q.value(5).isNull()) {
                e.planId = q.value(5).toLongLong();
                e.version = q.value(6).toInt();
                const auto status = keyOf<PlanStatus>(q.value(7));
                const auto choice = keyOf<DeploymentChoice>(q.value(11));
                const auto period = periodFromKey(q.value(14).toString());
                if (!status || !choice || !period) {
                    return StorageError::unreadableValue(
                        QStringLiteral("plan %1 header").arg(e.planId),
                        QStringLiteral("%1/%2/%3")
                            .arg(q.value(7).toString(), q.value(11).toString(),
                                q.value(14).toString()));
                }
                e.status = *status;
                e.createdOn = SqlValue::toDate(q.value(8));
                e.agreedAt = SqlValue::toDateTime(q.value(9));
                e.reviewDate = SqlValue::toDate(q.value(10));
                e.deployment = *choice;
                const auto indicative = SqlValue::toOptionalMoney(q.value(12));
                const auto agreed = SqlValue::toOptionalMoney(q.value(13));
                e.budgetAmount = agreed ? agreed : indicative;
                e.budgetPeriod = *period;
                if (e.budgetAmount) {
                    e.budgetAYear = convert(*e.budgetAmount, e.budgetPeriod, Period::Year);
                }
                byPlan.insert(e.planId, entries.size());
            }
            entries.append(std::move(e));
        }
    }

    if (items == Items::With && !byPlan.isEmpty()) {
        auto qResult = run.select(
            QStringLiteral("SELECT si.plan_id, si.item_key, si.support_type, si.route,"
                           " si.paid_from, si.unit_price_pence, si.quantity_hundredths,"
                           " si.frequency, si.include_employment_costs, si.position"
                           " FROM support_items si WHERE si.plan_id IN ("
                           "SELECT pl.id FROM plans pl JOIN persons p ON p.id = pl.person_id"
                           " WHERE %1%2)")
                .arg(kCurrentPlan, personFilter));
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        // A list of plan ids rather than a join: SQLite then reads each
        // plan's items together, about twice as fast. Rows come grouped by
        // plan but not in the plan's order: sorting a few items per plan here
        // is cheaper than sorting every row in SQL.
        std::vector<QList<int>> itemPositions(static_cast<std::size_t>(entries.size()));
        while (q.next()) {
            const auto at = byPlan.constFind(q.value(0).toLongLong());
            if (at == byPlan.cend()) {
                continue;
            }
            SupportItem item;
            item.key = q.value(1).toInt();
            const auto type = keyOf<SupportType>(q.value(2));
            const auto route = keyOf<Route>(q.value(3));
            const auto paidFrom = keyOf<FundingSource>(q.value(4));
            const auto frequency = periodFromKey(q.value(7).toString());
            if (!type || !route || !paidFrom || !frequency) {
                return StorageError::unreadableValue(QStringLiteral("support item %1 of plan %2")
                                                         .arg(item.key)
                                                         .arg(q.value(0).toLongLong()),
                    QStringLiteral("%1/%2/%3/%4")
                        .arg(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                            q.value(7).toString()));
            }
            item.type = *type;
            item.route = *route;
            item.paidFrom = *paidFrom;
            item.unitPrice = SqlValue::toMoney(q.value(5));
            item.quantityHundredths = q.value(6).toInt();
            item.frequency = *frequency;
            item.includeEmploymentCosts = SqlValue::toFlag(q.value(8));
            entries[*at].items.append(item);
            itemPositions[static_cast<std::size_t>(*at)].append(q.value(9).toInt());
        }
        for (const qsizetype at : std::as_const(byPlan)) {
            sortByPosition(entries[at].items, itemPositions[static_cast<std::size_t>(at)]);
        }
    }
    return entries;
}

} // namespace pb
