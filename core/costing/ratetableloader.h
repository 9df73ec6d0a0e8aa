// RateTableLoader: reads a cost rate table (resources/rates/*.json) into a
// RateTable, refusing a file with a missing or wrong field and naming the
// field ("employerNationalInsurance.rateBasisPoints"), so nobody is costed
// from a half-read table.
//
// The file format (formatVersion 1), every field required unless marked:
//   format "pbplanner-rate-table", formatVersion 1, id, name, region, taxYear,
//   ratesAsOf / validFrom / validUntil (YYYY-MM-DD), note (may be empty),
//   sources: [{title, publisher, url (may be empty), covers, typicalFigure}] (at least one),
//   minimumWage: {nationalLivingWageHourlyPence, nationalLivingWageFromAge,
//                 otherRates: [{key, label, hourlyPence}] (may be empty)},
//   holiday: {weeksPerYearHundredths, accrualBasisPoints, method "accrual", explanation},
//   employerNationalInsurance: {rateBasisPoints, secondaryThresholdYearlyPence,
//                               employmentAllowanceYearlyPence},
//   workplacePension: {employerRateBasisPoints, qualifyingEarningsLowerYearlyPence,
//                      qualifyingEarningsUpperYearlyPence, automaticEnrolmentTriggerYearlyPence},
//   employersLiabilityInsurance: {yearlyPremiumPence, typicalFigure, note},
//   payrollService: {monthlyFeePence, typicalFigure, note},
//   contingency: {rateBasisPoints, typicalFigure, note}.
// Money is whole pence, percentages whole basis points (0 to 10000). Fields
// the program does not know are ignored, so a newer file with extra
// information still loads; a newer formatVersion is refused. The holiday
// share must agree with the weeks (weeks / (52 - weeks), to the basis point),
// which catches a typing slip in either.
#pragma once

#include "common/result.h"
#include "costing/ratetable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace pb {

class RateTableLoader {
    Q_DECLARE_TR_FUNCTIONS(RateTableLoader)
public:
    static constexpr int kFormatVersion = 1;
    // No rate table comes near this; anything larger is not one.
    static constexpr qint64 kLargestFileBytes = 1024 * 1024;
    // Where the tables shipped with the program are embedded.
    static QString builtInFolder() { return QStringLiteral(":/rates"); }

    // `origin` (a path or name) is only used in the error's detail.
    static Result<RateTable> fromJson(const QByteArray& json, const QString& origin = {});
    static Result<RateTable> load(const QString& path);

    // Every table shipped with the program, oldest first (read once, then kept).
    static QList<RateTable> builtIn();
    // The shipped table whose dates cover `date`; when none does, the nearest
    // one: the newest that starts before the date, else the oldest. Callers
    // that need to know can ask RateTable::covers(). An Error only when no
    // table is shipped at all.
    static Result<RateTable> builtInFor(QDate date);

private:
    static QList<RateTable> readBuiltIn();
};

} // namespace pb
