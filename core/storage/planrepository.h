// PlanRepository: a person's plan versions, and every change the window makes
// to them. Each public call that writes is one transaction, on the disk when
// it returns (synchronous writes), so the window saves each edit as it is
// made and a crash loses at most the edit in flight.
//
// The rules it keeps:
//  - A person has at most one draft, and it is always their newest version.
//  - Only a draft changes. An agreed or superseded version refuses every edit
//    with an Error that says when it was agreed and what to do instead
//    ("Make a new version to change it"): newDraftFrom() copies it.
//  - agree() freezes a draft: status agreed, who and when, the review date,
//    and a snapshot of the plan as agreed (PlanFile::toXml, the .pbplan
//    format) that never changes afterwards; the person's older agreed
//    version becomes superseded in the same transaction.
//  - Reviews look back at an agreed plan: they are added to the agreed
//    (current) version, which otherwise stays frozen; the snapshot keeps the
//    plan as it was agreed.
//  - Deleting an outcome leaves the support items' links to it alone (the
//    store keeps what the model says); the plan checker reports the dangling
//    link and the window decides what to do about it.
//  - Deleting an outcome or item that is already gone succeeds, so undo and
//    redo may repeat themselves safely.
#pragma once

#include "common/result.h"
#include "exchange/planfile.h"
#include "model/person.h"
#include "model/plan.h"
#include "storage/planversion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace pb {

class Database;
class QueryRunner;

class PlanRepository {
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    // How importPlans() stores plans: as new drafts (what a person importing
    // a file expects), or with the status, version and agreement they carry
    // (demo and synthetic caseloads, moving a whole caseload).
    enum class ImportAs { Draft, Recorded };

    explicit PlanRepository(Database& db);

    // --- reading
    Result<Plan> load(qint64 planId) const;
    // The person's newest version (a draft if they have one); nullopt when
    // they have no plan yet.
    Result<std::optional<Plan>> currentPlan(qint64 personId) const;
    // Oldest first.
    Result<QList<PlanVersion>> versions(qint64 personId) const;
    // The plan exactly as it was agreed (PlanFile XML); an Error for a draft.
    Result<QByteArray> snapshot(qint64 planId) const;

    // --- new versions
    // Stores `contents` as the person's next version, a draft made `today`
    // (agreement and reviews are not copied). Refused while the person
    // already has a draft. Returns the stored plan.
    Result<Plan> createPlan(qint64 personId, const Plan& contents, QDate today);
    // The next version of an agreed plan (Plan::nextDraft), stored. Refused
    // for a draft, for a superseded version, and when a newer version exists.
    Result<Plan> newDraftFrom(qint64 agreedPlanId, QDate today);
    // Freezes a draft as described above; returns the agreed plan.
    Result<Plan> agree(
        qint64 planId, const QString& agreedBy, const QDateTime& when, QDate reviewDate);
    // A plan from a .pbplan file: the person is added as someone new and the
    // plan stored as their version 1 draft, in one transaction. Everything in
    // the file is kept (reviews too) except the agreement: agreeing is
    // something this caseload does. Returns both with their new ids.
    Result<PlanFileContents> importPlan(const Person& person, const Plan& plan);
    // Many at once, all or nothing, in one transaction. Returns the plan ids
    // in order. With ImportAs::Recorded an agreed or superseded plan keeps
    // its agreement and gets its snapshot.
    Result<QList<qint64>> importPlans(const QList<PlanFileContents>& plans, ImportAs as);

    // --- editing a draft (each refused for an agreed or superseded version)
    // The whole plan: review date, budget, deployment, emergency plan and
    // every list, replaced together. plan.id names the version; its person,
    // version, status and agreement are not changed by this.
    Status saveDraft(const Plan& plan);
    // Amounts, period, dates, source, RAS scheme and answers, funding streams.
    Status updateBudget(qint64 planId, const Budget& budget);
    Status upsertOutcome(qint64 planId, const Outcome& outcome);
    Status deleteOutcome(qint64 planId, int outcomeKey);
    Status upsertSupportItem(qint64 planId, const SupportItem& item);
    Status deleteSupportItem(qint64 planId, int itemKey);
    // `keys`: every key of the plan's outcomes (items), once, in the new order.
    Status reorderOutcomes(qint64 planId, const QList<int>& keys);
    Status reorderSupportItems(qint64 planId, const QList<int>& keys);
    Status setDeployment(qint64 planId, const Deployment& deployment);
    Status setEmergencyPlan(qint64 planId, const EmergencyPlan& emergency);

    // --- reviews (agreed, current versions only)
    Result<int> addReview(qint64 planId, const Review& review);
    Status updateReview(qint64 planId, int index, const Review& review);
    // The Review page's one write: review `index` and the plan's next review
    // date, saved together. An index one past the last review adds it; an
    // existing index replaces it; nullopt removes it with its themes (the
    // last review only: that is how adding it is undone). An invalid
    // `reviewDate` leaves the date as it is; with a kept review (the next
    // review is being set) it must not be before the review's day.
    Status saveReview(
        qint64 planId, int index, const std::optional<Review>& review, QDate reviewDate);
    // "Change my plan": saves review `index` (its decision ChangePlan), makes
    // the next version as newDraftFrom() does, and records that the review
    // led to it (CaseloadReview::changedToPlanId), in one transaction. When
    // the person already has a newer draft, the review is linked to that
    // draft instead of making another. Returns the draft.
    Result<Plan> newDraftAfterReview(
        qint64 agreedPlanId, int index, const Review& review, QDate today);

private:
    // Runs `write` in a transaction after checking that planId is a draft.
    template <typename Write> Status editDraft(qint64 planId, Write write);
    Status requireDraft(const QueryRunner& run, qint64 planId) const;
    Status requireReviewable(const QueryRunner& run, qint64 planId) const;
    // newDraftFrom()'s work, inside the caller's transaction.
    Result<Plan> insertNextDraft(const QueryRunner& run, qint64 agreedPlanId, QDate today) const;
    Result<qint64> storeImported(
        const QueryRunner& run, const PlanFileContents& contents, ImportAs as) const;

    Database& m_db;
};

} // namespace pb
