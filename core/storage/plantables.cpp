#include "storage/plantables.h"

#include "storage/sqlvalue.h"
#include "storage/storageerror.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace pb {

namespace {

// Reads keys and dates of one row, remembering the first value it couldn't
// read, so a damaged row is reported instead of loading as something else.
class RowReader {
public:
    template <typename E> E key(const QVariant& value, const char* what)
    {
        const auto parsed = enumFromKey<E>(value.toString());
        if (!parsed) {
            fail(what, value.toString());
            return E {};
        }
        return *parsed;
    }
    Period period(const QVariant& value, const char* what)
    {
        const auto parsed = periodFromKey(value.toString());
        if (!parsed) {
            fail(what, value.toString());
            return Period::Year;
        }
        return *parsed;
    }
    QDate date(const QVariant& value, const char* what)
    {
        const QDate parsed = SqlValue::toDate(value);
        if (!value.isNull() && !parsed.isValid()) {
            fail(what, value.toString());
        }
        return parsed;
    }
    QDateTime moment(const QVariant& value, const char* what)
    {
        const QDateTime parsed = SqlValue::toDateTime(value);
        if (!value.isNull() && !parsed.isValid()) {
            fail(what, value.toString());
        }
        return parsed;
    }
    const std::optional<Error>& error() const { return m_error; }

private:
    void fail(const char* what, const QString& value)
    {
        if (!m_error) {
            m_error = StorageError::unreadableValue(QLatin1String(what), value);
        }
    }
    std::optional<Error> m_error;
};

const QLatin1String kPlanColumns(
    "id, person_id, version, status, created_on, agreed_at, agreed_by, review_date,"
    " budget_indicative_pence, budget_agreed_pence, budget_period, budget_start, budget_end,"
    " budget_source, ras_scheme_id, deployment_choice, deployment_nominee,"
    " deployment_isf_provider, deployment_third_party, emergency_what_to_do,"
    " emergency_contact_name, emergency_contact_phone");

QVariantList budgetValues(const Budget& b)
{
    return {SqlValue::money(b.indicative), SqlValue::money(b.agreed), periodKey(b.period),
        SqlValue::date(b.start), SqlValue::date(b.end), SqlValue::key(b.source),
        SqlValue::text(b.rasSchemeId)};
}

QVariantList deploymentValues(const Deployment& d)
{
    return {SqlValue::key(d.choice), SqlValue::text(d.nominee), SqlValue::text(d.isfProvider),
        SqlValue::text(d.thirdParty)};
}

QVariantList emergencyValues(const EmergencyPlan& e)
{
    return {
        SqlValue::text(e.whatToDo), SqlValue::text(e.contactName), SqlValue::text(e.contactPhone)};
}

Status asStatus(const Result<int>& rows)
{
    if (!rows) {
        return rows.error();
    }
    return success();
}

Result<int> nextPosition(const QueryRunner& run, const QString& table, qint64 planId)
{
    auto selected = run.select(
        QStringLiteral("SELECT MAX(position) FROM %1 WHERE plan_id = ?").arg(table), {planId});
    if (!selected) {
        return selected.error();
    }
    QSqlQuery query = std::move(selected).value();
    if (!query.next() || query.value(0).isNull()) {
        return 0;
    }
    return query.value(0).toInt() + 1;
}

Status insertStreams(const QueryRunner& run, qint64 planId, const QList<FundingStream>& streams)
{
    for (int i = 0; i < streams.size(); ++i) {
        const FundingStream& s = streams.at(i);
        if (auto st = asStatus(run.change(
                QStringLiteral("INSERT INTO funding_streams (plan_id, stream_key, position, source,"
                               " amount_pence, note) VALUES (?, ?, ?, ?, ?, ?)"),
                {planId, s.key, i, SqlValue::key(s.source), SqlValue::money(s.amount),
                    SqlValue::text(s.note)}));
            !st) {
            return st;
        }
    }
    return success();
}

Status insertAnswers(const QueryRunner& run, qint64 planId, const QMap<QString, QString>& answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (auto st =
                asStatus(run.change(QStringLiteral("INSERT INTO ras_answers (plan_id,"
                                                   " question_id, option_id) VALUES (?, ?, ?)"),
                    {planId, SqlValue::text(it.key()), SqlValue::text(it.value())}));
            !st) {
            return st;
        }
    }
    return success();
}

Status insertOutcome(const QueryRunner& run, qint64 planId, const Outcome& o, int position)
{
    return asStatus(run.change(
        QStringLiteral("INSERT INTO outcomes (plan_id, outcome_key, position, outcome_text,"
                       " life_area, top_three, how_i_will_know) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {planId, o.key, position, SqlValue::text(o.text), SqlValue::key(o.lifeArea),
            SqlValue::flag(o.topThree), SqlValue::text(o.howIWillKnow)}));
}

QVariantList itemFieldValues(const SupportItem& i)
{
    return {SqlValue::key(i.type), SqlValue::text(i.what), SqlValue::text(i.provider),
        SqlValue::key(i.route), SqlValue::key(i.paidFrom), SqlValue::money(i.unitPrice),
        i.quantityHundredths, periodKey(i.frequency), SqlValue::flag(i.includeEmploymentCosts),
        SqlValue::flag(i.paidToCloseRelativeInHousehold),
        SqlValue::flag(i.councilAgreedRelativePayment), SqlValue::text(i.notes)};
}

Status insertItemLinks(const QueryRunner& run, qint64 planId, const SupportItem& item)
{
    for (int i = 0; i < item.outcomeKeys.size(); ++i) {
        if (auto st = asStatus(run.change(
                QStringLiteral("INSERT INTO support_item_outcomes (plan_id, item_key, position,"
                               " outcome_key) VALUES (?, ?, ?, ?)"),
                {planId, item.key, i, item.outcomeKeys.at(i)}));
            !st) {
            return st;
        }
    }
    return success();
}

Status insertItem(const QueryRunner& run, qint64 planId, const SupportItem& item, int position)
{
    QVariantList values {planId, item.key, position};
    values += itemFieldValues(item);
    if (auto st = asStatus(run.change(
            QStringLiteral("INSERT INTO support_items (plan_id, item_key, position, support_type,"
                           " what, provider, route, paid_from, unit_price_pence,"
                           " quantity_hundredths, frequency, include_employment_costs,"
                           " paid_to_close_relative, council_agreed_relative, notes)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values));
        !st) {
        return st;
    }
    return insertItemLinks(run, planId, item);
}

Status insertReview(const QueryRunner& run, qint64 planId, const Review& r, int position)
{
    if (auto st = asStatus(run.change(
            QStringLiteral("INSERT INTO reviews (plan_id, position, review_date, reviewer, working,"
                           " not_working, important_for_future, overall_happiness, decision)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {planId, position, SqlValue::date(r.date), SqlValue::text(r.reviewer),
                SqlValue::text(r.working), SqlValue::text(r.notWorking),
                SqlValue::text(r.importantForFuture), r.overallHappiness,
                SqlValue::key(r.decision)}));
        !st) {
        return st;
    }
    for (int i = 0; i < r.outcomes.size(); ++i) {
        const OutcomeReview& o = r.outcomes.at(i);
        if (auto st = asStatus(run.change(
                QStringLiteral("INSERT INTO review_outcomes (plan_id, review_position, position,"
                               " outcome_key, rating, comment) VALUES (?, ?, ?, ?, ?, ?)"),
                {planId, position, i, o.outcomeKey, SqlValue::key(o.rating),
                    SqlValue::text(o.comment)}));
            !st) {
            return st;
        }
    }
    return success();
}

Status deleteRows(const QueryRunner& run, const QString& table, qint64 planId)
{
    return asStatus(
        run.change(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(table), {planId}));
}

Status insertChildren(const QueryRunner& run, qint64 planId, const Plan& plan)
{
    if (auto st = insertStreams(run, planId, plan.budget.streams); !st) {
        return st;
    }
    if (auto st = insertAnswers(run, planId, plan.budget.rasAnswers); !st) {
        return st;
    }
    for (int i = 0; i < plan.outcomes.size(); ++i) {
        if (auto st = insertOutcome(run, planId, plan.outcomes.at(i), i); !st) {
            return st;
        }
    }
    for (int i = 0; i < plan.items.size(); ++i) {
        if (auto st = insertItem(run, planId, plan.items.at(i), i); !st) {
            return st;
        }
    }
    for (int i = 0; i < plan.reviews.size(); ++i) {
        if (auto st = insertReview(run, planId, plan.reviews.at(i), i); !st) {
            return st;
        }
    }
    return success();
}

Status deleteChildren(const QueryRunner& run, qint64 planId)
{
    // Children before parents, so it works with or without cascading keys.
    // (The snapshot is not a child here: drafts have none.)
    for (const char* table : {"review_outcomes", "reviews", "support_item_outcomes",
             "support_items", "outcomes", "ras_answers", "funding_streams"}) {
        if (auto st = deleteRows(run, QLatin1String(table), planId); !st) {
            return st;
        }
    }
    return success();
}

Status reorder(const QueryRunner& run, qint64 planId, const QString& table,
    const QString& keyColumn, const QList<int>& keys)
{
    auto selected = run.select(
        QStringLiteral("SELECT %1 FROM %2 WHERE plan_id = ?").arg(keyColumn, table), {planId});
    if (!selected) {
        return selected.error();
    }
    QSqlQuery query = std::move(selected).value();
    QSet<int> stored;
    while (query.next()) {
        stored.insert(query.value(0).toInt());
    }
    const QSet<int> given(keys.cbegin(), keys.cend());
    if (given != stored || given.size() != keys.size()) {
        return StorageError::programFault(
            QStringLiteral("reorder of %1 for plan %2 does not name every stored key once")
                .arg(table)
                .arg(planId));
    }
    for (int i = 0; i < keys.size(); ++i) {
        if (auto st = asStatus(
                run.change(QStringLiteral("UPDATE %1 SET position = ? WHERE plan_id = ? AND %2 = ?")
                               .arg(table, keyColumn),
                    {i, planId, keys.at(i)}));
            !st) {
            return st;
        }
    }
    return success();
}

} // namespace

Result<std::optional<PlanTables::State>> PlanTables::state(const QueryRunner& run, qint64 planId)
{
    auto selected = run.select(
        QStringLiteral("SELECT person_id, version, status, agreed_at FROM plans WHERE id = ?"),
        {planId});
    if (!selected) {
        return selected.error();
    }
    QSqlQuery query = std::move(selected).value();
    if (!query.next()) {
        return std::optional<State>();
    }
    RowReader read;
    State state {query.value(0).toLongLong(), query.value(1).toInt(),
        read.key<PlanStatus>(query.value(2), "plan status"),
        read.moment(query.value(3), "agreement time")};
    if (read.error()) {
        return *read.error();
    }
    return std::optional<State>(state);
}

Result<std::optional<PlanVersion>> PlanTables::latest(const QueryRunner& run, qint64 personId)
{
    auto all = versions(run, personId);
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return std::optional<PlanVersion>();
    }
    return std::optional<PlanVersion>(all->constLast());
}

Result<qint64> PlanTables::insert(const QueryRunner& run, const Plan& plan)
{
    QVariantList values {plan.personId, plan.version, SqlValue::key(plan.status),
        SqlValue::date(plan.createdOn), SqlValue::dateTime(plan.agreedAt),
        SqlValue::text(plan.agreedBy), SqlValue::date(plan.reviewDate)};
    values += budgetValues(plan.budget);
    values += deploymentValues(plan.deployment);
    values += emergencyValues(plan.emergency);
    auto id = run.insert(
        QStringLiteral("INSERT INTO plans (person_id, version, status, created_on, agreed_at,"
                       " agreed_by, review_date, budget_indicative_pence, budget_agreed_pence,"
                       " budget_period, budget_start, budget_end, budget_source, ras_scheme_id,"
                       " deployment_choice, deployment_nominee, deployment_isf_provider,"
                       " deployment_third_party, emergency_what_to_do, emergency_contact_name,"
                       " emergency_contact_phone)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    if (!id) {
        return id.error();
    }
    if (auto st = insertChildren(run, *id, plan); !st) {
        return st.error();
    }
    return id;
}

Status PlanTables::replaceContents(const QueryRunner& run, qint64 planId, const Plan& plan)
{
    QVariantList values {SqlValue::date(plan.reviewDate)};
    values += budgetValues(plan.budget);
    values += deploymentValues(plan.deployment);
    values += emergencyValues(plan.emergency);
    values.append(planId);
    if (auto st = asStatus(run.change(
            QStringLiteral("UPDATE plans SET review_date = ?, budget_indicative_pence = ?,"
                           " budget_agreed_pence = ?, budget_period = ?, budget_start = ?,"
                           " budget_end = ?, budget_source = ?, ras_scheme_id = ?,"
                           " deployment_choice = ?, deployment_nominee = ?,"
                           " deployment_isf_provider = ?, deployment_third_party = ?,"
                           " emergency_what_to_do = ?, emergency_contact_name = ?,"
                           " emergency_contact_phone = ? WHERE id = ?"),
            values));
        !st) {
        return st;
    }
    if (auto st = deleteChildren(run, planId); !st) {
        return st;
    }
    return insertChildren(run, planId, plan);
}

Status PlanTables::writeBudget(const QueryRunner& run, qint64 planId, const Budget& budget)
{
    QVariantList values = budgetValues(budget);
    values.append(planId);
    if (auto st = asStatus(run.change(
            QStringLiteral("UPDATE plans SET budget_indicative_pence = ?, budget_agreed_pence = ?,"
                           " budget_period = ?, budget_start = ?, budget_end = ?,"
                           " budget_source = ?, ras_scheme_id = ? WHERE id = ?"),
            values));
        !st) {
        return st;
    }
    for (const char* table : {"funding_streams", "ras_answers"}) {
        if (auto st = deleteRows(run, QLatin1String(table), planId); !st) {
            return st;
        }
    }
    if (auto st = insertStreams(run, planId, budget.streams); !st) {
        return st;
    }
    return insertAnswers(run, planId, budget.rasAnswers);
}

Status PlanTables::writeDeployment(
    const QueryRunner& run, qint64 planId, const Deployment& deployment)
{
    QVariantList values = deploymentValues(deployment);
    values.append(planId);
    return asStatus(run.change(
        QStringLiteral("UPDATE plans SET deployment_choice = ?, deployment_nominee = ?,"
                       " deployment_isf_provider = ?, deployment_third_party = ? WHERE id = ?"),
        values));
}

Status PlanTables::writeEmergency(
    const QueryRunner& run, qint64 planId, const EmergencyPlan& emergency)
{
    QVariantList values = emergencyValues(emergency);
    values.append(planId);
    return asStatus(run.change(
        QStringLiteral("UPDATE plans SET emergency_what_to_do = ?, emergency_contact_name = ?,"
                       " emergency_contact_phone = ? WHERE id = ?"),
        values));
}

Status PlanTables::upsertOutcome(const QueryRunner& run, qint64 planId, const Outcome& o)
{
    auto rows = run.change(QStringLiteral("UPDATE outcomes SET outcome_text = ?, life_area = ?,"
                                          " top_three = ?, how_i_will_know = ?"
                                          " WHERE plan_id = ? AND outcome_key = ?"),
        {SqlValue::text(o.text), SqlValue::key(o.lifeArea), SqlValue::flag(o.topThree),
            SqlValue::text(o.howIWillKnow), planId, o.key});
    if (!rows) {
        return rows.error();
    }
    if (*rows > 0) {
        return success();
    }
    auto position = nextPosition(run, QStringLiteral("outcomes"), planId);
    if (!position) {
        return position.error();
    }
    return insertOutcome(run, planId, o, *position);
}

Status PlanTables::deleteOutcome(const QueryRunner& run, qint64 planId, int key)
{
    return asStatus(
        run.change(QStringLiteral("DELETE FROM outcomes WHERE plan_id = ? AND outcome_key = ?"),
            {planId, key}));
}

Status PlanTables::upsertItem(const QueryRunner& run, qint64 planId, const SupportItem& item)
{
    QVariantList values = itemFieldValues(item);
    values << planId << item.key;
    auto rows = run.change(
        QStringLiteral(
            "UPDATE support_items SET support_type = ?, what = ?, provider = ?,"
            " route = ?, paid_from = ?, unit_price_pence = ?, quantity_hundredths = ?,"
            " frequency = ?, include_employment_costs = ?, paid_to_close_relative = ?,"
            " council_agreed_relative = ?, notes = ? WHERE plan_id = ? AND item_key = ?"),
        values);
    if (!rows) {
        return rows.error();
    }
    if (*rows == 0) {
        auto position = nextPosition(run, QStringLiteral("support_items"), planId);
        if (!position) {
            return position.error();
        }
        return insertItem(run, planId, item, *position);
    }
    if (auto st = asStatus(run.change(QStringLiteral("DELETE FROM support_item_outcomes"
                                                     " WHERE plan_id = ? AND item_key = ?"),
            {planId, item.key}));
        !st) {
        return st;
    }
    return insertItemLinks(run, planId, item);
}

Status PlanTables::deleteItem(const QueryRunner& run, qint64 planId, int key)
{
    if (auto st = asStatus(run.change(QStringLiteral("DELETE FROM support_item_outcomes"
                                                     " WHERE plan_id = ? AND item_key = ?"),
            {planId, key}));
        !st) {
        return st;
    }
    return asStatus(
        run.change(QStringLiteral("DELETE FROM support_items WHERE plan_id = ? AND item_key = ?"),
            {planId, key}));
}

Status PlanTables::reorderOutcomes(const QueryRunner& run, qint64 planId, const QList<int>& keys)
{
    return reorder(run, planId, QStringLiteral("outcomes"), QStringLiteral("outcome_key"), keys);
}

Status PlanTables::reorderItems(const QueryRunner& run, qint64 planId, const QList<int>& keys)
{
    return reorder(run, planId, QStringLiteral("support_items"), QStringLiteral("item_key"), keys);
}

Result<int> PlanTables::appendReview(const QueryRunner& run, qint64 planId, const Review& review)
{
    auto position = nextPosition(run, QStringLiteral("reviews"), planId);
    if (!position) {
        return position.error();
    }
    if (auto st = insertReview(run, planId, review, *position); !st) {
        return st.error();
    }
    return position;
}

Result<bool> PlanTables::replaceReview(
    const QueryRunner& run, qint64 planId, int index, const Review& review)
{
    if (auto st = asStatus(run.change(QStringLiteral("DELETE FROM review_outcomes"
                                                     " WHERE plan_id = ? AND review_position = ?"),
            {planId, index}));
        !st) {
        return st.error();
    }
    auto rows = run.change(
        QStringLiteral("DELETE FROM reviews WHERE plan_id = ? AND position = ?"), {planId, index});
    if (!rows) {
        return rows.error();
    }
    if (*rows == 0) {
        return false;
    }
    if (auto st = insertReview(run, planId, review, index); !st) {
        return st.error();
    }
    return true;
}

Status PlanTables::markAgreed(
    const QueryRunner& run, const Plan& agreed, const QByteArray& snapshot)
{
    if (auto st = asStatus(run.change(
            QStringLiteral("UPDATE plans SET status = ?, agreed_at = ?,"
                           " agreed_by = ?, review_date = ? WHERE id = ?"),
            {SqlValue::key(agreed.status), SqlValue::dateTime(agreed.agreedAt),
                SqlValue::text(agreed.agreedBy), SqlValue::date(agreed.reviewDate), agreed.id}));
        !st) {
        return st;
    }
    return asStatus(
        run.change(QStringLiteral("INSERT INTO plan_snapshots (plan_id, snapshot) VALUES (?, ?)"),
            {agreed.id, QString::fromUtf8(snapshot)}));
}

Status PlanTables::supersedeOlder(const QueryRunner& run, qint64 personId, int version)
{
    return asStatus(run.change(QStringLiteral("UPDATE plans SET status = ? WHERE person_id = ?"
                                              " AND status = ? AND version < ?"),
        {SqlValue::key(PlanStatus::Superseded), personId, SqlValue::key(PlanStatus::Agreed),
            version}));
}

Result<Plan> PlanTables::load(const QueryRunner& run, qint64 planId)
{
    Plan plan;
    RowReader read;
    {
        auto qResult = run.select(
            QStringLiteral("SELECT %1 FROM plans WHERE id = ?").arg(kPlanColumns), {planId});
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        if (!q.next()) {
            return StorageError::planNotFound(planId);
        }
        plan.id = q.value(0).toLongLong();
        plan.personId = q.value(1).toLongLong();
        plan.version = q.value(2).toInt();
        plan.status = read.key<PlanStatus>(q.value(3), "plan status");
        plan.createdOn = read.date(q.value(4), "date the plan was made");
        plan.agreedAt = read.moment(q.value(5), "agreement time");
        plan.agreedBy = q.value(6).toString();
        plan.reviewDate = read.date(q.value(7), "review date");
        Budget& b = plan.budget;
        b.indicative = SqlValue::toOptionalMoney(q.value(8));
        b.agreed = SqlValue::toOptionalMoney(q.value(9));
        b.period = read.period(q.value(10), "budget period");
        b.start = read.date(q.value(11), "budget start");
        b.end = read.date(q.value(12), "budget end");
        b.source = read.key<BudgetSource>(q.value(13), "budget source");
        b.rasSchemeId = q.value(14).toString();
        plan.deployment.choice = read.key<DeploymentChoice>(q.value(15), "deployment");
        plan.deployment.nominee = q.value(16).toString();
        plan.deployment.isfProvider = q.value(17).toString();
        plan.deployment.thirdParty = q.value(18).toString();
        plan.emergency.whatToDo = q.value(19).toString();
        plan.emergency.contactName = q.value(20).toString();
        plan.emergency.contactPhone = q.value(21).toString();
    }
    {
        auto qResult = run.select(QStringLiteral("SELECT stream_key, source, amount_pence, note"
                                                 " FROM funding_streams WHERE plan_id = ?"
                                                 " ORDER BY position"),
            {planId});
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        while (q.next()) {
            plan.budget.streams.append(FundingStream {q.value(0).toInt(),
                read.key<FundingSource>(q.value(1), "funding source"),
                SqlValue::toMoney(q.value(2)), q.value(3).toString()});
        }
    }
    {
        auto qResult = run.select(
            QStringLiteral("SELECT question_id, option_id FROM ras_answers WHERE plan_id = ?"),
            {planId});
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        while (q.next()) {
            plan.budget.rasAnswers.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    {
        auto qResult =
            run.select(QStringLiteral("SELECT outcome_key, outcome_text, life_area, top_three,"
                                      " how_i_will_know FROM outcomes WHERE plan_id = ?"
                                      " ORDER BY position"),
                {planId});
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        while (q.next()) {
            plan.outcomes.append(Outcome {q.value(0).toInt(), q.value(1).toString(),
                read.key<LifeArea>(q.value(2), "life area"), SqlValue::toFlag(q.value(3)),
                q.value(4).toString()});
        }
    }
    {
        auto qResult = run.select(
            QStringLiteral("SELECT item_key, support_type, what, provider, route, paid_from,"
                           " unit_price_pence, quantity_hundredths, frequency,"
                           " include_employment_costs, paid_to_close_relative,"
                           " council_agreed_relative, notes FROM support_items WHERE plan_id = ?"
                           " ORDER BY position"),
            {planId});
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        while (q.next()) {
            SupportItem item;
            item.key = q.value(0).toInt();
            item.type = read.key<SupportType>(q.value(1), "support type");
            item.what = q.value(2).toString();
            item.provider = q.value(3).toString();
            item.route = read.key<Route>(q.value(4), "payment route");
            item.paidFrom = read.key<FundingSource>(q.value(5), "funding source");
            item.unitPrice = SqlValue::toMoney(q.value(6));
            item.quantityHundredths = q.value(7).toInt();
            item.frequency = read.period(q.value(8), "support frequency");
            item.includeEmploymentCosts = SqlValue::toFlag(q.value(9));
            item.paidToCloseRelativeInHousehold = SqlValue::toFlag(q.value(10));
            item.councilAgreedRelativePayment = SqlValue::toFlag(q.value(11));
            item.notes = q.value(12).toString();
            plan.items.append(item);
        }
    }
    if (!plan.items.isEmpty()) {
        auto qResult =
            run.select(QStringLiteral("SELECT item_key, outcome_key FROM support_item_outcomes"
                                      " WHERE plan_id = ? ORDER BY item_key, position"),
                {planId});
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        while (q.next()) {
            const int itemKey = q.value(0).toInt();
            const auto it = std::find_if(plan.items.begin(), plan.items.end(),
                [itemKey](const SupportItem& i) { return i.key == itemKey; });
            if (it != plan.items.end()) {
                it->outcomeKeys.append(q.value(1).toInt());
            }
        }
    }
    {
        auto qResult = run.select(QStringLiteral("SELECT position, review_date, reviewer, working,"
                                                 " not_working, important_for_future,"
                                                 " overall_happiness, decision FROM reviews"
                                                 " WHERE plan_id = ? ORDER BY position"),
            {planId});
        if (!qResult) {
            return qResult.error();
        }
        QSqlQuery q = std::move(qResult).value();
        QList<int> positions;
        while (q.next()) {
            positions.append(q.value(0).toInt());
            Review r;
            r.date = read.date(q.value(1), "review date");
            r.reviewer = q.value(2).toString();
            r.working = q.value(3).toString();
            r.notWorking = q.value(4).toString();
            r.importantForFuture = q.value(5).toString();
            r.overallHappiness = q.value(6).toInt();
            r.decision = read.key<ReviewDecision>(q.value(7), "review decision");
            plan.reviews.append(r);
        }
        if (!plan.reviews.isEmpty()) {
            auto oResult =
                run.select(QStringLiteral("SELECT review_position, outcome_key, rating, comment"
                                          " FROM review_outcomes WHERE plan_id = ?"
                                          " ORDER BY review_position, position"),
                    {planId});
            if (!oResult) {
                return oResult.error();
            }
            QSqlQuery o = std::move(oResult).value();
            while (o.next()) {
                const qsizetype index = positions.indexOf(o.value(0).toInt());
                if (index >= 0) {
                    plan.reviews[index].outcomes.append(OutcomeReview {o.value(1).toInt(),
                        read.key<OutcomeRating>(o.value(2), "outcome rating"),
                        o.value(3).toString()});
                }
            }
        }
    }
    if (read.error()) {
        return *read.error();
    }
    return plan;
}

Result<QList<PlanVersion>> PlanTables::versions(const QueryRunner& run, qint64 personId)
{
    auto qResult =
        run.select(QStringLiteral("SELECT id, version, status, created_on, agreed_at,"
                                  " agreed_by, review_date FROM plans WHERE person_id = ?"
                                  " ORDER BY version"),
            {personId});
    if (!qResult) {
        return qResult.error();
    }
    QSqlQuery q = std::move(qResult).value();
    RowReader read;
    QList<PlanVersion> list;
    while (q.next()) {
        list.append(PlanVersion {q.value(0).toLongLong(), q.value(1).toInt(),
            read.key<PlanStatus>(q.value(2), "plan status"),
            read.date(q.value(3), "date the plan was made"),
            read.moment(q.value(4), "agreement time"), q.value(5).toString(),
            read.date(q.value(6), "review date")});
    }
    if (read.error()) {
        return *read.error();
    }
    return list;
}

Result<std::optional<QByteArray>> PlanTables::snapshot(const QueryRunner& run, qint64 planId)
{
    auto qResult = run.select(QStringLiteral("SELECT pl.id, s.snapshot FROM plans pl"
                                             " LEFT JOIN plan_snapshots s ON s.plan_id = pl.id"
                                             " WHERE pl.id = ?"),
        {planId});
    if (!qResult) {
        return qResult.error();
    }
    QSqlQuery q = std::move(qResult).value();
    if (!q.next()) {
        return StorageError::planNotFound(planId);
    }
    if (q.value(1).isNull()) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(q.value(1).toString().toUtf8());
}

} // namespace pb
