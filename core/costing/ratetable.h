// RateTable: the dated figures that turn a personal assistant's wage into the
// true cost of employing them (minimum wage, holiday, employer's National
// Insurance, workplace pension, insurance, payroll, contingency), for one
// region and tax year.
//
// These rules change every tax year, so they are data (resources/rates/*.json,
// read by RateTableLoader), never constants in code. Money is in pence,
// percentages in basis points (1500 = 15%), yearly thresholds are per
// employee unless said otherwise. Figures that are not set by law (insurance,
// payroll, contingency) are marked typicalFigure so the person is told they
// are estimates.
#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pb {

struct RateTable {
    // Where the figures come from, shown beside every costing.
    struct Source {
        QString title;
        QString publisher;
        QString url; // may be empty for typical figures
        QString covers; // which fields the source is for
        bool typicalFigure = false;

        bool operator==(const Source&) const = default;
    };

    // A minimum wage rate other than the National Living Wage.
    struct WageRate {
        QString key; // stable: "age-18-to-20", "age-16-to-17", "apprentice"
        QString label; // from the file, e.g. "Workers aged 18 to 20"
        Money hourly;

        bool operator==(const WageRate&) const = default;
    };

    QString id; // "england-2026-27"
    QString name; // "England, tax year 2026 to 2027"
    QString region; // "England"
    QString taxYear; // "2026/27"
    QDate ratesAsOf;
    QDate validFrom; // first and last day the figures apply to
    QDate validUntil;
    QString note;
    QList<Source> sources;

    // Minimum wage.
    Money nationalLivingWage; // hourly, for workers aged nationalLivingWageFromAge and over
    int nationalLivingWageFromAge = 21;
    QList<WageRate> otherMinimumWages;

    // Holiday: weeks of paid holiday a year (hundredths: 5.6 weeks = 560) and
    // the same entitlement as a share of pay for hours worked (1207 = 12.07%
    // = 5.6 / (52 - 5.6)). The costing uses the accrual share; see
    // PersonalAssistantCost for why.
    int holidayWeeksHundredths = 0;
    int holidayAccrualBasisPoints = 0;

    // Employer's (secondary Class 1) National Insurance.
    int employerNiBasisPoints = 0;
    Money niSecondaryThresholdYearly; // per employee
    Money employmentAllowanceYearly; // per employer, off the employer's NI bill

    // Workplace pension (automatic enrolment).
    int pensionEmployerBasisPoints = 0;
    Money pensionQualifyingLowerYearly; // contributions are on pay between these
    Money pensionQualifyingUpperYearly;
    Money pensionTriggerYearly; // enrolled automatically when pay reaches this

    // Costs of being an employer, per employer (shared between assistants).
    Money insuranceYearly; // employer's liability insurance premium
    bool insuranceIsTypical = true;
    Money payrollMonthly; // payroll service fee
    bool payrollIsTypical = true;
    int contingencyBasisPoints = 0; // of wages, for cover and sick pay
    bool contingencyIsTypical = true;

    // True when the figures apply on this date.
    bool covers(QDate date) const { return date >= validFrom && date <= validUntil; }

    bool operator==(const RateTable&) const = default;
};

} // namespace pb
