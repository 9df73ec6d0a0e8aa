#include "plan/steps/check/summarysection.h"

#include "widgets/heading.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

SummarySection::SummarySection(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_change(new QPushButton(this))
    , m_grid(new QGridLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* top = new QHBoxLayout;
    top->addWidget(new Heading(title, 2, this), 1);
    m_change->setMinimumHeight(44);
    top->addWidget(m_change, 0, Qt::AlignBottom);
    layout->addLayout(top);
    connect(m_change, &QPushButton::clicked, this, &SummarySection::changeRequested);
    setChangeable(true);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(10);
    // The labels take about a third of the width, the values the rest.
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 2);
    layout->addLayout(m_grid);
    setAccessibleName(title);
}

void SummarySection::setChangeable(bool changeable)
{
    m_change->setText(changeable ? tr("Change") : tr("See details"));
    //: %1 is a part of the plan, e.g. "My budget"
    m_change->setAccessibleName(
        (changeable ? tr("Change %1") : tr("See details of %1")).arg(m_title.toLower()));
    m_change->setToolTip(changeable ? tr("Go to the step where you can change this")
                                    : tr("Go to the step where this is"));
}

void SummarySection::setRows(const QList<Row>& rows, int firstTotal)
{
    if (rows == m_rows && firstTotal == m_firstTotal) {
        return;
    }
    m_rows = rows;
    m_firstTotal = firstTotal;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Bold through rich text rather than a font of its own, so it keeps
    // following the person's text size.
    const auto bold = [](const QString& text) {
        return QStringLiteral("<b>%1</b>")
            .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    };
    int gridRow = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const bool total = firstTotal >= 0 && i >= firstTotal;
        if (total && i == firstTotal) {
            auto* rule = new QFrame(this);
            rule->setFrameShape(QFrame::HLine);
            rule->setFrameShadow(QFrame::Sunken);
            m_grid->addWidget(rule, gridRow++, 0, 1, 2);
        }
        auto* label = new QLabel(bold(rows[i].first), this);
        label->setTextFormat(Qt::RichText);
        auto* value = new QLabel(total ? bold(rows[i].second) : rows[i].second, this);
        value->setTextFormat(total ? Qt::RichText : Qt::PlainText);
        for (QLabel* l : {label, value}) {
            l->setWordWrap(true);
            l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        }
        label->setObjectName(QStringLiteral("summaryLabel"));
        value->setObjectName(QStringLiteral("summaryValue"));
        // Selectable, so a support planner can copy a figure into an email.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(rows[i].first);
        m_grid->addWidget(label, gridRow, 0);
        m_grid->addWidget(value, gridRow, 1);
        ++gridRow;
    }
}

} // namespace pb::ui
