#include "plan/steps/check/findingbutton.h"

#include "appearance.h"
#include "checks/findingwords.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace pb::ui {

FindingButton::FindingButton(const Finding& finding, QWidget* parent)
    : QAbstractButton(parent)
    , m_finding(finding)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    const QString word = severityWord(finding.severity);
    // Bold through rich text rather than a font of its own, so the word keeps
    // following the person's text size.
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setText(QStringLiteral("<b>%1</b><br>%2")
                        .arg(word.toHtmlEscaped(), finding.message.toHtmlEscaped()));
    for (QLabel* label : {m_icon, m_text}) {
        // Clicks anywhere on the button are the button's.
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_icon->setAccessibleName(word);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    updateIcon();

    //: %1 is "Needs changing", "Worth a look" or "Tip"; %2 the advice
    setAccessibleName(tr("%1: %2").arg(word, finding.message));
    setAccessibleDescription(tr("Opens the part of your plan this is about"));
    setToolTip(tr("Go to this part of your plan"));
}

QString FindingButton::severityWord(FindingSeverity severity)
{
    return FindingWords::severity(severity);
}

QString FindingButton::iconPath(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral(":/icons/error.svg");
    case FindingSeverity::Warning:
        return QStringLiteral(":/icons/warning.svg");
    case FindingSeverity::Hint:
        return QStringLiteral(":/icons/information.svg");
    }
    Q_UNREACHABLE();
}

void FindingButton::updateIcon()
{
    // About two lines of text high, so it grows with the text size.
    const int side = fontMetrics().height() * 2;
    m_icon->setPixmap(Appearance::icon(iconPath(m_finding.severity))
                          .pixmap(QSize(side, side), devicePixelRatio()));
    m_icon->setFixedSize(side, side);
}

void FindingButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        updateIcon();
    }
    QAbstractButton::changeEvent(event);
}

void FindingButton::paintEvent(QPaintEvent*)
{
    // The style's own button panel, so hover, pressed and focus look like
    // every other button on the desktop (high-contrast themes included).
    QStylePainter painter(this);
    QStyleOptionButton option;
    option.initFrom(this);
    if (isDown()) {
        option.state |= QStyle::State_Sunken;
    } else {
        option.state |= QStyle::State_Raised;
    }
    painter.drawControl(QStyle::CE_PushButtonBevel, option);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = style()->subElementRect(QStyle::SE_PushButtonFocusRect, &option, this);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

void FindingButton::keyPressEvent(QKeyEvent* event)
{
    // Enter as well as Space, as for a link.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace pb::ui
