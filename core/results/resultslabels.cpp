#include "results/resultslabels.h"

#include "model/modellabels.h"
#include "results/ratingcounts.h"

#include <QStringList>

namespace pb {

QString ResultsLabels::question(ReviewQuestion question)
{
    switch (question) {
    case ReviewQuestion::Outcome:
        return tr("About an outcome");
    case ReviewQuestion::Working:
        return tr("What is working");
    case ReviewQuestion::NotWorking:
        return tr("What is not working");
    case ReviewQuestion::ImportantForFuture:
        return tr("What is important for the future");
    }
    return {};
}

QString ResultsLabels::happiness(int level)
{
    switch (level) {
    case 5:
        return tr("Very happy");
    case 4:
        return tr("Happy");
    case 3:
        return tr("Neither happy nor unhappy");
    case 2:
        return tr("Unhappy");
    case 1:
        return tr("Very unhappy");
    default:
        return tr("Not said");
    }
}

QString ResultsLabels::decision(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Undecided:
        return tr("Not decided yet");
    case ReviewDecision::KeepPlan:
        return tr("Keep the plan");
    case ReviewDecision::ChangePlan:
        return tr("Change the plan");
    }
    return {};
}

QString ResultsLabels::rating(OutcomeRating rating)
{
    return ModelLabels::outcomeRating(rating);
}

QString ResultsLabels::date(QDate day, const QLocale& locale)
{
    return day.isValid() ? locale.toString(day, QStringLiteral("d MMMM yyyy")) : QString();
}

QString ResultsLabels::coverage(const ResultsFilter& filter, const QLocale& locale)
{
    QStringList parts;
    if (filter.from.isValid() && filter.to.isValid()) {
        parts.append(
            tr("reviews from %1 to %2").arg(date(filter.from, locale), date(filter.to, locale)));
    } else if (filter.from.isValid()) {
        parts.append(tr("reviews from %1 on").arg(date(filter.from, locale)));
    } else if (filter.to.isValid()) {
        parts.append(tr("reviews up to %1").arg(date(filter.to, locale)));
    } else {
        parts.append(tr("all reviews"));
    }
    if (filter.route) {
        //: %1 is how the money is managed, e.g. "Money paid to you (direct payment)"
        parts.append(tr("plans managed as: %1").arg(ModelLabels::deployment(*filter.route)));
    }
    if (filter.lifeArea) {
        //: %1 is a life area, e.g. "Things I do"
        parts.append(tr("outcomes about: %1").arg(ModelLabels::lifeArea(*filter.lifeArea)));
    }
    QString sentence = parts.join(QStringLiteral(", "));
    sentence[0] = sentence[0].toUpper();
    return filter.count == ResultsFilter::Count::LatestReviewPerPerson
        //: %1 says which reviews, e.g. "All reviews, outcomes about: Health"
        ? tr("%1. Each person's most recent review counts.").arg(sentence)
        : tr("%1. Every review counts.").arg(sentence);
}

QString ResultsLabels::summary(const RatingCounts& counts)
{
    if (counts.total() == 0) {
        return tr("No outcomes have been rated in these reviews yet.");
    }
    const QString start = counts.total() == 1
        ? tr("Of 1 outcome rated: ")
        //: the start of the summary: "Of 40 outcomes rated: 22 got better (55%), …"
        : tr("Of %1 outcomes rated: ").arg(counts.total());
    return start
        //: %1 how many, %2 the percentage, and so on
        + tr("%1 got better (%2%), %3 stayed the same (%4%), %5 got worse (%6%), %7 not yet "
             "(%8%).")
              .arg(counts.better)
              .arg(counts.percent(OutcomeRating::Better))
              .arg(counts.same)
              .arg(counts.percent(OutcomeRating::Same))
              .arg(counts.worse)
              .arg(counts.percent(OutcomeRating::Worse))
              .arg(counts.notYet)
              .arg(counts.percent(OutcomeRating::NotYet));
}

QString ResultsLabels::reviewLine(const Review& review, const QLocale& locale)
{
    RatingCounts counts;
    for (const OutcomeReview& o : review.outcomes) {
        counts.add(o.rating);
    }
    QStringList figures;
    if (counts.better > 0) {
        figures.append(tr("%1 better").arg(counts.better));
    }
    if (counts.same > 0) {
        figures.append(tr("%1 the same").arg(counts.same));
    }
    if (counts.worse > 0) {
        figures.append(tr("%1 worse").arg(counts.worse));
    }
    if (counts.notYet > 0) {
        figures.append(tr("%1 not yet").arg(counts.notYet));
    }
    QString line = review.date.isValid() ? tr("Reviewed on %1").arg(date(review.date, locale))
                                         : tr("Reviewed");
    line += figures.isEmpty() ? tr(": no outcomes rated yet.")
                              : tr(": %1.").arg(figures.join(QStringLiteral(", ")));
    switch (review.decision) {
    case ReviewDecision::KeepPlan:
        line += QLatin1Char(' ') + tr("Kept the plan.");
        break;
    case ReviewDecision::ChangePlan:
        line += QLatin1Char(' ') + tr("Changed the plan.");
        break;
    case ReviewDecision::Undecided:
        line += QLatin1Char(' ') + tr("Not finished.");
        break;
    }
    return line;
}

} // namespace pb
