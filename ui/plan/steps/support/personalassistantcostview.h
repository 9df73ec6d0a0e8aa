// PersonalAssistantCostView: the true cost of employing a personal assistant,
// shown line by line (PersonalAssistantCostModel), with the totals a year, a
// month and a week in bold under the table, and, when asked, the date of the
// rates and where they come from. Used by the personal assistant calculator
// and, live, by the support item dialog.
#pragma once

#include "costing/personalassistantcost.h"

#include <QWidget>

class QLabel;

namespace pb::ui {

class FittedTableView;
class PersonalAssistantCostModel;

class PersonalAssistantCostView : public QWidget {
    Q_OBJECT
public:
    explicit PersonalAssistantCostView(QWidget* parent = nullptr);

    void setCost(const PersonalAssistantCost& cost);
    // No figures to show (the hours or the pay are not filled in): says why.
    void clearCost(const QString& why);
    // Shows the rates' date and sources under the totals.
    void setShowSources(bool show);

    FittedTableView* table() const { return m_table; }
    PersonalAssistantCostModel* model() const { return m_model; }
    QString totalsText() const;
    QString ratesText() const;

private:
    PersonalAssistantCostModel* m_model;
    FittedTableView* m_table;
    QLabel* m_totals;
    QLabel* m_rates;
    bool m_showSources = false;
};

} // namespace pb::ui
