#include "plan/steppage.h"

#include "plan/plansession.h"
#include "widgets/heading.h"

#include <QLabel>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace pb::ui {

StepPage::StepPage(
    PlanSession* session, const QString& heading, const QString& intro, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_content(new QVBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(new Heading(heading, 1, this));
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setObjectName(QStringLiteral("intro"));
    layout->addWidget(introLabel);
    m_content->setSpacing(16);
    layout->addLayout(m_content);
    layout->addStretch(1);
    // Every step follows every change (an undo, or an edit on another step).
    connect(session, &PlanSession::changed, this, [this] {
        setEditable(!m_session->isFrozen());
        refresh();
    });
}

void StepPage::showTarget(FindingTarget, int) { }

void StepPage::push(QUndoCommand* command)
{
    m_session->undoStack()->push(command);
}

} // namespace pb::ui
