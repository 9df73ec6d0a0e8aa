// SpendingSession: the money side of a person's agreed plan, open in the
// "Keep track of the money" window: their payments, the plan version the
// spending is measured against, the settings kept with the data, the figures
// (SpendingSummary, worked out again after every change), and the undo
// history of the payment edits.
//
// A sibling of PlanSession rather than part of it: payments belong to the
// person, not to a plan version, and are never frozen, so they are edited
// while the plan itself is read-only. The plan measured against is the
// person's agreed version in force: the plan session's own plan when that is
// the agreed one (its totals are used as they are), else the newest agreed
// version (so a new draft being written doesn't change the figures until it
// is agreed). It follows the plan session: when the plan is agreed again or a
// new version is made, the figures are worked out again.
//
// As in PlanSession, every change is saved first (one transaction, durable
// on return), then the values here are updated and changed() is emitted;
// when the save fails nothing here changes and editFailed() says why. The
// window changes payments only through undo commands (ui/spending/*command),
// which call the apply functions below.
#pragma once

#include "costing/plantotals.h"
#include "model/person.h"
#include "model/plan.h"
#include "spending/payment.h"
#include "spending/spendingsettings.h"
#include "spending/spendingsummary.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace pb {
class Database;
class PaymentRepository;
class SettingsRepository;
} // namespace pb

namespace pb::ui {

class PlanSession;

class SpendingSession : public QObject {
    Q_OBJECT
public:
    // Reads the person's payments and agreed plan; nullptr with `error` set
    // when that fails or the person has no agreed plan.
    static std::unique_ptr<SpendingSession> open(Database& db, PlanSession* plan, Error* error);
    ~SpendingSession() override;

    const Person& person() const;
    const Plan& plan() const { return m_plan; } // the agreed version in force
    const PlanTotals& totals() const { return m_totals; }
    const QList<Payment>& payments() const { return m_payments; }
    const Payment* payment(qint64 id) const;
    const SpendingSettings& settings() const { return m_settings; }
    const SpendingSummary& summary() const { return *m_summary; }
    QUndoStack* undoStack() { return &m_undo; }

    // The day the figures are worked out for: today, unless a test or a
    // screenshot sets another.
    QDate today() const;
    void setToday(QDate day);

    // --- for undo commands: each saves, then updates and emits changed().
    // Stores the payments in one transaction; those with id 0 get their new
    // id written back (so undo and redo keep the same rows).
    bool addPayments(QList<Payment>& payments);
    bool removePayments(const QList<qint64>& ids);
    bool updatePayment(const Payment& payment);
    bool applyBuildUpWeeks(int weeks);

signals:
    void changed();
    void editFailed(const QString& message);

private:
    SpendingSession(Database& db, PlanSession* plan);
    Status loadPlan();
    Status loadPayments();
    bool report(const Status& status);
    void recalculate();

    Database& m_db;
    QPointer<PlanSession> m_planSession;
    std::unique_ptr<PaymentRepository> m_paymentRepo;
    std::unique_ptr<SettingsRepository> m_settingsRepo;
    Plan m_plan;
    PlanTotals m_totals;
    QList<Payment> m_payments;
    SpendingSettings m_settings;
    std::optional<SpendingSummary> m_summary;
    QDate m_today; // invalid: the real today
    QUndoStack m_undo;
};

} // namespace pb::ui
