// ResultsLabels: the words for reviews and their results, in one place, so
// the Review page, the results page, the CSV and the printed report say the
// same thing: the Working Together for Change questions, the five answers to
// "how happy are you with your support", a review's decision, what a report
// covers, and one line summing up a review for a plan's history.
#pragma once

#include "model/review.h"
#include "results/ratingcounts.h"
#include "results/resultsfilter.h"
#include "storage/reviewcomment.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pb {

class ResultsLabels {
    Q_DECLARE_TR_FUNCTIONS(ResultsLabels)
public:
    static constexpr int kHappinessChoices = 5;

    // "What is working", "What is not working", "What is important for the
    // future", "About an outcome".
    static QString question(ReviewQuestion question);
    // 5 "Very happy", 4 "Happy", 3 "Neither happy nor unhappy", 2 "Unhappy",
    // 1 "Very unhappy"; 0 "Not said".
    static QString happiness(int level);
    static QString decision(ReviewDecision decision);
    // The plain-words label of a rating as a column heading or legend:
    // "Better", "The same", "Worse", "Not yet" (ModelLabels::outcomeRating).
    static QString rating(OutcomeRating rating);

    // What a report covers, as one sentence: "Reviews from 1 April 2026 to
    // 31 March 2027, plans paid as money paid to the person (direct payment),
    // outcomes about things I do; each person's most recent review."
    static QString coverage(const ResultsFilter& filter, const QLocale& locale = QLocale());
    // "Of 40 outcomes rated: 22 got better (55%), 10 stayed the same (25%),
    // 5 got worse (13%), 3 not yet (8%)."; a sentence saying there is
    // nothing to count when nothing was rated.
    static QString summary(const RatingCounts& counts);
    // One review for a plan's history: "Reviewed on 1 May 2027: 2 better,
    // 1 the same, 1 worse. Kept the plan."
    static QString reviewLine(const Review& review, const QLocale& locale = QLocale());

    // "20 July 2027"; "" for a null date.
    static QString date(QDate day, const QLocale& locale = QLocale());
};

} // namespace pb
