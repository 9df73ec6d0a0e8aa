// RasExplanationPanel: "Why this amount?": the RAS calculation's explanation
// (RasResult::steps, written by RasExplainer), one numbered step per line, in
// the order the sum is done, so reading down the list is doing the sum by
// hand. It stays visible when the plan is agreed: the reasons for an amount
// matter most once it is fixed.
#pragma once

#include <QGroupBox>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace pb::ui {

class RasExplanationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RasExplanationPanel(QWidget* parent = nullptr);

    // Rebuilds the list only when the steps changed.
    void setSteps(const QStringList& steps);
    QStringList steps() const { return m_steps; }

private:
    QVBoxLayout* m_list;
    QList<QLabel*> m_labels;
    QStringList m_steps;
};

} // namespace pb::ui
