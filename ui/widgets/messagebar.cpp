#include "widgets/messagebar.h"

#include "appearance.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace pb::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
    m_close->setAccessibleName(tr("Close this message"));
    m_close->setShortcut(Qt::Key_Escape);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    const bool problem = kind == Kind::Problem;
    const int size = fontMetrics().height() * 2;
    m_icon->setPixmap(Appearance::icon(
        problem ? QStringLiteral(":/icons/warning.svg") : QStringLiteral(":/icons/information.svg"))
                          .pixmap(size, size));
    m_icon->setAccessibleName(problem ? tr("Problem") : tr("Information"));
    m_text->setText(problem ? tr("Problem: %1").arg(text) : text);
    setAccessibleName(m_text->text());
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace pb::ui
