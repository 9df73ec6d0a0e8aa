#include "plan/steps/budget/rasexplanationpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pb::ui {

RasExplanationPanel::RasExplanationPanel(QWidget* parent)
    : QGroupBox(tr("Why this amount?"), parent)
    , m_list(new QVBoxLayout(this))
{
    m_list->setSpacing(6);
    setAccessibleName(tr("Why this amount?"));
}

void RasExplanationPanel::setSteps(const QStringList& steps)
{
    if (steps == m_steps) {
        return;
    }
    m_steps = steps;
    while (m_labels.size() > steps.size()) {
        QLabel* label = m_labels.takeLast();
        m_list->removeWidget(label);
        delete label;
    }
    while (m_labels.size() < steps.size()) {
        auto* label = new QLabel(this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_list->addWidget(label);
        m_labels.append(label);
    }
    for (int i = 0; i < steps.size(); ++i) {
        //: A numbered step of the explanation: "3. 142 × £42 = £5,964 a year."
        m_labels[i]->setText(tr("%1. %2").arg(i + 1).arg(steps[i]));
    }
    // Read as one text by a screen reader when the panel is reached.
    setAccessibleDescription(steps.join(QLatin1Char(' ')));
}

} // namespace pb::ui
