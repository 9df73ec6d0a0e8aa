#include "plan/plansession.h"

#include "checks/planchecker.h"
#include "costing/ratetableloader.h"
#include "storage/caseloadreviewquery.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"

#include <algorithm>

namespace pb::ui {

std::unique_ptr<PlanSession> PlanSession::open(Database& db, qint64 personId, Error* error)
{
    PersonRepository people(db);
    PlanRepository plans(db);
    auto person = people.load(personId);
    if (!person.ok()) {
        *error = person.error();
        return nullptr;
    }
    auto current = plans.currentPlan(personId);
    if (!current.ok()) {
        *error = current.error();
        return nullptr;
    }
    Plan plan;
    if (current.value()) {
        plan = *current.value();
    } else {
        Plan first;
        first.budget.start = QDate::currentDate();
        first.budget.end = first.budget.start.addYears(1).addDays(-1);
        auto created = plans.createPlan(personId, first, QDate::currentDate());
        if (!created.ok()) {
            *error = created.error();
            return nullptr;
        }
        plan = created.value();
    }
    return std::unique_ptr<PlanSession>(new PlanSession(db, person.value(), plan));
}

PlanSession::PlanSession(Database& db, Person person, Plan plan)
    : m_db(db)
    , m_people(std::make_unique<PersonRepository>(db))
    , m_plans(std::make_unique<PlanRepository>(db))
    , m_person(std::move(person))
    , m_plan(std::move(plan))
{
    recalculate();
}

PlanSession::~PlanSession() = default;

QList<PlanVersion> PlanSession::versions() const
{
    auto versions = m_plans->versions(m_person.id);
    return versions.ok() ? versions.value() : QList<PlanVersion>();
}

void PlanSession::recalculate()
{
    const auto rates = RateTableLoader::builtInFor(PlanTotals::costingDate(m_plan));
    if (rates.ok()) {
        m_rates = rates.value();
    }
    m_totals = PlanTotals::calculate(m_plan, m_rates);
    m_findings = PlanChecker(m_rates).check(m_plan, m_totals);
}

bool PlanSession::refuseIfFrozen()
{
    if (!isFrozen()) {
        return false;
    }
    emit editFailed(tr("This version of the plan was agreed, so it can't be changed. "
                       "Choose \"Make a new version\" to change it."));
    return true;
}

bool PlanSession::report(const Status& status)
{
    if (!status.ok()) {
        emit editFailed(status.error().message);
        return false;
    }
    return true;
}

template <typename T> bool PlanSession::reorderTo(QList<T>& list, const T& value, int position)
{
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const T& v) { return v.key == value.key; });
    if (it != list.end()) {
        *it = value;
        return false;
    }
    if (position < 0 || position > list.size()) {
        list.append(value);
        return false;
    }
    list.insert(position, value);
    return position != list.size() - 1;
}

bool PlanSession::applyPerson(const Person& person)
{
    if (!report(m_people->update(person))) {
        return false;
    }
    m_person = person;
    emit changed();
    return true;
}

bool PlanSession::applyBudget(const Budget& budget)
{
    if (refuseIfFrozen() || !report(m_plans->updateBudget(m_plan.id, budget))) {
        return false;
    }
    m_plan.budget = budget;
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::applyOutcome(const Outcome& outcome, int position)
{
    if (refuseIfFrozen() || !report(m_plans->upsertOutcome(m_plan.id, outcome))) {
        return false;
    }
    QList<Outcome> outcomes = m_plan.outcomes;
    if (reorderTo(outcomes, outcome, position)) {
        QList<int> keys;
        for (const auto& o : outcomes) {
            keys.append(o.key);
        }
        if (!report(m_plans->reorderOutcomes(m_plan.id, keys))) {
            return false;
        }
    }
    m_plan.outcomes = outcomes;
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::removeOutcome(int key)
{
    if (refuseIfFrozen() || !report(m_plans->deleteOutcome(m_plan.id, key))) {
        return false;
    }
    m_plan.outcomes.removeIf([key](const Outcome& o) { return o.key == key; });
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::moveOutcome(int key, int position)
{
    QList<Outcome> outcomes = m_plan.outcomes;
    const auto it = std::find_if(
        outcomes.cbegin(), outcomes.cend(), [key](const Outcome& o) { return o.key == key; });
    if (it == outcomes.cend() || position < 0 || position >= outcomes.size()) {
        return false;
    }
    outcomes.move(it - outcomes.cbegin(), position);
    QList<int> keys;
    for (const auto& o : std::as_const(outcomes)) {
        keys.append(o.key);
    }
    if (refuseIfFrozen() || !report(m_plans->reorderOutcomes(m_plan.id, keys))) {
        return false;
    }
    m_plan.outcomes = outcomes;
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::applyItem(const SupportItem& item, int position)
{
    if (refuseIfFrozen() || !report(m_plans->upsertSupportItem(m_plan.id, item))) {
        return false;
    }
    QList<SupportItem> items = m_plan.items;
    if (reorderTo(items, item, position)) {
        QList<int> keys;
        for (const auto& i : items) {
            keys.append(i.key);
        }
        if (!report(m_plans->reorderSupportItems(m_plan.id, keys))) {
            return false;
        }
    }
    m_plan.items = items;
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::removeItem(int key)
{
    if (refuseIfFrozen() || !report(m_plans->deleteSupportItem(m_plan.id, key))) {
        return false;
    }
    m_plan.items.removeIf([key](const SupportItem& i) { return i.key == key; });
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::applyDeployment(const Deployment& deployment)
{
    if (refuseIfFrozen() || !report(m_plans->setDeployment(m_plan.id, deployment))) {
        return false;
    }
    m_plan.deployment = deployment;
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::applyEmergency(const EmergencyPlan& emergency)
{
    if (refuseIfFrozen() || !report(m_plans->setEmergencyPlan(m_plan.id, emergency))) {
        return false;
    }
    m_plan.emergency = emergency;
    recalculate();
    emit changed();
    return true;
}

bool PlanSession::applyReview(int index, const std::optional<Review>& review, QDate reviewDate)
{
    if (!report(m_plans->saveReview(m_plan.id, index, review, reviewDate))) {
        return false;
    }
    if (!review) {
        m_plan.reviews.removeAt(index);
    } else if (index == m_plan.reviews.size()) {
        m_plan.reviews.append(*review);
    } else {
        m_plan.reviews[index] = *review;
    }
    if (reviewDate.isValid()) {
        m_plan.reviewDate = reviewDate;
    }
    emit changed();
    return true;
}

QHash<qint64, QList<Review>> PlanSession::reviewsByVersion() const
{
    QHash<qint64, QList<Review>> byVersion;
    const auto reviews = CaseloadReviewQuery(m_db).forPerson(m_person.id);
    if (reviews.ok()) {
        for (const CaseloadReview& r : reviews.value()) {
            byVersion[r.planId].append(r.review);
        }
    }
    return byVersion;
}

bool PlanSession::changePlanAfterReview(int index, const Review& review)
{
    auto draft = m_plans->newDraftAfterReview(m_plan.id, index, review, QDate::currentDate());
    if (!draft.ok()) {
        emit editFailed(draft.error().message);
        return false;
    }
    m_plan = draft.value();
    m_undo.clear();
    recalculate();
    emit planReplaced();
    emit changed();
    return true;
}

bool PlanSession::agree(const QString& agreedBy, QDate reviewDate)
{
    auto agreed = m_plans->agree(m_plan.id, agreedBy, QDateTime::currentDateTime(), reviewDate);
    if (!agreed.ok()) {
        emit editFailed(agreed.error().message);
        return false;
    }
    m_plan = agreed.value();
    m_undo.clear(); // edits before agreeing belong to a version that is now frozen
    recalculate();
    emit planReplaced();
    emit changed();
    return true;
}

bool PlanSession::makeNewVersion()
{
    auto draft = m_plans->newDraftFrom(m_plan.id, QDate::currentDate());
    if (!draft.ok()) {
        emit editFailed(draft.error().message);
        return false;
    }
    m_plan = draft.value();
    m_undo.clear();
    recalculate();
    emit planReplaced();
    emit changed();
    return true;
}

} // namespace pb::ui
