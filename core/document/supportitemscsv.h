// SupportItemsCsv: the plan's support items and their total as a CSV file a
// spreadsheet opens as it is (issue 5: "spreadsheet-friendly, UTF-8 with a
// header row").
//
// The file: a UTF-8 byte order mark (so Excel reads it as UTF-8, not the
// machine's code page), a header row, one row per support item in plan order
// (what, who, how often, paid by, helps with, cost a week, cost a year) and a
// last row "Total" with the planned cost a week and a year (PlanTotals: the
// yearly total, and the weekly one converted from it once, as everywhere).
// Lines end in CRLF and fields are quoted as RFC 4180 says: a field holding a
// comma, a double quote, a CR or an LF is put in double quotes and its double
// quotes are doubled; other fields are left bare.
//
// Amounts are plain decimal pounds ("1234.50": no £, no thousands separator,
// always a point and two decimals) so spreadsheets read them as numbers; the
// headers say "(£)". Text a person typed could start with = + - @ (or a tab or
// CR, which some spreadsheets skip before one of those) and be run as a
// formula when the file is opened ("=HYPERLINK(…)"), so such a text cell gets
// a leading apostrophe, which spreadsheets show as plain text. Amount cells
// are written by the program and never negative, so they are left as numbers.
#pragma once

#include "costing/ratetable.h"
#include "model/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace pb {

class SupportItemsCsv {
    Q_DECLARE_TR_FUNCTIONS(SupportItemsCsv)
public:
    // locale: the language of the headings and words; amounts are always
    // written with a point, whatever the locale.
    static QByteArray write(const Plan& plan, const RateTable& rates,
        QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom));

    // One field as it goes in the file: guarded against formulas, then quoted
    // when it must be.
    static QString textField(const QString& text);
    // 123450 pence -> "1234.50".
    static QString amountField(Money amount);
};

} // namespace pb
