#include "plan/steps/support/quantitytext.h"

#include "money/quantityparser.h"

#include <QLocale>
#include <QRegularExpression>

namespace pb::ui {

namespace {

constexpr int kHoursInDay = 24;

// Hours in the longest period of each kind: a leap year, a 31-day month.
int mostHours(Period period)
{
    switch (period) {
    case Period::Week:
        return 7 * kHoursInDay;
    case Period::FourWeeks:
        return 28 * kHoursInDay;
    case Period::Month:
        return 31 * kHoursInDay;
    case Period::Year:
    case Period::Once: // a one-off happens within the plan year
        return 366 * kHoursInDay;
    }
    Q_UNREACHABLE();
}

QString inPeriod(Period period)
{
    switch (period) {
    case Period::Week:
        return QuantityText::tr("in a week");
    case Period::FourWeeks:
        return QuantityText::tr("in four weeks");
    case Period::Month:
        return QuantityText::tr("in a month");
    case Period::Year:
    case Period::Once:
        return QuantityText::tr("in a year");
    }
    Q_UNREACHABLE();
}

Error refuse(const QString& message, const QString& typed)
{
    return Error {message, QStringLiteral("quantity: \"%1\"").arg(typed)};
}

} // namespace

QuantityText::Unit QuantityText::unitFor(SupportType type)
{
    return type == SupportType::PersonalAssistant ? Unit::Hours : Unit::Any;
}

int QuantityText::largest(Unit unit, Period period)
{
    return unit == Unit::Hours ? mostHours(period) * 100 : kMostOfAnything;
}

QString QuantityText::format(int hundredths)
{
    return QuantityParser::format(hundredths); // the form parse() reads back
}

Result<int> QuantityText::parse(const QString& text, Unit unit, Period period)
{
    const bool hours = unit == Unit::Hours;
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        return refuse(hours ? tr("Enter the number of hours, like 10 or 7.5")
                            : tr("Enter how many, like 1, 10 or 7.5"),
            text);
    }
    if (typed.startsWith(QLatin1Char('-')) || typed.startsWith(QChar(0x2212))) {
        return refuse(hours ? tr("The hours can't be less than 0. Enter a number like 10 or 7.5")
                            : tr("How many can't be less than 0. Enter a number like 1, 10 or 7.5"),
            text);
    }
    static const QRegularExpression number(QStringLiteral("^([0-9]*)(?:\\.([0-9]*))?$"));
    const auto match = number.match(typed);
    if (!match.hasMatch() || typed == QLatin1String(".")) {
        return refuse(hours ? tr("Enter the hours as a number, like 10 or 7.5")
                            : tr("Enter a number, like 1, 10 or 7.5"),
            text);
    }
    const QString whole = match.captured(1);
    QString fraction = match.captured(2);
    if (fraction.size() > 2) {
        return refuse(tr("Use no more than 2 numbers after the point, like 7.25"), text);
    }
    const int most = largest(unit, period);
    const QString tooMany = hours ? tr("There are only %1 hours %2. Check the number of hours, "
                                       "like 10 or 7.5")
                                        .arg(QLocale().toString(most / 100), inPeriod(period))
                                  : tr("That is more than %1. Check the number, like 1, 10 or 7.5")
                                        .arg(QLocale().toString(most / 100));
    // More digits than any accepted number has: too large, and too large to add up.
    if (whole.size() > 7) {
        return refuse(tooMany, text);
    }
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    const qint64 hundredths = whole.toLongLong() * 100 + fraction.toLongLong();
    if (hundredths == 0) {
        return refuse(hours ? tr("Enter a number of hours more than 0, like 10 or 7.5")
                            : tr("Enter a number more than 0, like 1, 10 or 7.5"),
            text);
    }
    if (hundredths > most) {
        return refuse(tooMany, text);
    }
    return int(hundredths);
}

} // namespace pb::ui
