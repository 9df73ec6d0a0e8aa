#include "widgets/runningtotal.h"

#include "costing/plantotals.h"
#include "money/moneyformatter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

#include <algorithm>

namespace pb::ui {

RunningTotal::RunningTotal(QWidget* parent)
    : QWidget(parent)
    , m_budget(new QLabel(this))
    , m_planned(new QLabel(this))
    , m_leftOver(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setSpacing(24);
    for (QLabel* label : {m_budget, m_planned, m_leftOver}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        layout->addWidget(label, 2);
    }
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 1000);
    m_bar->setAccessibleName(tr("Share of the budget planned"));
    layout->addWidget(m_bar, 1);
    setAccessibleName(tr("Running total"));
}

void RunningTotal::show(const PlanTotals& totals)
{
    const MoneyFormatter money;
    const Period period = totals.budgetPeriod();
    const auto budget = totals.budget();
    m_budget->setText(
        budget ? tr("Budget: %1").arg(money.format(*budget, period)) : tr("Budget: not set yet"));
    m_planned->setText(tr("Planned: %1").arg(money.format(totals.planned(), period)));

    const auto left = totals.leftOver();
    const bool over = left && left->isNegative();
    if (!left) {
        m_leftOver->setText(tr("Add your budget to see what is left"));
    } else if (over) {
        m_leftOver->setText(tr("%1 more than your budget").arg(money.format(-*left, period)));
    } else {
        m_leftOver->setText(tr("Left over: %1").arg(money.format(*left, period)));
    }
    m_leftOver->setObjectName(over ? QStringLiteral("overBudget") : QString());
    m_leftOver->style()->unpolish(m_leftOver);
    m_leftOver->style()->polish(m_leftOver);

    qint64 permille = 0;
    if (budget && budget->pence() > 0) {
        permille =
            std::clamp<qint64>(totals.planned().scaled(1000, budget->pence()).pence(), 0, 1000);
    }
    m_bar->setValue(int(permille));
    m_bar->setAccessibleDescription(summary());
    setAccessibleDescription(summary());
}

QString RunningTotal::summary() const
{
    return QStringList {m_budget->text(), m_planned->text(), m_leftOver->text()}.join(
        QStringLiteral(". "));
}

} // namespace pb::ui
