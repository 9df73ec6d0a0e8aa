// SupportItemSummary: one line per support item as a person reads it (what,
// who, how often, how it is paid, which outcomes it helps with, the cost a
// week and a year), for the printed plan's support table and the CSV export,
// so both say the same thing. Costs come from PlanTotals (SupportItemCost),
// never worked out here.
//
// "How often" says the quantity and the item's own period: "7.5 hours a
// week" for a personal assistant (their quantity is hours), "once a month",
// "3 times a year" for anything else, whose unit the plan does not record.
#pragma once

#include "costing/plantotals.h"
#include "model/plan.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pb {

class SupportItemSummary {
    Q_DECLARE_TR_FUNCTIONS(SupportItemSummary)
public:
    struct Row {
        int key = 0;
        QString what; // the person's words as typed, line breaks and all (trimmed)
        QString who; // the provider as typed (trimmed), or "Not named yet"
        QString howOften;
        QString paidBy; // the route's short label, or "Unpaid"
        QStringList helpsWith; // outcome texts as typed (trimmed), in the plan's order
        Money weekly;
        Money yearly;
        bool costsNothing = false;
    };

    static QList<Row> rows(const Plan& plan, const PlanTotals& totals);

    // Column headings, in Row order: What, Who, How often, Paid by, Helps
    // with, Cost a week, Cost a year.
    static QStringList headers();
    static QString howOften(const SupportItem& item);
    // The helps-with cell: outcomes joined with "; ", or "Not linked to an outcome yet".
    static QString helpsWithText(const Row& row);
};

} // namespace pb
