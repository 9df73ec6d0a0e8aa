// ResultsCsv: a results report as CSV files a spreadsheet opens as they are,
// written the way SupportItemsCsv writes a plan's items: a UTF-8 byte order
// mark, a header row, CRLF line ends, RFC 4180 quoting, and text a person
// typed guarded against being run as a formula. Counts are plain numbers and
// dates ISO 8601 ("2027-05-01"), so a spreadsheet reads them as such.
//
// One table per file, since a spreadsheet reads one table: the counts by
// life area (the report's main table, with a last row for all areas), the
// outcomes that got worse, and the themes.
#pragma once

#include "results/caseloadresults.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pb {

class ResultsCsv {
    Q_DECLARE_TR_FUNCTIONS(ResultsCsv)
public:
    // Life area, Better, The same, Worse, Not yet, Outcomes rated.
    static QByteArray byLifeArea(const CaseloadResults& results);
    // Name, Plan version, Review date, Life area, Outcome, What was said.
    static QByteArray worse(const CaseloadResults& results);
    // Theme, What is working, What is not working, What is important for the
    // future, About an outcome, All comments.
    static QByteArray themes(const CaseloadResults& results);
};

} // namespace pb
