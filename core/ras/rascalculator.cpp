#include "ras/rascalculator.h"

#include "ras/rasexplainer.h"

namespace pb {

namespace {

QStringList optionIds(const RasScheme::Question& q)
{
    QStringList ids;
    for (const auto& o : q.options) {
        ids << o.id;
    }
    return ids;
}

QStringList questionIds(const RasScheme& scheme)
{
    QStringList ids;
    for (const auto& q : scheme.questions) {
        ids << q.id;
    }
    return ids;
}

} // namespace

RasCalculator::RasCalculator(RasScheme scheme, QLocale locale)
    : m_scheme(std::move(scheme))
    , m_locale(std::move(locale))
{
}

Result<RasResult> RasCalculator::calculate(const RasAnswers& answers) const
{
    if (answers.schemeId != m_scheme.id) {
        return Error {tr("These answers were made for the scheme \"%1\", not for \"%2\". Choose "
                         "the scheme they were made for.")
                          .arg(answers.schemeId, m_scheme.id),
            m_scheme.name};
    }
    return calculate(answers.answers);
}

Result<RasResult> RasCalculator::calculate(const QMap<QString, QString>& answers) const
{
    if (const Status s = checkAnswers(answers); !s) {
        return s.error();
    }
    try {
        return work(answers);
    } catch (const MoneyOverflow&) {
        // Only a scheme with absurd figures gets here: the validator's limits
        // keep every real sum far inside 64-bit pence.
        return Error {tr("The amount is too large to work out, so the scheme's figures cannot "
                         "be right. Ask whoever made the scheme to check it."),
            m_scheme.id};
    }
}

Status RasCalculator::checkAnswers(const QMap<QString, QString>& answers) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const RasScheme::Question* q = m_scheme.question(it.key());
        if (!q) {
            return Error {tr("The answers name a question that is not in the scheme \"%1\": "
                             "\"%2\". Check the question ids.")
                              .arg(m_scheme.id, it.key()),
                tr("The scheme's questions are: %1.")
                    .arg(questionIds(m_scheme).join(QStringLiteral(", ")))};
        }
        if (!it.value().isEmpty() && !q->option(it.value())) {
            return Error {tr("The answer to the question \"%1\" is \"%2\", which is not one of "
                             "its answers. It can be: %3.")
                              .arg(q->id, it.value(), optionIds(*q).join(QStringLiteral(", "))),
                {}};
        }
    }
    return success();
}

Result<RasResult> RasCalculator::work(const QMap<QString, QString>& answers) const
{
    RasResult r;
    r.schemeId = m_scheme.id;

    // 1. Points.
    for (const auto& q : m_scheme.questions) {
        RasResult::QuestionPoints qp;
        qp.questionId = q.id;
        qp.optionId = answers.value(q.id);
        if (const RasScheme::Option* o = q.option(qp.optionId)) {
            qp.points = o->points;
        } else {
            qp.optionId.clear();
            r.unanswered << q.id;
        }
        r.totalPoints += qp.points;
        r.questionPoints << qp;
    }

    // 2. Points to money.
    switch (m_scheme.rule) {
    case RasScheme::MoneyRule::PricePerPoint:
        r.fromPoints = m_scheme.pricePerPoint.times(r.totalPoints);
        break;
    case RasScheme::MoneyRule::Bands:
        for (const auto& band : m_scheme.bands) {
            if (band.contains(r.totalPoints)) {
                r.band = band;
                r.fromPoints = band.amount;
                break;
            }
        }
        if (!r.band) {
            return Error {tr("The scheme has no band for %1 points, so it cannot give an amount. "
                             "Ask whoever made the scheme to check its bands.")
                              .arg(r.totalPoints),
                m_scheme.id};
        }
        break;
    }

    // 3. Percentages, each a share of the amount from points.
    QList<RasResult::AppliedAdjustment> fixed;
    Money amount = r.fromPoints;
    for (const auto& a : m_scheme.adjustments) {
        if (!a.appliesTo(answers.value(a.questionId))) {
            continue;
        }
        if (a.isPercentage()) {
            const Money change = r.fromPoints.scaled(*a.percentBasisPoints, 10'000);
            amount += change;
            r.adjustments << RasResult::AppliedAdjustment {a, change};
        } else {
            fixed << RasResult::AppliedAdjustment {a, *a.amount};
        }
    }
    if (amount.isNegative()) {
        amount = Money();
        r.percentagesStoppedAtZero = true;
    }
    r.afterPercentages = amount;

    // 4. The council's lowest and highest amounts.
    if (m_scheme.floor && amount < *m_scheme.floor) {
        amount = *m_scheme.floor;
        r.floorApplied = true;
    }
    if (m_scheme.ceiling && amount > *m_scheme.ceiling) {
        amount = *m_scheme.ceiling;
        r.ceilingApplied = true;
    }
    r.afterLimits = amount;

    // 5. Fixed amounts, separate from the council's limits.
    for (const auto& a : fixed) {
        amount += a.change;
        r.adjustments << a;
    }
    if (amount.isNegative()) {
        amount = Money();
        r.fixedStoppedAtZero = true;
    }
    r.amount = amount;

    r.steps = RasExplainer(m_locale).steps(m_scheme, r);
    return r;
}

} // namespace pb
