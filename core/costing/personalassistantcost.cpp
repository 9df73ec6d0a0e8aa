#include "costing/personalassistantcost.h"

#include "money/moneyformatter.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace pb {

namespace {

constexpr qint64 kWholeBasisPoints = 10000;

QLocale textLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// A whole number of hundredths as people write it: 1000 -> "10", 750 -> "7.5",
// 1025 -> "10.25".
QString hundredthsText(qint64 hundredths)
{
    const QLocale locale = textLocale();
    QString text = locale.toString(hundredths / 100);
    const qint64 fraction = hundredths % 100;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0'))) {
            digits.chop(1);
        }
        text += locale.decimalPoint() + digits;
    }
    return text;
}

// 1207 basis points -> "12.07%", 1500 -> "15%".
QString percentText(int basisPoints)
{
    return hundredthsText(basisPoints) + QLatin1Char('%');
}

QString money(Money amount)
{
    return MoneyFormatter().format(amount);
}

Money clamp(Money value, Money lowest, Money highest)
{
    return std::min(std::max(value, lowest), highest);
}

} // namespace

PersonalAssistantCost PersonalAssistantCost::calculate(
    int hoursPerWeekHundredths, Money hourlyWage, const RateTable& rates, const Options& options)
{
    return calculate(hoursPerWeekHundredths, Period::Week, hourlyWage, rates, options);
}

PersonalAssistantCost PersonalAssistantCost::calculate(
    int hoursPerWeekHundredths, Money hourlyWage, const RateTable& rates)
{
    return calculate(hoursPerWeekHundredths, Period::Week, hourlyWage, rates, Options {});
}

Money PersonalAssistantCost::yearlyWages(int hoursHundredths, Period per, Money hourlyWage)
{
    const Money perPeriod = std::max(hourlyWage, Money()).scaled(std::max(hoursHundredths, 0), 100);
    return convert(perPeriod, per, Period::Year);
}

PersonalAssistantCost PersonalAssistantCost::calculate(int hoursHundredths, Period per,
    Money hourlyWage, const RateTable& rates, const Options& options)
{
    const int hours = std::max(hoursHundredths, 0);
    const Money wage = std::max(hourlyWage, Money());
    //: how many hours, e.g. "1 hour" or "7.5 hours"
    const QString hoursPhrase =
        hours == 100 ? tr("1 hour") : tr("%1 hours").arg(hundredthsText(hours));
    const QString wageText = money(wage);
    QString how;
    switch (per) {
    case Period::Week:
        //: e.g. "10 hours a week at £12.71 an hour, for 52 weeks"
        how = tr("%1 a week at %2 an hour, for %3 weeks")
                  .arg(hoursPhrase, wageText)
                  .arg(occurrencesPerYear(per));
        break;
    case Period::FourWeeks:
        how = tr("%1 every four weeks at %2 an hour, %3 times a year")
                  .arg(hoursPhrase, wageText)
                  .arg(occurrencesPerYear(per));
        break;
    case Period::Month:
        how = tr("%1 a month at %2 an hour, for %3 months")
                  .arg(hoursPhrase, wageText)
                  .arg(occurrencesPerYear(per));
        break;
    case Period::Year:
        how = tr("%1 a year at %2 an hour").arg(hoursPhrase, wageText);
        break;
    case Period::Once:
        how = tr("%1 at %2 an hour, once").arg(hoursPhrase, wageText);
        break;
    }
    PersonalAssistantCost cost = forYearlyWages(yearlyWages(hours, per, wage), how, rates, options);
    cost.m_hoursHundredths = hours;
    cost.m_hoursPer = per;
    cost.m_hourlyWage = wage;
    return cost;
}

PersonalAssistantCost PersonalAssistantCost::forYearlyWages(Money yearlyWages,
    const QString& wagesHowWorkedOut, const RateTable& rates, const Options& options)
{
    PersonalAssistantCost cost;
    cost.m_options = options;
    cost.m_options.numberOfAssistants = std::max(options.numberOfAssistants, 1);
    const int assistants = cost.m_options.numberOfAssistants;
    cost.m_rateTableId = rates.id;
    cost.m_rateTableName = rates.name;
    cost.m_ratesAsOf = rates.ratesAsOf;
    cost.m_sources = rates.sources;

    // Added to a line's sentence when the rate table marks its figure as typical.
    const QString typical = tr("(a typical figure, not a quote)");
    auto withTypical = [&typical](const QString& sentence, bool isTypical) {
        return isTypical ? sentence + QLatin1Char(' ') + typical : sentence;
    };

    const Money wages = std::max(yearlyWages, Money());
    cost.m_lines.append({LineKind::Wages, tr("Wages"), wages, wagesHowWorkedOut});

    const Money holiday = wages.scaled(rates.holidayAccrualBasisPoints, kWholeBasisPoints);
    cost.m_lines.append({LineKind::HolidayPay, tr("Holiday pay"), holiday,
        //: e.g. "12.07% of wages, for 5.6 weeks of paid holiday a year"
        tr("%1 of wages, for %2 weeks of paid holiday a year")
            .arg(percentText(rates.holidayAccrualBasisPoints),
                hundredthsText(rates.holidayWeeksHundredths))});

    const Money pay = wages + holiday;

    // Employer's National Insurance, less the Employment Allowance if claimed.
    const Money aboveThreshold = std::max(pay - rates.niSecondaryThresholdYearly, Money());
    cost.m_niBeforeAllowance =
        aboveThreshold.scaled(rates.employerNiBasisPoints, kWholeBasisPoints);
    const Money allowance = options.claimEmploymentAllowance
        ? rates.employmentAllowanceYearly.scaled(1, assistants)
        : Money();
    cost.m_allowanceUsed = std::min(cost.m_niBeforeAllowance, allowance);
    const Money ni = cost.m_niBeforeAllowance - cost.m_allowanceUsed;
    const QString niRate = percentText(rates.employerNiBasisPoints);
    const QString niThreshold = money(rates.niSecondaryThresholdYearly);
    QString niHow;
    if (cost.m_niBeforeAllowance.isZero()) {
        //: %1 is the yearly pay with holiday pay, %2 the threshold
        niHow = tr("Nothing to pay: pay of %1 a year, with holiday pay, is not above %2 a year")
                    .arg(money(pay), niThreshold);
    } else if (cost.m_allowanceUsed.isZero()) {
        //: e.g. "15% of pay above £5,000 a year (pay is £7,406.93 a year with holiday pay)"
        niHow = tr("%1 of pay above %2 a year (pay is %3 a year with holiday pay)")
                    .arg(niRate, niThreshold, money(pay));
    } else if (ni.isZero()) {
        niHow = tr("%1 of pay above %2 a year is %3, all paid for by the Employment Allowance")
                    .arg(niRate, niThreshold, money(cost.m_niBeforeAllowance));
    } else {
        niHow = tr("%1 of pay above %2 a year is %3, less %4 from the Employment Allowance")
                    .arg(niRate, niThreshold, money(cost.m_niBeforeAllowance),
                        money(cost.m_allowanceUsed));
    }
    if (!cost.m_allowanceUsed.isZero() && assistants > 1) {
        niHow += QLatin1Char(' ')
            + tr(
                "(the allowance of %1 a year is shared between %n assistants)", nullptr, assistants)
                  .arg(money(rates.employmentAllowanceYearly));
    }
    cost.m_lines.append(
        {LineKind::EmployerNationalInsurance, tr("Employer's National Insurance"), ni, niHow});

    // Workplace pension, only once automatic enrolment applies.
    Money pension;
    QString pensionHow;
    if (pay >= rates.pensionTriggerYearly) {
        const Money qualifying =
            clamp(pay, rates.pensionQualifyingLowerYearly, rates.pensionQualifyingUpperYearly)
            - rates.pensionQualifyingLowerYearly;
        pension = qualifying.scaled(rates.pensionEmployerBasisPoints, kWholeBasisPoints);
        //: e.g. "3% of pay between £6,240 and £50,270 a year"
        pensionHow = tr("%1 of pay between %2 and %3 a year")
                         .arg(percentText(rates.pensionEmployerBasisPoints),
                             money(rates.pensionQualifyingLowerYearly),
                             money(rates.pensionQualifyingUpperYearly));
    } else {
        pensionHow = tr("Nothing to pay: pay of %1 a year is under %2 a year, so the assistant "
                        "does not have to be "
                        "put in a pension scheme")
                         .arg(money(pay), money(rates.pensionTriggerYearly));
    }
    cost.m_lines.append({LineKind::Pension, tr("Workplace pension"), pension, pensionHow});

    // Costs of being an employer, shared between the employer's assistants.
    const Money insurance = rates.insuranceYearly.scaled(1, assistants);
    const QString insuranceHow = assistants == 1
        ? tr("A yearly premium of %1").arg(money(rates.insuranceYearly))
        : tr("A yearly premium of %1, shared between %n assistants", nullptr, assistants)
              .arg(money(rates.insuranceYearly));
    cost.m_lines.append({LineKind::Insurance, tr("Employer's liability insurance"), insurance,
        withTypical(insuranceHow, rates.insuranceIsTypical)});

    const Money payroll =
        convert(rates.payrollMonthly, Period::Month, Period::Year).scaled(1, assistants);
    const QString payrollHow = assistants == 1
        ? tr("%1 a month for 12 months").arg(money(rates.payrollMonthly))
        : tr("%1 a month for 12 months, shared between %n assistants", nullptr, assistants)
              .arg(money(rates.payrollMonthly));
    cost.m_lines.append({LineKind::Payroll, tr("Payroll service"), payroll,
        withTypical(payrollHow, rates.payrollIsTypical)});

    const Money contingency = wages.scaled(rates.contingencyBasisPoints, kWholeBasisPoints);
    cost.m_lines.append(
        {LineKind::Contingency, tr("Money set aside for cover and sick pay"), contingency,
            withTypical(tr("%1 of wages").arg(percentText(rates.contingencyBasisPoints)),
                rates.contingencyIsTypical)});

    for (const Line& l : std::as_const(cost.m_lines)) {
        cost.m_yearly += l.yearly;
    }
    return cost;
}

Money PersonalAssistantCost::line(LineKind kind) const
{
    for (const Line& l : m_lines) {
        if (l.kind == kind) {
            return l.yearly;
        }
    }
    return {};
}

Money PersonalAssistantCost::monthly() const
{
    return convert(m_yearly, Period::Year, Period::Month);
}

Money PersonalAssistantCost::weekly() const
{
    return convert(m_yearly, Period::Year, Period::Week);
}

QJsonObject PersonalAssistantCost::toJson() const
{
    QJsonArray lines;
    for (const Line& l : m_lines) {
        lines.append(QJsonObject {
            {QStringLiteral("key"), enumKey(l.kind)},
            {QStringLiteral("label"), l.label},
            {QStringLiteral("yearlyPence"), l.yearly.pence()},
            {QStringLiteral("howWorkedOut"), l.howWorkedOut},
        });
    }
    QJsonArray sources;
    for (const RateTable::Source& s : m_sources) {
        sources.append(QJsonObject {
            {QStringLiteral("title"), s.title},
            {QStringLiteral("publisher"), s.publisher},
            {QStringLiteral("url"), s.url},
            {QStringLiteral("typicalFigure"), s.typicalFigure},
        });
    }
    QJsonObject json {
        {QStringLiteral("rates"),
            QJsonObject {
                {QStringLiteral("id"), m_rateTableId},
                {QStringLiteral("name"), m_rateTableName},
                {QStringLiteral("asOf"), m_ratesAsOf.toString(Qt::ISODate)},
                {QStringLiteral("sources"), sources},
            }},
        {QStringLiteral("employmentAllowanceClaimed"), m_options.claimEmploymentAllowance},
        {QStringLiteral("numberOfAssistants"), m_options.numberOfAssistants},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("payYearlyPence"), pay().pence()},
        {QStringLiteral("nationalInsuranceBeforeAllowancePence"), m_niBeforeAllowance.pence()},
        {QStringLiteral("employmentAllowanceUsedPence"), m_allowanceUsed.pence()},
        {QStringLiteral("yearlyPence"), m_yearly.pence()},
        {QStringLiteral("monthlyPence"), monthly().pence()},
        {QStringLiteral("weeklyPence"), weekly().pence()},
    };
    if (m_hoursHundredths) {
        json.insert(QStringLiteral("hoursHundredths"), *m_hoursHundredths);
        json.insert(QStringLiteral("hoursPer"), periodKey(m_hoursPer));
        json.insert(QStringLiteral("hourlyWagePence"), m_hourlyWage.pence());
    }
    return json;
}

} // namespace pb
