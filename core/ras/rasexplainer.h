// RasExplainer: turns a RasResult into the explanation a person reads: an
// ordered list of short sentences in plain words, one step of the sum each
// ("Your answers scored 142 points.", "Each point is worth £42.",
// "142 × £42 = £5,964 a year."), ending with the amount and what the council
// calls it. The steps follow the order the rules apply in (rasscheme.h), so
// reading them top to bottom is doing the sum by hand.
//
// Only what happened is said: a floor that did not apply is not mentioned,
// so the list stays short enough to read aloud.
#pragma once

#include "money/moneyformatter.h"
#include "ras/rasresult.h"
#include "ras/rasscheme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace pb {

class RasExplainer {
    Q_DECLARE_TR_FUNCTIONS(RasExplainer)
public:
    explicit RasExplainer(QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom));

    QStringList steps(const RasScheme& scheme, const RasResult& result) const;

    // 1000 -> "10%", 1250 -> "12.5%", 5 -> "0.05%": basis points as people write them.
    QString percent(qint64 basisPoints) const;

private:
    void explainPoints(const RasScheme& scheme, const RasResult& result, QStringList& steps) const;
    void explainMoneyRule(
        const RasScheme& scheme, const RasResult& result, QStringList& steps) const;
    void explainPercentages(const RasResult& result, QStringList& steps) const;
    void explainLimits(const RasScheme& scheme, const RasResult& result, QStringList& steps) const;
    void explainFixedAmounts(
        const RasScheme& scheme, const RasResult& result, QStringList& steps) const;
    void explainAmount(const RasScheme& scheme, const RasResult& result, QStringList& steps) const;

    QString points(qint64 count) const; // "1 point", "1,250 points"
    QString number(qint64 value) const; // "1,250"
    QString money(Money amount) const; // "£42", "£596.40"
    QString yearly(Money amount) const; // "£5,964 a year"

    QLocale m_locale;
    MoneyFormatter m_formatter;
};

} // namespace pb
