// BuildUpCheck: whether money is building up in the account: a balance above
// a set number of weeks of the budget (SpendingSettings::buildUpWeeks, 8 by
// default), which the council may ask to have back. Councils' direct payment
// agreements set such a limit so that money given for support is used for
// support; the warning lets the person talk to the council before it acts.
//
//     threshold = (the budget a week) × weeks
//     building up when balance > threshold (exactly the threshold is not)
// The budget a week is the yearly budget through pb::convert (÷ 52, rounded
// once).
#pragma once

#include "money/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pb {

class BuildUpCheck {
    Q_DECLARE_TR_FUNCTIONS(BuildUpCheck)
public:
    static BuildUpCheck assess(Money balance, Money yearlyBudget, int weeks);

    Money balance() const { return m_balance; }
    Money threshold() const { return m_threshold; }
    int weeks() const { return m_weeks; }
    bool isBuildingUp() const { return m_balance > m_threshold; }

    // "Money is building up: you have £2,400, more than 8 weeks of your
    // budget (£1,715). ..." Empty when it is not building up.
    QString warning(QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom)) const;

private:
    Money m_balance;
    Money m_threshold;
    int m_weeks = 0;
};

} // namespace pb
