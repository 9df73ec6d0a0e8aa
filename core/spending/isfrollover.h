// IsfRollover: an Individual Service Fund month by month. The provider holds
// the money; each month the person has that month's share of the budget, and
// what is not spent rolls over into the next month (the Thurrock way in the
// personalisation papers: "flexibility to roll over unspent funds from one
// month to the next").
//
//     allowance      = the budget a month (the yearly budget through
//                      pb::convert: ÷ 12, rounded once)
//     carried        = brought + allowance − spent
//     next brought   = carried
// starting from £0 at the start of the plan year, for the plan year's months
// (PlanYear::months) up to and including the month with `today` in it. Only
// money out up to today counts as spent: the money the council pays the
// provider is the allowance itself, and a payment dated later isn't made yet.
#pragma once

#include "money/money.h"
#include "spending/payment.h"
#include "spending/planyear.h"

#include <QDate>
#include <QList>

namespace pb {

class IsfRollover {
public:
    struct Month {
        QDate first;
        QDate last;
        Money broughtForward;
        Money allowance;
        Money spent;
        Money carriedForward;
    };

    // `payments`: the ISF's payments (the caller leaves out any that are not
    // paid from the fund).
    static QList<Month> months(
        const PlanYear& year, Money yearlyBudget, const QList<Payment>& payments, QDate today);
};

} // namespace pb
