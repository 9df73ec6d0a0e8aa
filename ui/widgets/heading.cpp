#include "widgets/heading.h"

#include "appearance.h"

#include <QEvent>

namespace pb::ui {

Heading::Heading(const QString& text, int level, QWidget* parent)
    : QLabel(text, parent)
    , m_level(level)
{
    setFont(Appearance::headingFont(level));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // No fixed accessible name: QLabel's own is its text, so a heading
    // whose text changes later (setText) is read out as it now says.
    setAccessibleDescription(level == 1 ? tr("Page heading") : tr("Heading"));
}

bool Heading::event(QEvent* event)
{
    if (event->type() == QEvent::ApplicationFontChange) {
        setFont(Appearance::headingFont(m_level));
    }
    return QLabel::event(event);
}

} // namespace pb::ui
