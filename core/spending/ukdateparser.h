// UkDateParser: a date as UK bank and prepaid-card statements write it.
//
// Accepted (day first, as in the UK; the month's name in English, any case,
// short or long):
//   31/01/2027   1/1/2027   31-01-2027   31.01.2027   31/01/27 (20yy)
//   31 Jan 2027  31 January 2027  31-Jan-2027  31 Jan 27
//   2027-01-31   (ISO, year first)
// A time after the date ("31/01/2027 14:05") is ignored. Anything else, and
// a day that doesn't exist (31/02/2027, or 01/31/2027 written month first),
// is refused with a message that shows the forms above.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pb {

class UkDateParser {
    Q_DECLARE_TR_FUNCTIONS(UkDateParser)
public:
    static Result<QDate> parse(const QString& text);
};

} // namespace pb
