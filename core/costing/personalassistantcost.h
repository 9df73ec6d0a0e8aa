// PersonalAssistantCost: the true cost of employing a personal assistant (PA)
// for a year, line by line, from their hours, hourly wage and a dated
// RateTable: wages, holiday pay, employer's National Insurance, workplace
// pension, employer's liability insurance, payroll service and a contingency
// for cover and sick pay. Each line carries a plain-words label and a short
// sentence saying how it was worked out, so the person can check it.
//
// How each line is worked out (all on a yearly basis):
//   wages        the pay for one period (hours × hourly wage, rounded to the
//                penny, as on a payslip) × periods in a year (52 weeks).
//                Wages are paid for every week of the year: the support is
//                needed every week, by the PA or by someone covering their
//                holiday.
//   holiday pay  holidayAccrual (12.07%) × wages. The accrual method: 5.6
//                weeks of paid holiday are earned over the 46.4 weeks worked,
//                5.6 / 46.4 = 12.07% of pay for hours worked. Because every
//                hour of the 52 weeks is worked by someone, each earns holiday
//                pay; the 5.6 / 52 = 10.77% share would leave the cover
//                worker's own holiday unpaid. Statutory minimum only.
//   pay          wages + holiday pay: the gross pay NI and pension are on.
//   employer NI  employerNi (15%) × max(0, pay − secondary threshold £5,000).
//                With the Employment Allowance claimed, the NI is reduced by
//                the allowance (never below nothing). The allowance (£10,500)
//                is per employer, so with several PAs each is given an even
//                share (allowance ÷ number of PAs); an employer of care and
//                support workers may claim it. Assumes a PA aged 21 or over
//                (under-21s pay no employer NI up to £50,270).
//   pension      only when pay ≥ the automatic enrolment trigger (£10,000):
//                employer rate (3%) × (pay clamped to £6,240..£50,270 −
//                £6,240). A PA paid less may ask to join; that is not costed.
//   insurance    the yearly premium ÷ number of PAs (it is per employer).
//   payroll      the monthly fee × 12 ÷ number of PAs (per employer).
//   contingency  contingency rate (3%) × wages, for cover and sick pay.
// NI and pension are worked out on the year's pay as if it were paid evenly;
// payroll works per pay period, so a PA whose hours vary may differ a little.
//
// Rounding: each line is rounded to the penny once, by Money::scaled (halves
// away from zero), from the unrounded inputs above (the wages and pay lines
// are themselves whole pence); the yearly total is the sum of the rounded
// lines, so the lines always add up to it. Monthly and weekly equivalents are
// the yearly total through pb::convert (÷ 12, ÷ 52), rounded once each.
//
// Negative hours or wages count as none, and fewer than one PA as one (the
// plan checker and the forms refuse them; a cost must still come out).
#pragma once

#include "costing/ratetable.h"
#include "model/enumkey.h"
#include "money/money.h"
#include "money/period.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pb {

class PersonalAssistantCost {
    Q_DECLARE_TR_FUNCTIONS(PersonalAssistantCost)
public:
    enum class LineKind {
        Wages,
        HolidayPay,
        EmployerNationalInsurance,
        Pension,
        Insurance,
        Payroll,
        Contingency
    };

    struct Options {
        bool claimEmploymentAllowance = false;
        int numberOfAssistants =
            1; // PAs the employer has: insurance, payroll and the allowance are shared
    };

    struct Line {
        LineKind kind = LineKind::Wages;
        QString label; // "Holiday pay"
        Money yearly;
        QString howWorkedOut; // "12.07% of wages, for 5.6 weeks of paid holiday a year"
    };

    // The PA's hours a week (hundredths: 7.5 hours = 750, as
    // SupportItem::quantityHundredths) at an hourly wage.
    static PersonalAssistantCost calculate(int hoursPerWeekHundredths, Money hourlyWage,
        const RateTable& rates, const Options& options);
    static PersonalAssistantCost calculate(
        int hoursPerWeekHundredths, Money hourlyWage, const RateTable& rates);
    // Hours in any period (a month, a year, once: "once" counts in the year).
    static PersonalAssistantCost calculate(int hoursHundredths, Period per, Money hourlyWage,
        const RateTable& rates, const Options& options);
    // A PA whose yearly wages are already known, e.g. one person paid for
    // several pieces of support; wagesHowWorkedOut explains the figure.
    static PersonalAssistantCost forYearlyWages(Money yearlyWages, const QString& wagesHowWorkedOut,
        const RateTable& rates, const Options& options);

    // Yearly wages as the costing counts them (see "wages" above).
    static Money yearlyWages(int hoursHundredths, Period per, Money hourlyWage);

    // In order: wages, holiday pay, employer NI, pension, insurance, payroll, contingency.
    const QList<Line>& lines() const { return m_lines; }
    Money line(LineKind kind) const;

    Money pay() const { return line(LineKind::Wages) + line(LineKind::HolidayPay); }
    Money niBeforeAllowance() const { return m_niBeforeAllowance; }
    Money employmentAllowanceUsed() const { return m_allowanceUsed; }

    Money yearly() const { return m_yearly; }
    Money monthly() const;
    Money weekly() const;

    const Options& options() const { return m_options; }
    QString rateTableId() const { return m_rateTableId; }
    QString rateTableName() const { return m_rateTableName; }
    QDate ratesAsOf() const { return m_ratesAsOf; }
    const QList<RateTable::Source>& sources() const { return m_sources; }

    // For `pbplanner pa-cost --json`: money in pence, lines with their keys
    // ("wages", "holiday-pay", ...), labels and how each was worked out.
    QJsonObject toJson() const;

private:
    QList<Line> m_lines;
    Money m_yearly;
    Money m_niBeforeAllowance;
    Money m_allowanceUsed;
    Options m_options;
    std::optional<int> m_hoursHundredths; // the inputs, when costed from hours
    Period m_hoursPer = Period::Week;
    Money m_hourlyWage;
    QString m_rateTableId;
    QString m_rateTableName;
    QDate m_ratesAsOf;
    QList<RateTable::Source> m_sources;
};

template <> struct EnumKeyTable<PersonalAssistantCost::LineKind> {
    static constexpr std::pair<PersonalAssistantCost::LineKind, const char*> entries[] = {
        {PersonalAssistantCost::LineKind::Wages, "wages"},
        {PersonalAssistantCost::LineKind::HolidayPay, "holiday-pay"},
        {PersonalAssistantCost::LineKind::EmployerNationalInsurance, "employer-national-insurance"},
        {PersonalAssistantCost::LineKind::Pension, "pension"},
        {PersonalAssistantCost::LineKind::Insurance, "insurance"},
        {PersonalAssistantCost::LineKind::Payroll, "payroll"},
        {PersonalAssistantCost::LineKind::Contingency, "contingency"},
    };
};

} // namespace pb
