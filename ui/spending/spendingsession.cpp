#include "spending/spendingsession.h"

#include "costing/ratetableloader.h"
#include "plan/plansession.h"
#include "storage/database.h"
#include "storage/paymentrepository.h"
#include "storage/planrepository.h"
#include "storage/settingsrepository.h"

#include <algorithm>

namespace pb::ui {

std::unique_ptr<SpendingSession> SpendingSession::open(
    Database& db, PlanSession* plan, Error* error)
{
    std::unique_ptr<SpendingSession> session(new SpendingSession(db, plan));
    for (const Status& s : {session->loadPlan(), session->loadPayments()}) {
        if (!s.ok()) {
            *error = s.error();
            return nullptr;
        }
    }
    auto settings = SpendingSettings::load(*session->m_settingsRepo);
    if (!settings.ok()) {
        *error = settings.error();
        return nullptr;
    }
    session->m_settings = settings.value();
    session->recalculate();
    return session;
}

SpendingSession::SpendingSession(Database& db, PlanSession* plan)
    : m_db(db)
    , m_planSession(plan)
    , m_paymentRepo(std::make_unique<PaymentRepository>(db))
    , m_settingsRepo(std::make_unique<SettingsRepository>(db))
{
    // The plan agreed again, a new version made, or the person's details
    // changed: measure against the version in force now.
    connect(plan, &PlanSession::changed, this, [this] {
        if (!report(loadPlan())) {
            return;
        }
        recalculate();
        emit changed();
    });
}

SpendingSession::~SpendingSession() = default;

const Person& SpendingSession::person() const
{
    return m_planSession->person();
}

Status SpendingSession::loadPlan()
{
    if (m_planSession->plan().status == PlanStatus::Agreed) {
        m_plan = m_planSession->plan();
        m_totals = m_planSession->totals();
        return success();
    }
    PlanRepository plans(m_db);
    auto versions = plans.versions(m_planSession->person().id);
    if (!versions.ok()) {
        return versions.error();
    }
    const auto agreed = std::find_if(versions->crbegin(), versions->crend(),
        [](const PlanVersion& v) { return v.status == PlanStatus::Agreed; });
    if (agreed == versions->crend()) {
        return Error {tr("There is no agreed plan to keep track of yet. Agree the plan first, "
                         "then record what is spent."),
            QStringLiteral("person %1 has no agreed plan").arg(m_planSession->person().id)};
    }
    if (agreed->planId == m_plan.id) {
        return success(); // the same version: its figures don't change
    }
    auto plan = plans.load(agreed->planId);
    if (!plan.ok()) {
        return plan.error();
    }
    m_plan = plan.value();
    const auto rates = RateTableLoader::builtInFor(PlanTotals::costingDate(m_plan));
    m_totals = PlanTotals::calculate(m_plan, rates.ok() ? rates.value() : m_planSession->rates());
    return success();
}

Status SpendingSession::loadPayments()
{
    auto payments = m_paymentRepo->list(m_planSession->person().id);
    if (!payments.ok()) {
        return payments.error();
    }
    m_payments = payments.value();
    return success();
}

const Payment* SpendingSession::payment(qint64 id) const
{
    const auto it = std::find_if(
        m_payments.cbegin(), m_payments.cend(), [id](const Payment& p) { return p.id == id; });
    return it == m_payments.cend() ? nullptr : &*it;
}

QDate SpendingSession::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void SpendingSession::setToday(QDate day)
{
    m_today = day;
    recalculate();
    emit changed();
}

void SpendingSession::recalculate()
{
    m_summary = SpendingSummary::calculate(m_plan, m_totals, m_payments, today(), m_settings);
}

bool SpendingSession::report(const Status& status)
{
    if (!status.ok()) {
        emit editFailed(status.error().message);
        return false;
    }
    return true;
}

bool SpendingSession::addPayments(QList<Payment>& payments)
{
    for (Payment& p : payments) {
        p.personId = person().id;
    }
    auto ids = m_paymentRepo->addAll(payments);
    if (!report(ids.ok() ? success() : Status(ids.error()))) {
        return false;
    }
    for (qsizetype i = 0; i < payments.size(); ++i) {
        payments[i].id = ids->at(i);
    }
    // Read back rather than merged here: the list stays in the store's order.
    if (!report(loadPayments())) {
        return false;
    }
    recalculate();
    emit changed();
    return true;
}

bool SpendingSession::removePayments(const QList<qint64>& ids)
{
    if (!report(m_paymentRepo->removeAll(ids))) {
        return false;
    }
    m_payments.removeIf([&ids](const Payment& p) { return ids.contains(p.id); });
    recalculate();
    emit changed();
    return true;
}

bool SpendingSession::updatePayment(const Payment& payment)
{
    if (!report(m_paymentRepo->update(payment)) || !report(loadPayments())) {
        return false;
    }
    recalculate();
    emit changed();
    return true;
}

bool SpendingSession::applyBuildUpWeeks(int weeks)
{
    if (!report(SpendingSettings::saveBuildUpWeeks(*m_settingsRepo, weeks))) {
        return false;
    }
    m_settings.buildUpWeeks = weeks;
    recalculate();
    emit changed();
    return true;
}

} // namespace pb::ui
