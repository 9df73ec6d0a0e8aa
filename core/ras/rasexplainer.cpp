#include "ras/rasexplainer.h"

namespace pb {

namespace {

// A reason is written to be followed by ", so the amount …"; a full stop an
// author added out of habit would end the sentence too soon.
QString clause(const QString& reason)
{
    QString r = reason.trimmed();
    while (r.endsWith(QLatin1Char('.'))) {
        r.chop(1);
    }
    return r;
}

QList<RasResult::AppliedAdjustment> applied(const RasResult& result, bool percentages)
{
    QList<RasResult::AppliedAdjustment> list;
    for (const auto& a : result.adjustments) {
        if (a.adjustment.isPercentage() == percentages) {
            list << a;
        }
    }
    return list;
}

} // namespace

RasExplainer::RasExplainer(QLocale locale)
    : m_locale(locale)
    , m_formatter(locale)
{
}

QStringList RasExplainer::steps(const RasScheme& scheme, const RasResult& result) const
{
    QStringList steps;
    explainPoints(scheme, result, steps);
    explainMoneyRule(scheme, result, steps);
    explainPercentages(result, steps);
    explainLimits(scheme, result, steps);
    explainFixedAmounts(scheme, result, steps);
    explainAmount(scheme, result, steps);
    return steps;
}

void RasExplainer::explainPoints(
    const RasScheme& scheme, const RasResult& result, QStringList& steps) const
{
    const qsizetype questions = scheme.questions.size();
    const qsizetype unanswered = result.unanswered.size();
    if (unanswered == questions) {
        steps << tr("You have not answered any of the questions yet, so the score is 0 points.");
        return;
    }
    // Singular and plural as two strings rather than "%n point(s)": without a
    // numerus translation loaded, Qt would show the "(s)" as it is.
    steps << (result.totalPoints == 1
            ? tr("Your answers scored 1 point.")
            : tr("Your answers scored %1 points.").arg(number(result.totalPoints)));
    if (unanswered > 0) {
        steps << tr("You have not answered %1 of the %2 questions yet: they count as 0 points "
                    "until you do.")
                     .arg(number(unanswered), number(questions));
    }
}

void RasExplainer::explainMoneyRule(
    const RasScheme& scheme, const RasResult& result, QStringList& steps) const
{
    switch (scheme.rule) {
    case RasScheme::MoneyRule::PricePerPoint:
        steps << tr("Each point is worth %1.").arg(money(scheme.pricePerPoint));
        //: points × price per point = amount a year, e.g. "142 × £42 = £5,964 a year."
        steps << tr("%1 × %2 = %3.")
                     .arg(number(result.totalPoints), money(scheme.pricePerPoint),
                         yearly(result.fromPoints));
        return;
    case RasScheme::MoneyRule::Bands:
        if (!result.band) {
            return;
        }
        const auto& band = *result.band;
        const QString score = points(result.totalPoints);
        if (band.toPoints) {
            steps << (band.name.isEmpty()
                    ? tr("%1 is in the band for %2 to %3 points.")
                          .arg(score, number(band.fromPoints), number(*band.toPoints))
                    //: e.g. "37 points is in Band D, for 35 to 44 points."
                    : tr("%1 is in %2, for %3 to %4 points.")
                          .arg(score, band.name, number(band.fromPoints), number(*band.toPoints)));
        } else {
            steps << (band.name.isEmpty() ? tr("%1 is in the band for %2 points or more.")
                                                .arg(score, number(band.fromPoints))
                                          : tr("%1 is in %2, for %3 points or more.")
                                                .arg(score, band.name, number(band.fromPoints)));
        }
        steps << tr("That band gives %1.").arg(yearly(result.fromPoints));
        return;
    }
}

void RasExplainer::explainPercentages(const RasResult& result, QStringList& steps) const
{
    const auto percentages = applied(result, true);
    if (percentages.isEmpty()) {
        return;
    }
    if (percentages.size() > 1) {
        steps << tr("Each change below is a share of %1, the amount from the points.")
                     .arg(money(result.fromPoints));
    }
    for (const auto& a : percentages) {
        const qint64 bp = *a.adjustment.percentBasisPoints;
        if (bp < 0) {
            steps << tr("%1, so the amount goes down by %2: %3 less.")
                         .arg(clause(a.adjustment.reason), percent(-bp), money(-a.change));
        } else {
            steps << tr("%1, so the amount goes up by %2: %3 more.")
                         .arg(clause(a.adjustment.reason), percent(bp), money(a.change));
        }
    }
    if (result.percentagesStoppedAtZero) {
        steps << tr("The amount cannot go below %1, so it stops at %1.").arg(money(Money()));
    } else {
        steps << tr("That makes %1.").arg(yearly(result.afterPercentages));
    }
}

void RasExplainer::explainLimits(
    const RasScheme& scheme, const RasResult& result, QStringList& steps) const
{
    if (result.floorApplied) {
        steps << tr("The council's lowest amount is %1, so the amount goes up to that.")
                     .arg(yearly(*scheme.floor));
    }
    if (result.ceilingApplied) {
        steps << tr("The council's highest amount is %1, so the amount comes down to that.")
                     .arg(yearly(*scheme.ceiling));
    }
}

void RasExplainer::explainFixedAmounts(
    const RasScheme& scheme, const RasResult& result, QStringList& steps) const
{
    const auto fixed = applied(result, false);
    if (fixed.isEmpty()) {
        return;
    }
    // Said only when the scheme has limits: without them there is nothing to wonder about.
    if (scheme.floor || scheme.ceiling) {
        steps << (fixed.size() == 1
                ? tr("The next amount is separate, so the council's lowest and highest amounts "
                     "do not limit it.")
                : tr("The next amounts are separate, so the council's lowest and highest amounts "
                     "do not limit them."));
    }
    for (const auto& a : fixed) {
        const QString reason = clause(a.adjustment.reason);
        const QString term = a.adjustment.councilTerm;
        if (!a.change.isNegative()) {
            steps << (term.isEmpty() ? tr("%1, so %2 is added.").arg(reason, yearly(a.change))
                                     : tr("%1, so %2 is added: the council calls this the “%3”.")
                                           .arg(reason, yearly(a.change), term));
        } else {
            steps << (term.isEmpty()
                    ? tr("%1, so %2 is taken off.").arg(reason, yearly(-a.change))
                    : tr("%1, so %2 is taken off: the council calls this the “%3”.")
                          .arg(reason, yearly(-a.change), term));
        }
    }
    if (result.fixedStoppedAtZero) {
        steps << tr("The amount cannot go below %1, so it stops at %1.").arg(money(Money()));
    }
}

void RasExplainer::explainAmount(
    const RasScheme& scheme, const RasResult& result, QStringList& steps) const
{
    if (result.isComplete()) {
        steps << tr("So the amount is %1.").arg(yearly(result.amount));
    } else {
        steps << tr("So far, the amount is %1.").arg(yearly(result.amount));
        steps << tr("It may change as you answer the rest of the questions.");
    }
    if (!scheme.terms.amount.isEmpty()) {
        steps << tr("The council calls this the “%1”.").arg(scheme.terms.amount);
    }
    if (scheme.example) {
        steps << tr("This scheme is an example, not any council's real figures: ask your council "
                    "for its own scheme, or for the amount it has worked out for you.");
    }
}

QString RasExplainer::percent(qint64 basisPoints) const
{
    const qint64 magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    QString text = m_locale.toString(magnitude / 100);
    const qint64 hundredths = magnitude % 100;
    if (hundredths != 0) {
        QString fraction = QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0'))) {
            fraction.chop(1);
        }
        text += m_locale.decimalPoint() + fraction;
    }
    return (basisPoints < 0 ? m_locale.negativeSign() : QString()) + text + m_locale.percent();
}

QString RasExplainer::points(qint64 count) const
{
    return count == 1 ? tr("1 point") : tr("%1 points").arg(number(count));
}

QString RasExplainer::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString RasExplainer::money(Money amount) const
{
    return m_formatter.format(amount);
}

QString RasExplainer::yearly(Money amount) const
{
    return m_formatter.format(amount, Period::Year);
}

} // namespace pb
