#include "widgets/fittedtableview.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace pb::ui {

FittedTableView::FittedTableView(QWidget* parent)
    : QTableView(parent)
{
    setWordWrap(true);
    // Room around the words, so wrapped lines in neighbouring rows don't run
    // together; in ems, so it grows with the text.
    setStyleSheet(QStringLiteral("QTableView::item { padding: 0.25em 0.3em; }"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The leftover room goes to the last column sized in characters (see
    // fitColumns), not to the last column, which may be money.
    horizontalHeader()->setStretchLastSection(false);
    // Rows change height as the text wraps: the table's height follows.
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
    connect(
        verticalHeader(), &QHeaderView::sectionCountChanged, this, [this] { updateGeometry(); });
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this] { updateGeometry(); });
}

void FittedTableView::setColumnWidthsInCharacters(const QList<int>& characters)
{
    m_characters = characters;
    for (int column = 0; column < characters.size(); ++column) {
        horizontalHeader()->setSectionResizeMode(column,
            characters[column] == 0 ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    }
    fitColumns();
}

void FittedTableView::setColumnsThatCanGo(const QList<int>& columns)
{
    m_canGo = columns;
    fitColumns();
}

void FittedTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    // Columns sized to their contents change with the data; the others are
    // fitted around them once the header has measured them.
    connect(model, &QAbstractItemModel::modelReset, this, &FittedTableView::fitColumns,
        Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FittedTableView::fitColumns,
        Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::dataChanged, this, &FittedTableView::fitColumns,
        Qt::QueuedConnection);
}

int FittedTableView::contentHeight() const
{
    int height = 2 * frameWidth() + verticalHeader()->length();
    if (!horizontalHeader()->isHidden()) {
        height += horizontalHeader()->sizeHint().height();
    }
    if (horizontalScrollBar()->maximum() > 0) {
        height += horizontalScrollBar()->sizeHint().height();
    }
    return height;
}

QSize FittedTableView::sizeHint() const
{
    return {QTableView::sizeHint().width(), contentHeight()};
}

QSize FittedTableView::minimumSizeHint() const
{
    return {QTableView::minimumSizeHint().width(), contentHeight()};
}

void FittedTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void FittedTableView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitColumns();
    }
}

void FittedTableView::fitColumns()
{
    if (m_characters.isEmpty() || !model()) {
        return;
    }
    hideColumnsThatDoNotFit();
    const int ch = fontMetrics().averageCharWidth();
    int fixed = 0; // columns sized to their contents
    int wanted = 0; // characters asked for by the others
    for (int column = 0; column < m_characters.size(); ++column) {
        if (isColumnHidden(column)) {
            continue;
        } else if (m_characters[column] == 0) {
            fixed += horizontalHeader()->sectionSize(column);
        } else {
            wanted += m_characters[column];
        }
    }
    if (wanted == 0) {
        return;
    }
    const int room = std::max(0, viewport()->width() - fixed);
    // Shrink in proportion when the wanted widths do not fit.
    const double scale = std::min(1.0, double(room) / double(wanted * ch));
    int used = 0;
    int last = -1;
    for (int column = 0; column < m_characters.size(); ++column) {
        if (m_characters[column] != 0 && !isColumnHidden(column)) {
            const int width = std::max(kNarrowest, int(m_characters[column] * scale)) * ch;
            horizontalHeader()->resizeSection(column, width);
            used += width;
            last = column;
        }
    }
    if (used < room) {
        horizontalHeader()->resizeSection(
            last, horizontalHeader()->sectionSize(last) + room - used);
    }
    // Wrapped text needs the rows' heights worked out again for the new widths.
    resizeRowsToContents();
}

int FittedTableView::narrowestWidth() const
{
    const int ch = fontMetrics().averageCharWidth();
    int width = 0;
    for (int column = 0; column < m_characters.size(); ++column) {
        if (!isColumnHidden(column)) {
            width += m_characters[column] == 0 ? horizontalHeader()->sectionSize(column)
                                               : kNarrowest * ch;
        }
    }
    return width;
}

void FittedTableView::hideColumnsThatDoNotFit()
{
    if (m_canGo.isEmpty()) {
        return;
    }
    // Show them all, then hide in order until the rest fit at their narrowest.
    for (int column : std::as_const(m_canGo)) {
        setColumnHidden(column, false);
    }
    for (int column : std::as_const(m_canGo)) {
        if (narrowestWidth() <= viewport()->width()) {
            break;
        }
        setColumnHidden(column, true);
    }
}

} // namespace pb::ui
