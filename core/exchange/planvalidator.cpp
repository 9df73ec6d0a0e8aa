#include "exchange/planvalidator.h"

#include "exchange/planfile.h"
#include "money/moneyformatter.h"

#include <QSet>

#include <optional>

namespace pb {

namespace {

// The first problem found: a plain phrase for the person, a field path for
// the detail.
struct Problem {
    QString what;
    QString field;
};

class Checker {
public:
    std::optional<Problem> problem;

    void fail(const QString& what, const QString& field)
    {
        if (!problem) {
            problem = Problem {what, field};
        }
    }

    void text(const QString& value, const QString& field)
    {
        if (value.size() > PlanFile::kMaxTextLength) {
            fail(PlanValidator::tr("a piece of text is longer than %L1 characters")
                     .arg(PlanFile::kMaxTextLength),
                QStringLiteral("%1 has %2 characters").arg(field).arg(value.size()));
        }
    }

    void money(Money amount, const QString& field)
    {
        if (amount.isNegative()) {
            fail(PlanValidator::tr("an amount of money is less than nothing"),
                QStringLiteral("%1 = %2 pence").arg(field).arg(amount.pence()));
        } else if (amount.pence() > PlanFile::kMaxAmountPence) {
            fail(PlanValidator::tr("an amount of money is more than %1")
                     .arg(MoneyFormatter().format(Money::fromPence(PlanFile::kMaxAmountPence))),
                QStringLiteral("%1 = %2 pence").arg(field).arg(amount.pence()));
        }
    }

    void money(const std::optional<Money>& amount, const QString& field)
    {
        if (amount) {
            money(*amount, field);
        }
    }

    void id(qint64 value, const QString& field)
    {
        if (value < 0) {
            fail(PlanValidator::tr("a record number is less than zero"),
                QStringLiteral("%1 = %2").arg(field).arg(value));
        }
    }

    template <typename T>
    void uniqueKeys(const QList<T>& list, const QString& what, const QString& field)
    {
        QSet<int> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const int key = list.at(i).key;
            const QString path = QStringLiteral("%1[%2].key = %3").arg(field).arg(i).arg(key);
            if (key < 0) {
                fail(PlanValidator::tr("%1 has a number less than zero").arg(what), path);
            } else if (seen.contains(key)) {
                fail(PlanValidator::tr("two of the %1 have the same number").arg(what), path);
            }
            seen.insert(key);
        }
    }
};

} // namespace

Status PlanValidator::check(const Person& person, const Plan& plan)
{
    Checker c;

    c.id(person.id, QStringLiteral("person.id"));
    for (const auto& [value, name] : {
             std::pair {&person.name, "name"},
             std::pair {&person.helperName, "helperName"},
             std::pair {&person.phone, "phone"},
             std::pair {&person.email, "email"},
             std::pair {&person.address, "address"},
             std::pair {&person.preferredLanguage, "preferredLanguage"},
         }) {
        c.text(*value, QStringLiteral("person.") + QLatin1String(name));
    }

    c.id(plan.id, QStringLiteral("plan.id"));
    c.id(plan.personId, QStringLiteral("plan.personId"));
    if (plan.version < 1 || plan.version > kMaxPlanVersion) {
        c.fail(tr("the plan's version number is not possible"),
            QStringLiteral("plan.version = %1").arg(plan.version));
    }
    c.text(plan.agreedBy, QStringLiteral("plan.agreedBy"));

    const Budget& budget = plan.budget;
    c.money(budget.indicative, QStringLiteral("budget.indicative"));
    c.money(budget.agreed, QStringLiteral("budget.agreed"));
    c.text(budget.rasSchemeId, QStringLiteral("budget.rasSchemeId"));
    for (auto it = budget.rasAnswers.cbegin(); it != budget.rasAnswers.cend(); ++it) {
        c.text(it.key(), QStringLiteral("budget.rasAnswers key"));
        c.text(it.value(), QStringLiteral("budget.rasAnswers[%1]").arg(it.key().left(64)));
    }
    c.uniqueKeys(budget.streams, tr("funding streams"), QStringLiteral("budget.streams"));
    for (qsizetype i = 0; i < budget.streams.size(); ++i) {
        const FundingStream& s = budget.streams.at(i);
        const QString path = QStringLiteral("budget.streams[%1]").arg(i);
        c.money(s.amount, path + QStringLiteral(".amount"));
        c.text(s.note, path + QStringLiteral(".note"));
    }

    c.uniqueKeys(plan.outcomes, tr("outcomes"), QStringLiteral("plan.outcomes"));
    QSet<int> outcomeKeys;
    for (qsizetype i = 0; i < plan.outcomes.size(); ++i) {
        const Outcome& o = plan.outcomes.at(i);
        outcomeKeys.insert(o.key);
        const QString path = QStringLiteral("plan.outcomes[%1]").arg(i);
        c.text(o.text, path + QStringLiteral(".text"));
        c.text(o.howIWillKnow, path + QStringLiteral(".howIWillKnow"));
    }

    c.text(plan.deployment.nominee, QStringLiteral("deployment.nominee"));
    c.text(plan.deployment.isfProvider, QStringLiteral("deployment.isfProvider"));
    c.text(plan.deployment.thirdParty, QStringLiteral("deployment.thirdParty"));

    c.uniqueKeys(plan.items, tr("support items"), QStringLiteral("plan.items"));
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const SupportItem& item = plan.items.at(i);
        const QString path = QStringLiteral("plan.items[%1]").arg(i);
        c.text(item.what, path + QStringLiteral(".what"));
        c.text(item.provider, path + QStringLiteral(".provider"));
        c.text(item.notes, path + QStringLiteral(".notes"));
        c.money(item.unitPrice, path + QStringLiteral(".unitPrice"));
        if (item.quantityHundredths < 0 || item.quantityHundredths > kMaxQuantityHundredths) {
            c.fail(tr("a piece of support has an impossible quantity"),
                QStringLiteral("%1.quantityHundredths = %2")
                    .arg(path)
                    .arg(item.quantityHundredths));
        }
        for (const int key : item.outcomeKeys) {
            if (!outcomeKeys.contains(key)) {
                c.fail(tr("a piece of support is for an outcome that is not in the plan"),
                    QStringLiteral("%1.outcomeKeys has %2").arg(path).arg(key));
            }
        }
    }

    c.text(plan.emergency.whatToDo, QStringLiteral("emergency.whatToDo"));
    c.text(plan.emergency.contactName, QStringLiteral("emergency.contactName"));
    c.text(plan.emergency.contactPhone, QStringLiteral("emergency.contactPhone"));

    for (qsizetype i = 0; i < plan.reviews.size(); ++i) {
        const Review& review = plan.reviews.at(i);
        const QString path = QStringLiteral("plan.reviews[%1]").arg(i);
        c.text(review.reviewer, path + QStringLiteral(".reviewer"));
        c.text(review.working, path + QStringLiteral(".working"));
        c.text(review.notWorking, path + QStringLiteral(".notWorking"));
        c.text(review.importantForFuture, path + QStringLiteral(".importantForFuture"));
        if (review.overallHappiness < 0 || review.overallHappiness > 5) {
            c.fail(tr("a review's happiness score is not between 1 and 5"),
                QStringLiteral("%1.overallHappiness = %2").arg(path).arg(review.overallHappiness));
        }
        for (qsizetype j = 0; j < review.outcomes.size(); ++j) {
            const OutcomeReview& r = review.outcomes.at(j);
            const QString rpath = QStringLiteral("%1.outcomes[%2]").arg(path).arg(j);
            c.text(r.comment, rpath + QStringLiteral(".comment"));
            if (!outcomeKeys.contains(r.outcomeKey)) {
                c.fail(tr("a review looks at an outcome that is not in the plan"),
                    QStringLiteral("%1.outcomeKey = %2").arg(rpath).arg(r.outcomeKey));
            }
        }
    }

    if (c.problem) {
        return Error {tr("This file holds a plan that cannot be right (%1), so nothing was "
                         "imported. Ask the person who sent it for a new copy.")
                          .arg(c.problem->what),
            c.problem->field};
    }
    return success();
}

} // namespace pb
