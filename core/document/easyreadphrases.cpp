#include "document/easyreadphrases.h"

namespace pb {

EasyReadPhrases::EasyReadPhrases(const MoneyFormatter& money)
    : m_money(money)
{
}

QString EasyReadPhrases::pounds(Money amount) const
{
    return m_money.format(amount, MoneyFormatter::Pence::Never);
}

QString EasyReadPhrases::amount(Money amount, Period period) const
{
    //: Easy-read: an amount in whole pounds and how often, e.g. "£120 each week"
    return tr("%1 %2").arg(pounds(amount), each(period));
}

QString EasyReadPhrases::each(Period period)
{
    switch (period) {
    case Period::Week:
        return tr("each week");
    case Period::FourWeeks:
        return tr("every four weeks");
    case Period::Month:
        return tr("each month");
    case Period::Year:
        return tr("each year");
    case Period::Once:
        return tr("once");
    }
    Q_UNREACHABLE();
}

bool EasyReadPhrases::roundsToNothing(Money amount)
{
    return amount.scaled(1, 100).isZero();
}

} // namespace pb
