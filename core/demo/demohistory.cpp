#include "demo/demohistory.h"

#include "spending/payment.h"
#include "storage/database.h"
#include "storage/paymentrepository.h"
#include "storage/planrepository.h"
#include "storage/reviewcomment.h"
#include "storage/reviewthemerepository.h"

namespace pb {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

std::optional<int> itemKey(const Plan& plan, const QString& what)
{
    for (const SupportItem& item : plan.items) {
        if (item.what == what) {
            return item.key;
        }
    }
    return std::nullopt;
}

// Daniel's direct payment: £460.83 a month paid in (his £5,530 a year), the
// gym each month, his personal assistant paid monthly for the hours he used.
// He used fewer hours than planned while he was unwell in September, so
// about £1,100 has built up: more than 8 weeks of his budget.
QList<Payment> danielsPayments(qint64 personId, const Plan& plan)
{
    const std::optional<int> assistant = itemKey(plan, s("Personal assistant to go out with me"));
    const std::optional<int> gym = itemKey(plan, s("Gym membership"));
    const QList<int> assistantPence {29700, 22275, 8100, 29700, 32400};
    QList<Payment> payments;
    for (int month = 0; month < 6; ++month) {
        const QDate first = QDate(2026, 7, 1).addMonths(month);
        payments.append({0, personId, first, Money::fromPence(46083), PaymentDirection::In,
            s("Oldham Council"), s("Direct payment"), std::nullopt});
        if (month < 5) {
            payments.append({0, personId, first.addDays(2), Money::fromPounds(30),
                PaymentDirection::Out, s("Oldham Leisure"), s("Gym membership"), gym});
            payments.append({0, personId, first.addMonths(1).addDays(-1),
                Money::fromPence(assistantPence.at(month)), PaymentDirection::Out, s("Marcus Hill"),
                s("Wages for the month"), assistant});
        }
    }
    return payments;
}

// The themes a broker gave what people said was working and not working.
struct Themes {
    const char* person;
    ReviewQuestion question;
    QStringList themes;
};

QList<Themes> reviewThemes()
{
    return {
        {"Grace Thompson", ReviewQuestion::Working, {s("The same workers")}},
        {"Grace Thompson", ReviewQuestion::NotWorking, {s("Transport")}},
        {"Margaret (Peggy) Lewis", ReviewQuestion::Working, {s("The same workers")}},
        {"Margaret (Peggy) Lewis", ReviewQuestion::NotWorking, {s("Transport"), s("Health")}},
    };
}

} // namespace

Status DemoHistory::addTo(
    Database& db, const QList<PlanFileContents>& people, const QList<qint64>& planIds)
{
    PlanRepository plans(db);
    ReviewThemeRepository themes(db);
    const QList<Themes> tagged = reviewThemes();
    for (qsizetype i = 0; i < people.size() && i < planIds.size(); ++i) {
        const QString& name = people.at(i).person.name;
        if (name == QLatin1String("Daniel Okafor")) {
            auto plan = plans.load(planIds.at(i));
            if (!plan.ok()) {
                return plan.error();
            }
            auto added =
                PaymentRepository(db).addAll(danielsPayments(plan.value().personId, plan.value()));
            if (!added.ok()) {
                return added.error();
            }
        }
        for (const Themes& theme : tagged) {
            if (name == QString::fromUtf8(theme.person)) {
                const ReviewComment comment {planIds.at(i), 0, theme.question, 0};
                if (const Status set = themes.setThemes(comment, theme.themes); !set.ok()) {
                    return set;
                }
            }
        }
    }
    return success();
}

} // namespace pb
