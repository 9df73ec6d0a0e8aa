// PlanTables: the SQL for one plan version across its tables (plans,
// funding_streams, ras_answers, outcomes, support_items,
// support_item_outcomes, reviews, review_outcomes). Runs inside the caller's
// transaction and begins none; the rules (only drafts change, agreeing
// freezes) are PlanRepository's.
#pragma once

#include "common/result.h"
#include "model/plan.h"
#include "storage/planversion.h"
#include "storage/queryrunner.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pb {

class PlanTables {
public:
    // What PlanRepository checks before it lets an edit through.
    struct State {
        qint64 personId = 0;
        int version = 0;
        PlanStatus status = PlanStatus::Draft;
        QDateTime agreedAt;
    };

    static Result<std::optional<State>> state(const QueryRunner& run, qint64 planId);
    // The person's newest version, if they have any.
    static Result<std::optional<PlanVersion>> latest(const QueryRunner& run, qint64 personId);

    // A new version row and all its rows, exactly as `plan` says (id ignored;
    // personId, version and status used as given). Returns the new plan id.
    // A snapshot is added by markAgreed().
    static Result<qint64> insert(const QueryRunner& run, const Plan& plan);
    // Replaces the contents of a version: review date, budget, deployment,
    // emergency plan and every list. Version, status and agreement stay.
    static Status replaceContents(const QueryRunner& run, qint64 planId, const Plan& plan);

    static Status writeBudget(const QueryRunner& run, qint64 planId, const Budget& budget);
    static Status writeDeployment(
        const QueryRunner& run, qint64 planId, const Deployment& deployment);
    static Status writeEmergency(
        const QueryRunner& run, qint64 planId, const EmergencyPlan& emergency);
    // New keys are added after the last row; existing ones keep their place.
    static Status upsertOutcome(const QueryRunner& run, qint64 planId, const Outcome& outcome);
    static Status deleteOutcome(const QueryRunner& run, qint64 planId, int key);
    static Status upsertItem(const QueryRunner& run, qint64 planId, const SupportItem& item);
    static Status deleteItem(const QueryRunner& run, qint64 planId, int key);
    // `keys` must be exactly the stored keys, in the new order.
    static Status reorderOutcomes(const QueryRunner& run, qint64 planId, const QList<int>& keys);
    static Status reorderItems(const QueryRunner& run, qint64 planId, const QList<int>& keys);
    // Returns the new review's index.
    static Result<int> appendReview(const QueryRunner& run, qint64 planId, const Review& review);
    // False when there is no review at that index.
    static Result<bool> replaceReview(
        const QueryRunner& run, qint64 planId, int index, const Review& review);

    // Records the agreement (status, who, when, review date) and stores the
    // snapshot; once per version.
    static Status markAgreed(
        const QueryRunner& run, const Plan& agreed, const QByteArray& snapshot);
    // Every agreed version of the person older than `version` becomes superseded.
    static Status supersedeOlder(const QueryRunner& run, qint64 personId, int version);

    static Result<Plan> load(const QueryRunner& run, qint64 planId);
    static Result<QList<PlanVersion>> versions(const QueryRunner& run, qint64 personId);
    // Empty optional when the version has no snapshot (a draft).
    static Result<std::optional<QByteArray>> snapshot(const QueryRunner& run, qint64 planId);
};

} // namespace pb
