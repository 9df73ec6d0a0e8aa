// RasSchemeValidator: the rules a scheme must keep for its amounts to make
// sense, checked before anyone is told an amount from it: ids that are unique,
// every question with something to choose, points that are never negative,
// bands that cover every score with no gaps and no overlaps, more points never
// meaning less money, a lowest amount no higher than the highest, adjustments
// that name real questions and answers, and figures within sane limits (so
// that no sum can overflow).
//
// RasSchemeLoader runs it on every file it reads; a scheme built in code
// should pass it before RasCalculator uses it. Problems name the field the way
// the scheme file spells it ("money.bands[3].fromPoints"), so the same words
// lead the author of a file to the line to fix.
#pragma once

#include "common/result.h"
#include "ras/rasscheme.h"

#include <QCoreApplication>

namespace pb {

class RasSchemeValidator {
    Q_DECLARE_TR_FUNCTIONS(RasSchemeValidator)
public:
    static constexpr qsizetype kMostQuestions = 500;
    static constexpr qsizetype kMostOptions = 50;
    static constexpr qsizetype kMostBands = 500;
    static constexpr qsizetype kMostAdjustments = 100;
    static constexpr qint64 kMostPointsPerAnswer = 100'000;
    static constexpr qint64 kLargestPricePerPointPence = 100'000'000; // £1,000,000
    static constexpr qint64 kLargestAmountPence = 100'000'000'000; // £1,000,000,000
    static constexpr qint64 kLowestPercentBasisPoints = -10'000; // 100% less
    static constexpr qint64 kHighestPercentBasisPoints = 100'000; // 1,000% more

    // The first problem found, or success.
    static Status check(const RasScheme& scheme);

private:
    static Status checkQuestions(const RasScheme& scheme);
    static Status checkMoney(const RasScheme& scheme);
    static Status checkBands(const RasScheme& scheme);
    static Status checkAdjustments(const RasScheme& scheme);
};

} // namespace pb
