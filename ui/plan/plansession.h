// PlanSession: the person and plan open in the window, the one way pages
// change them, and the undo history of those changes.
//
// Every change is saved before it is shown: apply*() writes through the
// repositories (one transaction, durable on return) and only then updates the
// values held here and emits changed(). When the write fails (a full or
// read-only disk) nothing here changes and editFailed() says why in plain
// words. Pages never call apply*() directly: they push an undo command (see
// ui/commands), and the command calls apply*(), so every edit can be undone.
//
// An agreed plan is frozen: apply*() refuses and pages show it read-only,
// with "Make a new version" (makeNewVersion) to change it.
#pragma once

#include "checks/finding.h"
#include "costing/plantotals.h"
#include "costing/ratetable.h"
#include "exchange/planfile.h"
#include "storage/planversion.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace pb {
class Database;
class PersonRepository;
class PlanRepository;
} // namespace pb

namespace pb::ui {

class PlanSession : public QObject {
    Q_OBJECT
public:
    // Loads the person and their current plan (making a first draft when
    // they have none). Returns nullptr and sets `error` when that fails.
    static std::unique_ptr<PlanSession> open(Database& db, qint64 personId, Error* error);
    ~PlanSession() override;

    const Person& person() const { return m_person; }
    const Plan& plan() const { return m_plan; }
    bool isFrozen() const { return m_plan.isFrozen(); }
    QUndoStack* undoStack() { return &m_undo; }
    const RateTable& rates() const { return m_rates; }
    // The open database, for pages that keep their own data beside the plan
    // (the payments of "Keep track of the money").
    Database& database() const { return m_db; }

    // Worked out again after each change, so cheap to ask for.
    const PlanTotals& totals() const { return m_totals; }
    const QList<Finding>& findings() const { return m_findings; }
    QList<PlanVersion> versions() const;

    // --- for undo commands: each saves, then updates and emits changed().
    bool applyPerson(const Person& person);
    bool applyBudget(const Budget& budget);
    bool applyOutcome(
        const Outcome& outcome, int position = -1); // add or replace; position for re-insertion
    bool removeOutcome(int key);
    // Moves the outcome with `key` to `position` (0 is the top) in one write.
    bool moveOutcome(int key, int position);
    bool applyItem(const SupportItem& item, int position = -1);
    bool removeItem(int key);
    bool applyDeployment(const Deployment& deployment);
    bool applyEmergency(const EmergencyPlan& emergency);

    // --- reviews of the agreed version, which otherwise stays frozen (for
    // EditReviewCommand): review `index` and the next review date, saved
    // together (PlanRepository::saveReview). `index` one past the last adds
    // the review; nullopt removes the last (undoing the add).
    bool applyReview(int index, const std::optional<Review>& review, QDate reviewDate);
    // Every review of every version of this person's plan, by plan id, for
    // the plan's history.
    QHash<qint64, QList<Review>> reviewsByVersion() const;

    // --- decisions, not undoable (they are confirmed in a dialog first)
    bool agree(const QString& agreedBy, QDate reviewDate);
    bool makeNewVersion();
    // "Change my plan" at a review: saves review `index`, makes a new draft
    // from the agreed plan and links the review to it; the session then
    // holds the draft, as after makeNewVersion().
    bool changePlanAfterReview(int index, const Review& review);

    // A key for a new outcome, item or stream.
    int nextKey() const { return m_plan.nextKey(); }

signals:
    void changed();
    // The plan itself was swapped (a new version, agreed): pages reset.
    void planReplaced();
    void editFailed(const QString& message);

private:
    PlanSession(Database& db, Person person, Plan plan);
    bool refuseIfFrozen();
    bool report(const Status& status);
    template <typename T> bool reorderTo(QList<T>& list, const T& value, int position);
    void recalculate();

    Database& m_db;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<PlanRepository> m_plans;
    Person m_person;
    Plan m_plan;
    RateTable m_rates;
    PlanTotals m_totals;
    QList<Finding> m_findings;
    QUndoStack m_undo;
};

} // namespace pb::ui
