#include "widgets/choiceoption.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QSpacerItem>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

ChoiceOption::ChoiceOption(const QString& label, const QString& hint, QWidget* parent)
    : QWidget(parent)
    , m_button(new QRadioButton(this))
    , m_buttonOffset(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Fixed))
    , m_label(new QLabel(label, this))
    , m_hint(new QLabel(hint, this))
{
    // Rows 0 and 3 share out any height above the words' own, so a one-line
    // answer sits in the middle of its 44 pixels.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(3, 1);
    auto* buttonColumn = new QVBoxLayout;
    buttonColumn->setContentsMargins(0, 0, 0, 0);
    buttonColumn->setSpacing(0);
    buttonColumn->addItem(m_buttonOffset);
    buttonColumn->addWidget(m_button);
    buttonColumn->addStretch(1);
    layout->addLayout(buttonColumn, 1, 0, 2, 1);
    layout->addWidget(m_label, 1, 1);
    layout->addWidget(m_hint, 2, 1);
    layout->setColumnStretch(1, 1);

    for (QLabel* text : {m_label, m_hint}) {
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        // Clicks on the words reach this widget (a plain label ignores them).
        text->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_hint->setObjectName(QStringLiteral("hint"));
    m_label->setBuddy(m_button);
    setText(label, hint);
    setFocusProxy(m_button);
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(44);
    alignButton();
}

void ChoiceOption::alignButton()
{
    // The button in line with the first line of the words, at any text size.
    const int offset =
        std::max(0, (m_label->fontMetrics().height() - m_button->sizeHint().height()) / 2);
    m_buttonOffset->changeSize(0, offset, QSizePolicy::Minimum, QSizePolicy::Fixed);
    if (layout()) {
        layout()->invalidate();
    }
}

void ChoiceOption::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        alignButton();
    }
    QWidget::changeEvent(event);
}

void ChoiceOption::setText(const QString& label, const QString& hint)
{
    m_label->setText(label);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_button->setAccessibleName(label);
    m_button->setAccessibleDescription(hint);
}

QString ChoiceOption::label() const
{
    return m_label->text();
}

QString ChoiceOption::hint() const
{
    return m_hint->text();
}

void ChoiceOption::mousePressEvent(QMouseEvent* event)
{
    // Accepted, so the release comes here too.
    event->accept();
}

void ChoiceOption::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())
        && m_button->isEnabled()) {
        m_button->setFocus(Qt::MouseFocusReason);
        m_button->click();
    }
    event->accept();
}

} // namespace pb::ui
