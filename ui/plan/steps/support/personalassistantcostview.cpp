#include "plan/steps/support/personalassistantcostview.h"

#include "money/moneyformatter.h"
#include "plan/steps/support/personalassistantcostmodel.h"
#include "widgets/fittedtableview.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace pb::ui {

PersonalAssistantCostView::PersonalAssistantCostView(QWidget* parent)
    : QWidget(parent)
    , m_model(new PersonalAssistantCostModel(this))
    , m_table(new FittedTableView(this))
    , m_totals(new QLabel(this))
    , m_rates(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("What employing a personal assistant costs, line by line"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidthsInCharacters({22, 50, 0});
    layout->addWidget(m_table);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    layout->addWidget(rule);
    QFont bold;
    bold.setBold(true); // only the weight: the size follows the text size setting
    m_totals->setFont(bold);
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    m_rates->setObjectName(QStringLiteral("hint"));
    m_rates->setWordWrap(true);
    m_rates->setTextFormat(Qt::RichText);
    m_rates->setOpenExternalLinks(true);
    m_rates->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_rates->hide();
    layout->addWidget(m_rates);
}

void PersonalAssistantCostView::setCost(const PersonalAssistantCost& cost)
{
    m_model->show(cost);
    m_table->show();
    const MoneyFormatter money;
    m_totals->setText(
        tr("In total: %1, that is %2 or %3")
            .arg(money.format(cost.yearly(), Period::Year, MoneyFormatter::Pence::Always),
                money.format(cost.monthly(), Period::Month, MoneyFormatter::Pence::Always),
                money.format(cost.weekly(), Period::Week, MoneyFormatter::Pence::Always)));
    m_totals->setAccessibleName(m_totals->text());

    QStringList sources;
    for (const RateTable::Source& source : cost.sources()) {
        QString text = source.title.toHtmlEscaped();
        if (!source.url.isEmpty()) {
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(source.url.toHtmlEscaped(), text);
        }
        // A typical figure's "publisher" is this program; say what matters instead.
        text += QLatin1Char(' ')
            + (source.typicalFigure
                    ? tr("(typical figures, not quotes: use your own if you have them)")
                    : tr("(%1)").arg(source.publisher.toHtmlEscaped()));
        sources.append(QStringLiteral("<li>%1</li>").arg(text));
    }
    const QString asOf = QLocale().toString(cost.ratesAsOf(), QStringLiteral("d MMMM yyyy"));
    m_rates->setText(
        QStringLiteral("<p>%1</p><p>%2</p><ul>%3</ul>")
            .arg(tr("Worked out with the rates as of %1 (%2).")
                     .arg(asOf, cost.rateTableName())
                     .toHtmlEscaped(),
                tr("Where the figures come from:").toHtmlEscaped(), sources.join(QString())));
    m_rates->setVisible(m_showSources);
}

void PersonalAssistantCostView::clearCost(const QString& why)
{
    m_model->clear();
    m_table->hide();
    m_totals->setText(why);
    m_totals->setAccessibleName(why);
    m_rates->hide();
}

void PersonalAssistantCostView::setShowSources(bool show)
{
    m_showSources = show;
    m_rates->setVisible(show && m_table->isVisibleTo(this));
}

QString PersonalAssistantCostView::totalsText() const
{
    return m_totals->text();
}

QString PersonalAssistantCostView::ratesText() const
{
    return m_rates->text();
}

} // namespace pb::ui
