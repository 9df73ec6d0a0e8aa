// ResultsDocumentBuilder: a results report ("checking the results") as a
// PlanDocument in the standard form, for the shared renderer to print or
// save as PDF (the same pages as a plan: ui/document). Sections, by id:
//   about      what the report covers, when it was made, how many people
//              and reviews it counts
//   summary    the better / same / worse / not yet sentence
//   areas      the counts by life area, with a total row
//   happiness  how happy people were with their support overall
//   worse      the outcomes that got worse, with what was said
//   themes     the themes of what was said, most often first
// Every figure comes from CaseloadResults and every phrase from
// ResultsLabels, so the page, the CSV and the paper agree.
#pragma once

#include "document/plandocument.h"
#include "results/caseloadresults.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace pb {

class ResultsDocumentBuilder {
    Q_DECLARE_TR_FUNCTIONS(ResultsDocumentBuilder)
public:
    // `madeOn`: the day in the footer ("made on 1 June 2027").
    static PlanDocument build(
        const CaseloadResults& results, QDate madeOn, const QLocale& locale = QLocale());
};

} // namespace pb
