#include "storage/planrepository.h"

#include "storage/database.h"
#include "storage/persontable.h"
#include "storage/plantables.h"
#include "storage/queryrunner.h"
#include "storage/reviewtables.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QLocale>

namespace pb {

namespace {

QString longDate(const QDateTime& moment)
{
    return QLocale().toString(moment.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
}

Status requireKey(int key, const char* what)
{
    if (key <= 0) {
        return StorageError::programFault(
            QStringLiteral("%1 without a key (%2)").arg(QLatin1String(what)).arg(key));
    }
    return success();
}

// A snapshot is kept as TEXT; it must come back byte for byte.
Status requireUtf8(const QByteArray& snapshot)
{
    if (QString::fromUtf8(snapshot).toUtf8() != snapshot) {
        return StorageError::programFault(QStringLiteral("plan snapshot is not valid UTF-8"));
    }
    return success();
}

} // namespace

PlanRepository::PlanRepository(Database& db)
    : m_db(db)
{
}

// --- reading

Result<Plan> PlanRepository::load(qint64 planId) const
{
    return PlanTables::load(QueryRunner(m_db.connection()), planId);
}

Result<std::optional<Plan>> PlanRepository::currentPlan(qint64 personId) const
{
    const QueryRunner run(m_db.connection());
    auto latest = PlanTables::latest(run, personId);
    if (!latest) {
        return latest.error();
    }
    if (!latest->has_value()) {
        return std::optional<Plan>();
    }
    auto plan = PlanTables::load(run, (*latest)->planId);
    if (!plan) {
        return plan.error();
    }
    return std::optional<Plan>(std::move(plan).value());
}

Result<QList<PlanVersion>> PlanRepository::versions(qint64 personId) const
{
    return PlanTables::versions(QueryRunner(m_db.connection()), personId);
}

Result<QByteArray> PlanRepository::snapshot(qint64 planId) const
{
    auto stored = PlanTables::snapshot(QueryRunner(m_db.connection()), planId);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return Error {tr("This version hasn't been agreed yet, so there is no agreed copy of it "
                         "to show."),
            QStringLiteral("plan %1 has no snapshot").arg(planId)};
    }
    return **stored;
}

// --- rules

Status PlanRepository::requireDraft(const QueryRunner& run, qint64 planId) const
{
    auto state = PlanTables::state(run, planId);
    if (!state) {
        return state.error();
    }
    if (!state->has_value()) {
        return StorageError::planNotFound(planId);
    }
    const PlanTables::State& s = **state;
    const QString detail = QStringLiteral("plan %1 is %2").arg(planId).arg(enumKey(s.status));
    switch (s.status) {
    case PlanStatus::Draft:
        return success();
    case PlanStatus::Agreed:
        if (!s.agreedAt.isValid()) {
            return Error {tr("This version has been agreed and can't be changed. Make a new "
                             "version to change it."),
                detail};
        }
        return Error {tr("This version was agreed on %1 and can't be changed. Make a new version "
                         "to change it.")
                          .arg(longDate(s.agreedAt)),
            detail};
    case PlanStatus::Superseded:
        if (!s.agreedAt.isValid()) {
            return Error {tr("This version has been replaced by a newer version, so it can't "
                             "be changed. Open the current version to make changes."),
                detail};
        }
        return Error {tr("This version was agreed on %1 and has since been replaced by a newer "
                         "version, so it can't be changed. Open the current version to make "
                         "changes.")
                          .arg(longDate(s.agreedAt)),
            detail};
    }
    Q_UNREACHABLE();
}

Status PlanRepository::requireReviewable(const QueryRunner& run, qint64 planId) const
{
    auto state = PlanTables::state(run, planId);
    if (!state) {
        return state.error();
    }
    if (!state->has_value()) {
        return StorageError::planNotFound(planId);
    }
    const QString detail =
        QStringLiteral("plan %1 is %2").arg(planId).arg(enumKey((*state)->status));
    switch ((*state)->status) {
    case PlanStatus::Agreed:
        return success();
    case PlanStatus::Draft:
        return Error {tr("This version hasn't been agreed yet. A review looks back at an agreed "
                         "plan, so agree the plan first."),
            detail};
    case PlanStatus::Superseded:
        return Error {tr("This version has been replaced by a newer agreed version. Add the "
                         "review to the current version."),
            detail};
    }
    Q_UNREACHABLE();
}

template <typename Write> Status PlanRepository::editDraft(qint64 planId, Write write)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    const QueryRunner run(m_db.connection());
    if (auto s = requireDraft(run, planId); !s) {
        return s;
    }
    if (auto s = write(run); !s) {
        return s;
    }
    return tx.commit();
}

// --- new versions

Result<Plan> PlanRepository::createPlan(qint64 personId, const Plan& contents, QDate today)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    auto person = PersonTable::load(run, personId);
    if (!person) {
        return person.error();
    }
    auto latest = PlanTables::latest(run, personId);
    if (!latest) {
        return latest.error();
    }
    if (latest->has_value() && (*latest)->status == PlanStatus::Draft) {
        return Error {tr("%1 already has a draft plan (version %2). Open it to make changes.")
                          .arg(person->name)
                          .arg((*latest)->version),
            QStringLiteral("person %1 has draft plan %2").arg(personId).arg((*latest)->planId)};
    }
    Plan plan = contents;
    plan.id = 0;
    plan.personId = personId;
    plan.version = latest->has_value() ? (*latest)->version + 1 : 1;
    plan.status = PlanStatus::Draft;
    plan.createdOn = today;
    plan.agreedAt = {};
    plan.agreedBy.clear();
    plan.reviews.clear();
    auto id = PlanTables::insert(run, plan);
    if (!id) {
        return id.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    plan.id = *id;
    return plan;
}

Result<Plan> PlanRepository::newDraftFrom(qint64 agreedPlanId, QDate today)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    auto next = insertNextDraft(run, agreedPlanId, today);
    if (!next) {
        return next.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return next;
}

Result<Plan> PlanRepository::insertNextDraft(
    const QueryRunner& run, qint64 agreedPlanId, QDate today) const
{
    auto agreed = PlanTables::load(run, agreedPlanId);
    if (!agreed) {
        return agreed.error();
    }
    const QString detail =
        QStringLiteral("plan %1 is %2").arg(agreedPlanId).arg(enumKey(agreed->status));
    if (agreed->status == PlanStatus::Draft) {
        return Error {tr("This version is still a draft, so it can be changed as it is: no new "
                         "version is needed."),
            detail};
    }
    if (agreed->status == PlanStatus::Superseded) {
        return Error {tr("This version has been replaced by a newer one. Make changes from the "
                         "current version instead."),
            detail};
    }
    auto latest = PlanTables::latest(run, agreed->personId);
    if (!latest) {
        return latest.error();
    }
    if (latest->has_value() && (*latest)->version > agreed->version) {
        return Error {tr("Version %1 of this plan already exists. Open it to make changes.")
                          .arg((*latest)->version),
            QStringLiteral("plan %1 is newer").arg((*latest)->planId)};
    }
    Plan next = agreed->nextDraft(today);
    auto id = PlanTables::insert(run, next);
    if (!id) {
        return id.error();
    }
    next.id = *id;
    return next;
}

Result<Plan> PlanRepository::agree(
    qint64 planId, const QString& agreedBy, const QDateTime& when, QDate reviewDate)
{
    if (!when.isValid()) {
        return StorageError::programFault(QStringLiteral("agree() without a time"));
    }
    if (agreedBy.trimmed().isEmpty()) {
        return Error {tr("Say who agreed the plan (a name, and their role if it helps), then "
                         "agree it again. Nothing was changed."),
            {}};
    }
    if (!reviewDate.isValid()) {
        return Error {tr("Choose a date for the first review, then agree the plan again. "
                         "Nothing was changed."),
            {}};
    }
    if (reviewDate < when.toLocalTime().date()) {
        return Error {tr("The review date is before the day the plan is agreed. Choose a later "
                         "review date, then agree the plan again. Nothing was changed."),
            {}};
    }

    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    if (auto s = requireDraft(run, planId); !s) {
        return s.error();
    }
    auto plan = PlanTables::load(run, planId);
    if (!plan) {
        return plan.error();
    }
    auto person = PersonTable::load(run, plan->personId);
    if (!person) {
        return person.error();
    }
    Plan agreed = std::move(plan).value();
    agreed.status = PlanStatus::Agreed;
    agreed.agreedAt = when;
    agreed.agreedBy = agreedBy;
    agreed.reviewDate = reviewDate;
    const QByteArray snapshot = PlanFile::toXml(*person, agreed);
    if (auto s = requireUtf8(snapshot); !s) {
        return s.error();
    }
    if (auto s = PlanTables::markAgreed(run, agreed, snapshot); !s) {
        return s.error();
    }
    if (auto s = PlanTables::supersedeOlder(run, agreed.personId, agreed.version); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return agreed;
}

Result<qint64> PlanRepository::storeImported(
    const QueryRunner& run, const PlanFileContents& contents, ImportAs as) const
{
    Person person = contents.person;
    auto personId = PersonTable::insert(run, person);
    if (!personId) {
        return personId.error();
    }
    person.id = *personId;

    Plan plan = contents.plan;
    plan.id = 0;
    plan.personId = *personId;
    if (as == ImportAs::Draft) {
        plan.version = 1;
        plan.status = PlanStatus::Draft;
        plan.agreedAt = {};
        plan.agreedBy.clear();
    }
    if (!plan.createdOn.isValid()) {
        plan.createdOn = QDate::currentDate();
    }
    plan.version = std::max(plan.version, 1);
    auto planId = PlanTables::insert(run, plan);
    if (!planId) {
        return planId.error();
    }
    if (plan.status != PlanStatus::Draft) {
        plan.id = *planId;
        const QByteArray snapshot = PlanFile::toXml(person, plan);
        if (auto s = requireUtf8(snapshot); !s) {
            return s.error();
        }
        if (auto s = PlanTables::markAgreed(run, plan, snapshot); !s) {
            return s.error();
        }
    }
    return planId;
}

Result<PlanFileContents> PlanRepository::importPlan(const Person& person, const Plan& plan)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    auto planId = storeImported(run, PlanFileContents {person, plan}, ImportAs::Draft);
    if (!planId) {
        return planId.error();
    }
    auto stored = PlanTables::load(run, *planId);
    if (!stored) {
        return stored.error();
    }
    auto storedPerson = PersonTable::load(run, stored->personId);
    if (!storedPerson) {
        return storedPerson.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return PlanFileContents {std::move(storedPerson).value(), std::move(stored).value()};
}

Result<QList<qint64>> PlanRepository::importPlans(const QList<PlanFileContents>& plans, ImportAs as)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    QList<qint64> ids;
    ids.reserve(plans.size());
    for (const PlanFileContents& contents : plans) {
        auto id = storeImported(run, contents, as);
        if (!id) {
            return id.error();
        }
        ids.append(*id);
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return ids;
}

// --- editing a draft

Status PlanRepository::saveDraft(const Plan& plan)
{
    for (const Outcome& o : plan.outcomes) {
        if (auto s = requireKey(o.key, "outcome"); !s) {
            return s;
        }
    }
    for (const SupportItem& i : plan.items) {
        if (auto s = requireKey(i.key, "support item"); !s) {
            return s;
        }
    }
    for (const FundingStream& f : plan.budget.streams) {
        if (auto s = requireKey(f.key, "funding stream"); !s) {
            return s;
        }
    }
    return editDraft(plan.id,
        [&](const QueryRunner& run) { return PlanTables::replaceContents(run, plan.id, plan); });
}

Status PlanRepository::updateBudget(qint64 planId, const Budget& budget)
{
    for (const FundingStream& f : budget.streams) {
        if (auto s = requireKey(f.key, "funding stream"); !s) {
            return s;
        }
    }
    return editDraft(planId,
        [&](const QueryRunner& run) { return PlanTables::writeBudget(run, planId, budget); });
}

Status PlanRepository::upsertOutcome(qint64 planId, const Outcome& outcome)
{
    if (auto s = requireKey(outcome.key, "outcome"); !s) {
        return s;
    }
    return editDraft(planId,
        [&](const QueryRunner& run) { return PlanTables::upsertOutcome(run, planId, outcome); });
}

Status PlanRepository::deleteOutcome(qint64 planId, int outcomeKey)
{
    return editDraft(planId,
        [&](const QueryRunner& run) { return PlanTables::deleteOutcome(run, planId, outcomeKey); });
}

Status PlanRepository::upsertSupportItem(qint64 planId, const SupportItem& item)
{
    if (auto s = requireKey(item.key, "support item"); !s) {
        return s;
    }
    return editDraft(
        planId, [&](const QueryRunner& run) { return PlanTables::upsertItem(run, planId, item); });
}

Status PlanRepository::deleteSupportItem(qint64 planId, int itemKey)
{
    return editDraft(planId,
        [&](const QueryRunner& run) { return PlanTables::deleteItem(run, planId, itemKey); });
}

Status PlanRepository::reorderOutcomes(qint64 planId, const QList<int>& keys)
{
    return editDraft(planId,
        [&](const QueryRunner& run) { return PlanTables::reorderOutcomes(run, planId, keys); });
}

Status PlanRepository::reorderSupportItems(qint64 planId, const QList<int>& keys)
{
    return editDraft(planId,
        [&](const QueryRunner& run) { return PlanTables::reorderItems(run, planId, keys); });
}

Status PlanRepository::setDeployment(qint64 planId, const Deployment& deployment)
{
    return editDraft(planId, [&](const QueryRunner& run) {
        return PlanTables::writeDeployment(run, planId, deployment);
    });
}

Status PlanRepository::setEmergencyPlan(qint64 planId, const EmergencyPlan& emergency)
{
    return editDraft(planId,
        [&](const QueryRunner& run) { return PlanTables::writeEmergency(run, planId, emergency); });
}

// --- reviews

Result<int> PlanRepository::addReview(qint64 planId, const Review& review)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    if (auto s = requireReviewable(run, planId); !s) {
        return s.error();
    }
    auto index = PlanTables::appendReview(run, planId, review);
    if (!index) {
        return index.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return index;
}

Status PlanRepository::updateReview(qint64 planId, int index, const Review& review)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    const QueryRunner run(m_db.connection());
    if (auto s = requireReviewable(run, planId); !s) {
        return s;
    }
    auto found = PlanTables::replaceReview(run, planId, index, review);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return StorageError::programFault(
            QStringLiteral("plan %1 has no review %2").arg(planId).arg(index));
    }
    return tx.commit();
}

Status PlanRepository::saveReview(
    qint64 planId, int index, const std::optional<Review>& review, QDate reviewDate)
{
    // Only a kept review sets the next date; undoing it puts back whatever
    // date was there before, which may well be before the review.
    if (reviewDate.isValid() && review && review->decision == ReviewDecision::KeepPlan
        && review->date.isValid() && reviewDate < review->date) {
        return Error {tr("The next review is before the day of this review. Choose a later date "
                         "for the next review. Nothing was changed."),
            {}};
    }
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    const QueryRunner run(m_db.connection());
    if (auto s = requireReviewable(run, planId); !s) {
        return s;
    }
    auto count = ReviewTables::reviewCount(run, planId);
    if (!count) {
        return count.error();
    }
    const QString detail =
        QStringLiteral("plan %1 has %2 reviews; review %3").arg(planId).arg(*count).arg(index);
    if (!review) {
        if (index != *count - 1) {
            return StorageError::programFault(detail + QStringLiteral(" is not the last"));
        }
        if (auto s = ReviewTables::removeReview(run, planId, index); !s) {
            return s;
        }
    } else if (index == *count) {
        auto added = PlanTables::appendReview(run, planId, *review);
        if (!added) {
            return added.error();
        }
        if (*added != index) {
            return StorageError::programFault(detail + QStringLiteral(" went to %1").arg(*added));
        }
    } else {
        auto found = PlanTables::replaceReview(run, planId, index, *review);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return StorageError::programFault(detail + QStringLiteral(" is not there"));
        }
    }
    if (reviewDate.isValid()) {
        if (auto s = ReviewTables::setReviewDate(run, planId, reviewDate); !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<Plan> PlanRepository::newDraftAfterReview(
    qint64 agreedPlanId, int index, const Review& review, QDate today)
{
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s.error();
    }
    const QueryRunner run(m_db.connection());
    if (auto s = requireReviewable(run, agreedPlanId); !s) {
        return s.error();
    }
    Review changed = review;
    changed.decision = ReviewDecision::ChangePlan;
    auto found = PlanTables::replaceReview(run, agreedPlanId, index, changed);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        auto added = PlanTables::appendReview(run, agreedPlanId, changed);
        if (!added) {
            return added.error();
        }
        if (*added != index) {
            return StorageError::programFault(QStringLiteral("review %1 of plan %2 went to %3")
                                                  .arg(index)
                                                  .arg(agreedPlanId)
                                                  .arg(*added));
        }
    }
    auto state = PlanTables::state(run, agreedPlanId);
    if (!state) {
        return state.error();
    }
    auto latest = PlanTables::latest(run, (*state)->personId);
    if (!latest) {
        return latest.error();
    }
    Result<Plan> draft = Error {};
    if (latest->has_value() && (*latest)->status == PlanStatus::Draft
        && (*latest)->version > (*state)->version) {
        draft = PlanTables::load(run, (*latest)->planId);
    } else {
        draft = insertNextDraft(run, agreedPlanId, today);
    }
    if (!draft) {
        return draft.error();
    }
    if (auto s = ReviewTables::linkChange(run, agreedPlanId, index, draft->id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return draft;
}

} // namespace pb
