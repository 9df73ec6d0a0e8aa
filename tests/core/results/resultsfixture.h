// ResultsFixture: four people's reviews, made by hand, for the results
// tests. The expected figures in the tests are worked out from this list
// (see the comments in resultsfixture.cpp).
#pragma once

#include "storage/caseloadreview.h"

#include <QList>

namespace pb::test {

QList<CaseloadReview> fourPeoplesReviews();

} // namespace pb::test
