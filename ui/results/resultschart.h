// ResultsChart: the report's main figures as a Qt Charts stacked bar chart:
// one bar per life area, split into better, the same, worse and not yet,
// each part labelled with its count, and a legend in words. Colour is never
// the only way to tell the parts apart: the legend and the order (better,
// the same, worse, not yet, left to right) say which is which, and the same
// figures are in the table beside the chart (ResultsTableModel).
//
// Bars run across, so the life areas' names read as text down the side at
// any text size; the chart grows in height with the number of areas and the
// text size, so a label is never squeezed out.
#pragma once

#include "results/caseloadresults.h"

#include <QChartView>
#include <QList>

class QBarSet;

namespace pb::ui {

class ResultsChart : public QChartView {
    Q_OBJECT
public:
    explicit ResultsChart(QWidget* parent = nullptr);

    void setResults(const CaseloadResults& results);
    // Better, the same, worse, not yet.
    QList<QBarSet*> sets() const;
    QStringList categories() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();
    void fitHeight();

    int m_areas = 0;
};

} // namespace pb::ui
