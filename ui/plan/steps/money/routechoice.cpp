#include "plan/steps/money/routechoice.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTimer>
#include <QVBoxLayout>

namespace pb::ui {

RouteChoice::RouteChoice(const QString& label, const QString& explanation, QWidget* parent)
    : QWidget(parent)
    , m_radio(new QRadioButton(this))
    , m_title(new QLabel(label, this))
    , m_explanation(new QLabel(explanation, this))
    , m_reveal(new QWidget(this))
    , m_revealLayout(new QVBoxLayout(m_reveal))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->setColumnStretch(1, 1);

    m_radio->setAccessibleName(label);
    m_radio->setAccessibleDescription(explanation);
    m_radio->installEventFilter(this);
    layout->addWidget(m_radio, 0, 0, Qt::AlignTop | Qt::AlignHCenter);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setBuddy(m_radio);
    layout->addWidget(m_title, 0, 1);

    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_explanation, 1, 1);

    m_revealLayout->setContentsMargins(0, 8, 0, 4);
    m_revealLayout->setSpacing(4);
    m_reveal->hide();
    layout->addWidget(m_reveal, 2, 1);
    alignRadio();
}

void RouteChoice::setRevealed(bool revealed)
{
    m_reveal->setVisible(revealed);
}

void RouteChoice::alignRadio()
{
    // The circle grows with the text (the style's own stays small at 200%)
    // and sits in the middle of the name's first line.
    const int line = m_title->fontMetrics().height();
    const int circle = std::max(line * 4 / 5, 12);
    m_radio->setStyleSheet(
        QStringLiteral("QRadioButton::indicator { width: %1px; height: %1px; }").arg(circle));
    m_radio->setContentsMargins(0, std::max(0, (line - m_radio->sizeHint().height()) / 2), 0, 0);
}

void RouteChoice::mousePressEvent(QMouseEvent* event)
{
    event->setAccepted(event->button() == Qt::LeftButton && m_radio->isEnabled());
}

void RouteChoice::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_radio->isEnabled() && !m_radio->isChecked()
        && rect().contains(event->position().toPoint())) {
        m_radio->setFocus(Qt::MouseFocusReason);
        m_radio->click();
    }
    event->accept();
}

void RouteChoice::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!m_radio->hasFocus()) {
        return;
    }
    QPainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = rect().adjusted(1, 1, -1, -1);
    option.backgroundColor = palette().color(QPalette::Window);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}

void RouteChoice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        // Later, once the labels have their new font too.
        QTimer::singleShot(0, this, &RouteChoice::alignRadio);
    }
    QWidget::changeEvent(event);
}

bool RouteChoice::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_radio
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        update(); // the focus frame goes round the whole block
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pb::ui
