#include "money/moneyformatter.h"

namespace pb {

MoneyFormatter::MoneyFormatter(QLocale locale)
    : m_locale(std::move(locale))
{
}

QString MoneyFormatter::format(Money amount, Pence pence) const
{
    const bool showPence =
        pence == Pence::Always || (pence == Pence::WhereTheyMatter && amount.hasPence());
    const Money shown = showPence ? amount : amount.scaled(1, 100).times(100);
    const qint64 p = shown.pence();
    const qint64 magnitude = p < 0 ? -p : p;
    QString number = m_locale.toString(magnitude / 100);
    if (showPence) {
        number += m_locale.decimalPoint()
            + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    const QString sign = p < 0 ? m_locale.negativeSign() : QString();
    // In a right-to-left language (the program's, QLocale::setDefault) an
    // amount still reads left to right: a left-to-right mark before it keeps
    // "£1,488" from showing as "1,488£" among the Urdu words.
    const QString mark =
        QLocale().textDirection() == Qt::RightToLeft ? QString(QChar(0x200E)) : QString();
    return mark + sign + QChar(0x00A3) + number;
}

QString MoneyFormatter::format(Money amount, Period period, Pence pence) const
{
    //: %1 is an amount of money, %2 how often, e.g. "£120 a week"
    return tr("%1 %2").arg(format(amount, pence), periodPhrase(period));
}

QString MoneyFormatter::periodPhrase(Period period)
{
    switch (period) {
    case Period::Week:
        return tr("a week");
    case Period::FourWeeks:
        return tr("every four weeks");
    case Period::Month:
        return tr("a month");
    case Period::Year:
        return tr("a year");
    case Period::Once:
        return tr("once");
    }
    Q_UNREACHABLE();
}

QString MoneyFormatter::periodName(Period period)
{
    switch (period) {
    case Period::Week:
        return tr("Week");
    case Period::FourWeeks:
        return tr("Four weeks");
    case Period::Month:
        return tr("Month");
    case Period::Year:
        return tr("Year");
    case Period::Once:
        return tr("Once");
    }
    Q_UNREACHABLE();
}

} // namespace pb
