// BudgetExplanation: why the budget is what it is, for the printed plan.
//
// A budget worked out here (Budget::source == Ras) records only the scheme's
// id and the person's answers, so the explanation is worked out again by
// RasCalculator from the shipped scheme of that id: the same scheme and
// answers give the same steps the window showed, and the printed plan never
// does its own sums. When the scheme is not one this program has (a plan
// made with a scheme since removed, or in another program) or the answers no
// longer fit it, `problem` says so in plain words and there are no steps:
// a wrong explanation would be worse than none.
#pragma once

#include "model/budget.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pb {

class BudgetExplanation {
    Q_DECLARE_TR_FUNCTIONS(BudgetExplanation)
public:
    static BudgetExplanation of(const Budget& budget, const QLocale& locale);

    bool fromScheme = false; // the budget says it was worked out with a scheme
    QStringList steps; // RasExplainer's steps, in order; empty with a problem
    QString problem; // why there are no steps, in plain words; empty otherwise

    // About the scheme, when it was found.
    QString schemeName;
    QString council;
    QDate schemeRatesAsOf;
    QString questionnaireTerm; // the council's name for its questionnaire; may be empty
    std::optional<Money> schemeAmountYearly; // what the scheme gives, a year
};

} // namespace pb
