#include "ras/rasschemevalidator.h"

#include "money/moneyformatter.h"

#include <QHash>

namespace pb {

namespace {

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString item(const QString& list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString field(const QString& parent, const QLatin1String& key)
{
    return parent + QLatin1Char('.') + key;
}

QString money(qint64 pence)
{
    return MoneyFormatter().format(Money::fromPence(pence));
}

Status problem(const QString& message)
{
    return Error {message, {}};
}

} // namespace

Status RasSchemeValidator::check(const RasScheme& scheme)
{
    if (auto s = checkQuestions(scheme); !s) {
        return s;
    }
    if (auto s = checkMoney(scheme); !s) {
        return s;
    }
    return checkAdjustments(scheme);
}

Status RasSchemeValidator::checkQuestions(const RasScheme& scheme)
{
    const QString questions = QStringLiteral("questions");
    if (scheme.questions.isEmpty()) {
        return problem(tr("\"questions\" is empty: a scheme needs at least one question."));
    }
    if (scheme.questions.size() > kMostQuestions) {
        return problem(tr("\"questions\" has %1 questions; a scheme can have at most %2.")
                           .arg(scheme.questions.size())
                           .arg(kMostQuestions));
    }
    QHash<QString, qsizetype> questionIds;
    for (qsizetype i = 0; i < scheme.questions.size(); ++i) {
        const auto& q = scheme.questions.at(i);
        const QString path = item(questions, i);
        if (questionIds.contains(q.id)) {
            return problem(tr("%1 is %2, the same as %3: each question needs its own id.")
                               .arg(quoted(field(path, QLatin1String("id"))), quoted(q.id),
                                   quoted(field(item(questions, questionIds.value(q.id)),
                                       QLatin1String("id")))));
        }
        questionIds.insert(q.id, i);

        const QString options = field(path, QLatin1String("options"));
        if (q.options.isEmpty()) {
            return problem(tr("%1 is empty: each question needs at least one answer to choose.")
                               .arg(quoted(options)));
        }
        if (q.options.size() > kMostOptions) {
            return problem(tr("%1 has %2 answers; a question can have at most %3.")
                               .arg(quoted(options))
                               .arg(q.options.size())
                               .arg(kMostOptions));
        }
        QHash<QString, qsizetype> optionIds;
        for (qsizetype j = 0; j < q.options.size(); ++j) {
            const auto& o = q.options.at(j);
            const QString optionPath = item(options, j);
            if (optionIds.contains(o.id)) {
                return problem(
                    tr("%1 is %2, the same as %3: each answer to a question needs its own id.")
                        .arg(quoted(field(optionPath, QLatin1String("id"))), quoted(o.id),
                            quoted(
                                field(item(options, optionIds.value(o.id)), QLatin1String("id")))));
            }
            optionIds.insert(o.id, j);
            if (o.points < 0 || o.points > kMostPointsPerAnswer) {
                return problem(tr("%1 is %2: points must be between 0 and %3.")
                                   .arg(quoted(field(optionPath, QLatin1String("points"))))
                                   .arg(o.points)
                                   .arg(kMostPointsPerAnswer));
            }
        }
    }
    return success();
}

Status RasSchemeValidator::checkMoney(const RasScheme& scheme)
{
    const auto inRange = [](const std::optional<Money>& m) {
        return !m || (m->pence() >= 0 && m->pence() <= kLargestAmountPence);
    };
    if (!inRange(scheme.floor)) {
        return problem(tr("\"money.floorPence\" must be between %1 and %2.")
                           .arg(money(0), money(kLargestAmountPence)));
    }
    if (!inRange(scheme.ceiling)) {
        return problem(tr("\"money.ceilingPence\" must be between %1 and %2.")
                           .arg(money(0), money(kLargestAmountPence)));
    }
    if (scheme.floor && scheme.ceiling && *scheme.floor > *scheme.ceiling) {
        return problem(tr("\"money.floorPence\" (%1) is above \"money.ceilingPence\" (%2): the "
                          "lowest amount cannot be more than the highest.")
                           .arg(money(scheme.floor->pence()), money(scheme.ceiling->pence())));
    }
    switch (scheme.rule) {
    case RasScheme::MoneyRule::PricePerPoint:
        if (scheme.pricePerPoint.pence() <= 0
            || scheme.pricePerPoint.pence() > kLargestPricePerPointPence) {
            return problem(tr("\"money.pricePerPointPence\" must be more than %1 and at most %2.")
                               .arg(money(0), money(kLargestPricePerPointPence)));
        }
        return success();
    case RasScheme::MoneyRule::Bands:
        return checkBands(scheme);
    }
    Q_UNREACHABLE();
}

Status RasSchemeValidator::checkBands(const RasScheme& scheme)
{
    const QString bands = QStringLiteral("money.bands");
    if (scheme.bands.isEmpty()) {
        return problem(tr("\"money.bands\" is empty: the bands rule needs at least one band."));
    }
    if (scheme.bands.size() > kMostBands) {
        return problem(tr("\"money.bands\" has %1 bands; a scheme can have at most %2.")
                           .arg(scheme.bands.size())
                           .arg(kMostBands));
    }
    for (qsizetype i = 0; i < scheme.bands.size(); ++i) {
        const auto& band = scheme.bands.at(i);
        const QString path = item(bands, i);
        const bool last = i == scheme.bands.size() - 1;
        if (band.amount.pence() < 0 || band.amount.pence() > kLargestAmountPence) {
            return problem(tr("%1 must be between %2 and %3.")
                               .arg(quoted(field(path, QLatin1String("amountPence"))), money(0),
                                   money(kLargestAmountPence)));
        }
        if (i == 0 && band.fromPoints != 0) {
            return problem(tr("%1 is %2: the first band must start at 0 points, so that every "
                              "score has an amount.")
                               .arg(quoted(field(path, QLatin1String("fromPoints"))))
                               .arg(band.fromPoints));
        }
        if (!band.toPoints && !last) {
            return problem(tr("%1 is missing: only the last band may be left without an upper "
                              "limit.")
                               .arg(quoted(field(path, QLatin1String("toPoints")))));
        }
        if (band.toPoints && *band.toPoints < band.fromPoints) {
            return problem(tr("%1 (%2) is below %3 (%4): a band runs from its lower edge up to "
                              "its upper edge.")
                               .arg(quoted(field(path, QLatin1String("toPoints"))))
                               .arg(*band.toPoints)
                               .arg(quoted(field(path, QLatin1String("fromPoints"))))
                               .arg(band.fromPoints));
        }
        if (i > 0) {
            const auto& before = scheme.bands.at(i - 1);
            const QString beforePath = item(bands, i - 1);
            const qint64 expectedFrom = *before.toPoints + 1;
            if (band.fromPoints > expectedFrom) {
                return problem(tr("There is a gap between %1 (up to %2 points) and %3 (from %4 "
                                  "points): a score of %5 points would have no amount.")
                                   .arg(quoted(beforePath))
                                   .arg(*before.toPoints)
                                   .arg(quoted(path))
                                   .arg(band.fromPoints)
                                   .arg(expectedFrom));
            }
            if (band.fromPoints < expectedFrom) {
                return problem(tr("%1 (from %2 points) overlaps %3 (up to %4 points): a score "
                                  "of %5 points would be in both.")
                                   .arg(quoted(path))
                                   .arg(band.fromPoints)
                                   .arg(quoted(beforePath))
                                   .arg(*before.toPoints)
                                   .arg(band.fromPoints));
            }
            if (band.amount < before.amount) {
                return problem(tr("%1 (%2) is less than the band before it (%3): more points "
                                  "must never mean less money.")
                                   .arg(quoted(field(path, QLatin1String("amountPence"))),
                                       money(band.amount.pence()), money(before.amount.pence())));
            }
        }
        if (last && band.toPoints && *band.toPoints < scheme.maxPoints()) {
            return problem(tr("The last band stops at %1 points, but the answers can score up to "
                              "%2: raise %3 to at least %2, or leave it out so the last band "
                              "has no upper limit.")
                               .arg(*band.toPoints)
                               .arg(scheme.maxPoints())
                               .arg(quoted(field(path, QLatin1String("toPoints")))));
        }
    }
    return success();
}

Status RasSchemeValidator::checkAdjustments(const RasScheme& scheme)
{
    const QString adjustments = QStringLiteral("adjustments");
    if (scheme.adjustments.size() > kMostAdjustments) {
        return problem(tr("\"adjustments\" has %1 adjustments; a scheme can have at most %2.")
                           .arg(scheme.adjustments.size())
                           .arg(kMostAdjustments));
    }
    QHash<QString, qsizetype> ids;
    for (qsizetype i = 0; i < scheme.adjustments.size(); ++i) {
        const auto& a = scheme.adjustments.at(i);
        const QString path = item(adjustments, i);
        if (ids.contains(a.id)) {
            return problem(
                tr("%1 is %2, the same as %3: each adjustment needs its own id.")
                    .arg(quoted(field(path, QLatin1String("id"))), quoted(a.id),
                        quoted(field(item(adjustments, ids.value(a.id)), QLatin1String("id")))));
        }
        ids.insert(a.id, i);

        const RasScheme::Question* q = scheme.question(a.questionId);
        if (!q) {
            return problem(
                tr("%1 names a question the scheme does not have: %2.")
                    .arg(quoted(field(path, QLatin1String("question"))), quoted(a.questionId)));
        }
        const QString options = field(path, QLatin1String("options"));
        if (a.optionIds.isEmpty()) {
            return problem(
                tr("%1 is empty: say which answers the adjustment is for.").arg(quoted(options)));
        }
        for (qsizetype j = 0; j < a.optionIds.size(); ++j) {
            if (!q->option(a.optionIds.at(j))) {
                return problem(
                    tr("%1 names an answer the question %2 does not have: %3.")
                        .arg(quoted(item(options, j)), quoted(q->id), quoted(a.optionIds.at(j))));
            }
        }
        if (a.percentBasisPoints.has_value() == a.amount.has_value()) {
            return problem(tr("%1 needs either \"percentBasisPoints\" or \"amountPence\", and "
                              "not both.")
                               .arg(quoted(path)));
        }
        if (a.percentBasisPoints
            && (*a.percentBasisPoints < kLowestPercentBasisPoints
                || *a.percentBasisPoints > kHighestPercentBasisPoints)) {
            return problem(tr("%1 is %2: it must be between %3 (100% less) and %4 (1,000% more).")
                               .arg(quoted(field(path, QLatin1String("percentBasisPoints"))))
                               .arg(*a.percentBasisPoints)
                               .arg(kLowestPercentBasisPoints)
                               .arg(kHighestPercentBasisPoints));
        }
        if (a.amount
            && (a.amount->pence() < -kLargestAmountPence
                || a.amount->pence() > kLargestAmountPence)) {
            return problem(tr("%1 must be between %2 and %3.")
                               .arg(quoted(field(path, QLatin1String("amountPence"))),
                                   money(-kLargestAmountPence), money(kLargestAmountPence)));
        }
    }
    return success();
}

} // namespace pb
