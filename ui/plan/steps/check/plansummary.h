// PlanSummary: the words the Check step shows for each part of the plan, as
// rows of a short label and a value ("My budget" / "£6,200 a year"). Only
// words: every figure comes from core (PlanTotals, SupportItemCost), every
// kind of thing is named by ModelLabels and money by MoneyFormatter, so the
// summary can never disagree with the steps it summarises.
//
// Labels are the ones the steps use ("Who helps me with this plan"), so the
// person recognises them; anything not filled in says so ("Not added yet")
// rather than leaving a gap, as "check your answers" pages do.
#pragma once

#include "costing/plantotals.h"
#include "model/person.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace pb::ui {

class PlanSummary {
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)
public:
    using Row = std::pair<QString, QString>;

    static QList<Row> aboutMe(const Person& person);
    static QList<Row> budget(const Plan& plan, const PlanTotals& totals);
    // The three most important outcomes first, then the rest, each in plan order.
    static QList<Row> outcomes(const Plan& plan);
    static QList<Row> moneyManagement(const Plan& plan, const PlanTotals& totals);
    // Each item's cost in the budget's period, and who provides it.
    static QList<Row> support(const Plan& plan, const PlanTotals& totals);
    // What the support costs together, against the budget.
    static QList<Row> supportTotals(const PlanTotals& totals);
    static QList<Row> emergency(const Plan& plan);

    // "3 March 2027": dates as the UI-GUIDE writes them.
    static QString date(QDate date);
};

} // namespace pb::ui
