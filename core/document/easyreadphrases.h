// EasyReadPhrases: how the easy-read plan says money and how often, in whole
// pounds ("£120 each week"), as the easy-read guides and the domain brief
// ask: pence make a figure harder to read and matter little in a plan. The
// amount is rounded to the nearest pound by MoneyFormatter (Money's rounding
// rule), never cut off.
#pragma once

#include "money/moneyformatter.h"

#include <QCoreApplication>
#include <QString>

namespace pb {

class EasyReadPhrases {
    Q_DECLARE_TR_FUNCTIONS(EasyReadPhrases)
public:
    explicit EasyReadPhrases(const MoneyFormatter& money);

    // "£120"
    QString pounds(Money amount) const;
    // "£120 each week", "£6,240 each year", "£850 once"
    QString amount(Money amount, Period period) const;
    // "each week", "every four weeks", "each month", "each year", "once"
    static QString each(Period period);
    // True when the amount shows as £0 in whole pounds.
    static bool roundsToNothing(Money amount);

private:
    const MoneyFormatter& m_money;
};

} // namespace pb
