// StepPage: one step of the plan (About me, My budget, …). Every step has the
// same frame (UI-GUIDE: a heading in the person's words, one sentence saying
// what to do, then the content in small groups) and the same contract:
//   - refresh() puts the plan's current values into the widgets; it runs
//     after every change, so it must be quiet (see FieldSync);
//   - edits are made by pushing undo commands (push());
//   - setEditable(false) when the plan is agreed (frozen);
//   - showTarget() brings a checker finding's subject into view.
#pragma once

#include "checks/finding.h"

#include <QWidget>

class QUndoCommand;
class QVBoxLayout;
class QLabel;

namespace pb::ui {

class PlanSession;

class StepPage : public QWidget {
    Q_OBJECT
public:
    StepPage(PlanSession* session, const QString& heading, const QString& intro,
        QWidget* parent = nullptr);

    // The short name in the step list ("My budget") and its icon (":/icons/…").
    virtual QString stepTitle() const = 0;
    virtual QString iconPath() const = 0;

    virtual void refresh() = 0;
    virtual void setEditable(bool editable) = 0;
    // True when this page is where a finding about `target` is put right.
    virtual bool handles(FindingTarget target) const = 0;
    virtual void showTarget(FindingTarget target, int key);

signals:
    // Asks the plan page to open the step where a finding is put right.
    void findingActivated(pb::FindingTarget target, int key);
    // Asks the plan page to open one step, named by its class's
    // staticMetaObject (a "Change" link for a part no finding points at).
    void stepRequested(const QMetaObject* step);

protected:
    PlanSession* session() const { return m_session; }
    QVBoxLayout* content() const { return m_content; }
    void push(QUndoCommand* command);

private:
    PlanSession* m_session;
    QVBoxLayout* m_content;
};

} // namespace pb::ui
