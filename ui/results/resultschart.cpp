#include "results/resultschart.h"

#include "model/modellabels.h"
#include "results/resultslabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace pb::ui {

namespace {

struct Part {
    OutcomeRating rating;
    const char* colour;
};

// Green for better, blue for the same, soft red for worse, grey for not yet:
// the easy-read pictures' palette, light enough for black count labels.
constexpr std::array<Part, 4> kParts {{
    {OutcomeRating::Better, "#9ccc8f"},
    {OutcomeRating::Same, "#8fb8de"},
    {OutcomeRating::Worse, "#e98b7a"},
    {OutcomeRating::NotYet, "#d6d6d6"},
}};

QHorizontalStackedBarSeries* seriesOf(QChart* chart)
{
    const auto series = chart->series();
    return series.isEmpty() ? nullptr : qobject_cast<QHorizontalStackedBarSeries*>(series.first());
}

} // namespace

ResultsChart::ResultsChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setBackgroundVisible(false);
    setAccessibleName(tr("Chart: how outcomes have gone, by life area"));
    setAccessibleDescription(tr("The same figures are in the table below the chart."));
    // Nothing to do with it from the keyboard; the table has it all. The
    // graphics view's viewport takes focus on its own unless told not to.
    setFocusPolicy(Qt::NoFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);
}

void ResultsChart::setResults(const CaseloadResults& results)
{
    // A new chart each time: taking the old one's axes and series apart
    // leaves stray axis items drawn behind the new ones.
    QChart* old = chart();
    auto* c = new QChart;
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setBackgroundVisible(false);
    c->setAnimationOptions(QChart::NoAnimation);
    setChart(c);
    delete old;
    auto* series = new QHorizontalStackedBarSeries(c);
    // Listed top to bottom in the table's order: a horizontal chart draws
    // its first category at the bottom, so they go in reversed.
    QList<CaseloadResults::AreaCounts> areas = results.byLifeArea();
    std::reverse(areas.begin(), areas.end());
    QStringList names;
    for (const auto& a : areas) {
        names.append(ModelLabels::lifeArea(a.area));
    }
    int widest = 0;
    for (const Part& part : kParts) {
        auto* set = new QBarSet(ResultsLabels::rating(part.rating), series);
        set->setColor(QColor(QLatin1String(part.colour)));
        set->setBorderColor(palette().color(QPalette::WindowText));
        set->setLabelColor(Qt::black);
        for (const auto& a : areas) {
            set->append(a.counts.of(part.rating));
        }
        series->append(set);
    }
    for (const auto& a : areas) {
        widest = std::max(widest, a.counts.total());
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    c->addSeries(series);

    auto* areaAxis = new QBarCategoryAxis(c);
    areaAxis->append(names);
    c->addAxis(areaAxis, Qt::AlignLeft);
    series->attachAxis(areaAxis);
    auto* countAxis = new QValueAxis(c);
    countAxis->setRange(0, std::max(widest, 1));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0);
    // About five steps of a whole number of outcomes.
    countAxis->setTickInterval(std::max(1, (widest + 4) / 5));
    //: the chart's axis along the bars
    countAxis->setTitleText(tr("Outcomes"));
    c->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);

    m_areas = int(areas.size());
    applyFonts();
    fitHeight();
}

QList<QBarSet*> ResultsChart::sets() const
{
    QHorizontalStackedBarSeries* series = seriesOf(chart());
    return series ? series->barSets() : QList<QBarSet*>();
}

QStringList ResultsChart::categories() const
{
    for (QAbstractAxis* axis : chart()->axes(Qt::Vertical)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            return categories->categories();
        }
    }
    return {};
}

void ResultsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        applyFonts();
        fitHeight();
    }
    QChartView::changeEvent(event);
}

void ResultsChart::applyFonts()
{
    // A chart keeps its own fonts: give it the page's, so it follows the
    // text size like everything else.
    QChart* c = chart();
    const QFont text = font();
    const QColor ink = palette().color(QPalette::WindowText);
    c->legend()->setFont(text);
    c->legend()->setLabelColor(ink);
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsFont(text);
        axis->setTitleFont(text);
        axis->setLabelsColor(ink);
        axis->setTitleBrush(ink);
    }
    if (QHorizontalStackedBarSeries* series = seriesOf(c)) {
        for (QBarSet* set : series->barSets()) {
            set->setLabelFont(text);
        }
    }
}

void ResultsChart::fitHeight()
{
    // Two lines of text a bar, plus the axis, its title and the legend.
    const int line = fontMetrics().height();
    setMinimumHeight(line * (2 * std::max(m_areas, 1) + 8));
}

} // namespace pb::ui
