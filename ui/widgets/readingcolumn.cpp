#include "widgets/readingcolumn.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace pb::ui {

ReadingColumn::ReadingColumn(int characters, QWidget* parent)
    : QWidget(parent)
    , m_characters(characters)
    , m_column(new QVBoxLayout(this))
{
    m_column->setContentsMargins(0, 0, 0, 0);
    updateWidth();
}

void ReadingColumn::addTo(QBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(this, 1);
    row->addStretch(0);
    layout->addLayout(row);
}

void ReadingColumn::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        updateWidth();
    }
    QWidget::changeEvent(event);
}

void ReadingColumn::updateWidth()
{
    setMaximumWidth(fontMetrics().averageCharWidth() * m_characters);
}

} // namespace pb::ui
