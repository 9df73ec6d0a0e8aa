// CaseloadResults: "checking the results" across a caseload (LGA/ADASS,
// "Personal budgets - checking the results"): of the outcomes people rated at
// their reviews, how many got better, stayed the same, got worse or have not
// changed yet, in total and by life area; the outcomes that got worse, with
// the person's words, so someone can follow them up; how happy people were
// with their support overall; and how often each theme a broker tagged
// comments with came up (Working Together for Change).
//
// Worked out from CaseloadReviewQuery's reviews and a ResultsFilter:
//  - a review counts when the filter accepts its date and route; with
//    Count::LatestReviewPerPerson only each person's most recent such review
//    (latest date, then the newest version, then the last review of it);
//  - a life-area filter keeps only the ratings of outcomes in that area, and
//    only reviews with such a rating count (their themes and happiness too);
//  - each rated outcome of a counted review counts once; an outcome the
//    review didn't rate doesn't count at all (not as "not yet": that is an
//    answer the person gives). A rating of an outcome the reviewed version
//    doesn't have (only in an imported plan) can't be put in a life area, so
//    it is left out and counted in unplacedRatings();
//  - each theme counts once per comment it tags; themes that differ only in
//    capitals are one theme, shown in the spelling used most (then the one
//    first in the alphabet).
// Plain arithmetic on counts: fast enough for 10,000 people on every change
// of filter (see bench_caseload_results).
#pragma once

#include "results/ratingcounts.h"
#include "results/resultsfilter.h"
#include "storage/caseloadreview.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace pb {

class CaseloadResults {
public:
    struct AreaCounts {
        LifeArea area = LifeArea::ThingsIDo;
        RatingCounts counts;

        bool operator==(const AreaCounts&) const = default;
    };

    struct WorseOutcome {
        qint64 personId = 0;
        QString name;
        qint64 planId = 0; // the reviewed version
        int version = 0;
        int reviewIndex = 0;
        QDate reviewDate;
        int outcomeKey = 0;
        QString outcome; // the person's words
        LifeArea area = LifeArea::ThingsIDo;
        QString comment; // what was said about it at the review

        bool operator==(const WorseOutcome&) const = default;
    };

    struct ThemeCount {
        QString theme;
        int working = 0;
        int notWorking = 0;
        int importantForFuture = 0;
        int outcomes = 0; // comments on outcomes

        int total() const { return working + notWorking + importantForFuture + outcomes; }
        bool operator==(const ThemeCount&) const = default;
    };

    static CaseloadResults calculate(
        const QList<CaseloadReview>& reviews, const ResultsFilter& filter);

    const ResultsFilter& filter() const { return m_filter; }
    int reviewsCounted() const { return m_reviews; }
    int peopleCounted() const { return m_people; }
    const RatingCounts& total() const { return m_total; }
    // Life areas with at least one rating, in the order of the LifeArea enum.
    const QList<AreaCounts>& byLifeArea() const { return m_byArea; }
    // By name (then person, then review date, then the review's order).
    const QList<WorseOutcome>& worse() const { return m_worse; }
    // Most often tagged first, then in alphabetical order.
    const QList<ThemeCount>& themes() const { return m_themes; }
    // Reviews by overall happiness: [0] not said, [1] very unhappy … [5] very happy.
    const std::array<int, 6>& happiness() const { return m_happiness; }
    int unplacedRatings() const { return m_unplaced; }
    // The reviews that were counted, as positions in the list given to
    // calculate(), in its order (for listing their comments).
    const QList<qsizetype>& counted() const { return m_counted; }

private:
    ResultsFilter m_filter;
    int m_reviews = 0;
    int m_people = 0;
    RatingCounts m_total;
    QList<AreaCounts> m_byArea;
    QList<WorseOutcome> m_worse;
    QList<ThemeCount> m_themes;
    std::array<int, 6> m_happiness {};
    int m_unplaced = 0;
    QList<qsizetype> m_counted;
};

} // namespace pb
