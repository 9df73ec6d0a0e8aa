#include "results/caseloadresults.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace pb {

namespace {

// True when a was reviewed after b (the later of one person's reviews).
bool later(const CaseloadReview& a, const CaseloadReview& b)
{
    if (a.review.date != b.review.date) {
        // An undated review is older than any dated one.
        return !b.review.date.isValid()
            || (a.review.date.isValid() && a.review.date > b.review.date);
    }
    if (a.version != b.version) {
        return a.version > b.version;
    }
    return a.index > b.index;
}

// One theme's tally while counting: its counts and the spellings used.
struct ThemeTally {
    CaseloadResults::ThemeCount count;
    QMap<QString, int> spellings;
};

void tallyThemes(QHash<QString, ThemeTally>& tallies, const QStringList& themes,
    int CaseloadResults::ThemeCount::*field)
{
    for (const QString& theme : themes) {
        ThemeTally& t = tallies[theme.toCaseFolded()];
        ++(t.count.*field);
        ++t.spellings[theme];
    }
}

int CaseloadResults::ThemeCount::*fieldFor(ReviewQuestion question)
{
    switch (question) {
    case ReviewQuestion::Working:
        return &CaseloadResults::ThemeCount::working;
    case ReviewQuestion::NotWorking:
        return &CaseloadResults::ThemeCount::notWorking;
    case ReviewQuestion::ImportantForFuture:
        return &CaseloadResults::ThemeCount::importantForFuture;
    case ReviewQuestion::Outcome:
        return &CaseloadResults::ThemeCount::outcomes;
    }
    return &CaseloadResults::ThemeCount::outcomes;
}

} // namespace

CaseloadResults CaseloadResults::calculate(
    const QList<CaseloadReview>& reviews, const ResultsFilter& filter)
{
    CaseloadResults results;
    results.m_filter = filter;

    // The reviews that count, in the query's order (by name).
    QList<const CaseloadReview*> counted;
    if (filter.count == ResultsFilter::Count::EveryReview) {
        for (const CaseloadReview& r : reviews) {
            if (filter.acceptsReview(r)) {
                counted.append(&r);
            }
        }
    } else {
        QHash<qint64, qsizetype> latestOf; // person -> index in `counted`
        for (const CaseloadReview& r : reviews) {
            if (!filter.acceptsReview(r)) {
                continue;
            }
            const auto at = latestOf.constFind(r.personId);
            if (at == latestOf.cend()) {
                latestOf.insert(r.personId, counted.size());
                counted.append(&r);
            } else if (later(r, *counted.at(*at))) {
                counted[*at] = &r;
            }
        }
    }

    std::array<RatingCounts, allEnumValues<LifeArea>().size()> byArea {};
    QHash<QString, ThemeTally> tallies;
    QSet<qint64> people;
    for (const CaseloadReview* r : std::as_const(counted)) {
        RatingCounts counts;
        int unplaced = 0;
        QList<WorseOutcome> worse;
        QList<const OutcomeReview*> placed;
        for (const OutcomeReview& rated : r->review.outcomes) {
            const Outcome* outcome = r->outcome(rated.outcomeKey);
            if (!outcome) {
                ++unplaced;
                continue;
            }
            if (!filter.acceptsLifeArea(outcome->lifeArea)) {
                continue;
            }
            placed.append(&rated);
            counts.add(rated.rating);
            byArea[std::size_t(outcome->lifeArea)].add(rated.rating);
            if (rated.rating == OutcomeRating::Worse) {
                worse.append(WorseOutcome {r->personId, r->name, r->planId, r->version, r->index,
                    r->review.date, rated.outcomeKey, outcome->text, outcome->lifeArea,
                    rated.comment});
            }
        }
        if (filter.lifeArea && placed.isEmpty()) {
            continue; // nothing said about this life area: the review doesn't count
        }
        if (!filter.lifeArea) {
            results.m_unplaced += unplaced;
        }
        ++results.m_reviews;
        results.m_counted.append(r - reviews.constData());
        people.insert(r->personId);
        results.m_total += counts;
        results.m_worse += worse;
        const int happiness = r->review.overallHappiness;
        ++results.m_happiness[std::size_t(happiness >= 1 && happiness <= 5 ? happiness : 0)];
        for (const CaseloadReview::CommentThemes& t : r->themes) {
            if (t.question == ReviewQuestion::Outcome) {
                const auto isIt = [&](const OutcomeReview* o) {
                    return o->outcomeKey == t.outcomeKey;
                };
                if (std::none_of(placed.cbegin(), placed.cend(), isIt)) {
                    continue; // an outcome outside the life area, or one not rated
                }
            }
            tallyThemes(tallies, t.themes, fieldFor(t.question));
        }
    }
    results.m_people = int(people.size());

    for (const LifeArea area : allEnumValues<LifeArea>()) {
        const RatingCounts& counts = byArea[std::size_t(area)];
        if (counts.total() > 0) {
            results.m_byArea.append(AreaCounts {area, counts});
        }
    }

    std::stable_sort(results.m_worse.begin(), results.m_worse.end(),
        [](const WorseOutcome& a, const WorseOutcome& b) {
            if (a.name != b.name) {
                return a.name < b.name;
            }
            if (a.personId != b.personId) {
                return a.personId < b.personId;
            }
            return a.reviewDate < b.reviewDate;
        });

    for (auto it = tallies.begin(); it != tallies.end(); ++it) {
        ThemeTally& t = it.value();
        // QMap is in alphabetical order, so the first of the most used wins.
        int most = 0;
        for (auto s = t.spellings.cbegin(); s != t.spellings.cend(); ++s) {
            if (s.value() > most) {
                most = s.value();
                t.count.theme = s.key();
            }
        }
        results.m_themes.append(t.count);
    }
    std::sort(results.m_themes.begin(), results.m_themes.end(),
        [](const ThemeCount& a, const ThemeCount& b) {
            if (a.total() != b.total()) {
                return a.total() > b.total();
            }
            const int byName = a.theme.compare(b.theme, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.theme < b.theme;
        });
    return results;
}

} // namespace pb
