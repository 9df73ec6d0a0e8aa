// RunningTotal: budget, planned and left over, always in view while a plan
// is open, with a simple bar. Over budget is said in words ("£1,200 more
// than your budget"), not by colour alone.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pb {
class PlanTotals;
}

namespace pb::ui {

class RunningTotal : public QWidget {
    Q_OBJECT
public:
    explicit RunningTotal(QWidget* parent = nullptr);
    void show(const PlanTotals& totals);

    // For tests and screen readers: the whole sentence.
    QString summary() const;

private:
    QLabel* m_budget;
    QLabel* m_planned;
    QLabel* m_leftOver;
    QProgressBar* m_bar;
};

} // namespace pb::ui
