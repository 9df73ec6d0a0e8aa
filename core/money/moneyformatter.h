// MoneyFormatter: money as people read it, through QLocale.
//
// Pence are shown only where they matter: "£120", "£12.71", "£1,234.50".
// With a period: "£120 a week", "£6,240 a year", "£500 once".
// Easy-read and totals may ask for whole pounds: the amount is rounded by
// Money's rule to the nearest pound.
#pragma once

#include "money/money.h"
#include "money/period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pb {

class MoneyFormatter {
    Q_DECLARE_TR_FUNCTIONS(MoneyFormatter)
public:
    enum class Pence { WhereTheyMatter, Always, Never };

    explicit MoneyFormatter(QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom));

    QString format(Money amount, Pence pence = Pence::WhereTheyMatter) const;
    QString format(Money amount, Period period, Pence pence = Pence::WhereTheyMatter) const;

    // "a week", "every four weeks", "a month", "a year", "once".
    static QString periodPhrase(Period period);
    // "Week", "Four weeks", "Month", "Year", "Once": a label for a choice list.
    static QString periodName(Period period);

private:
    QLocale m_locale;
};

} // namespace pb
