// PlanPage: a person's plan, step by step. A step list down the side (any
// step can be opened directly), the step itself in a scroll area (so a large
// text size never clips), Back and Next at the bottom, and the running total
// always in view. A message bar at the top says when an edit could not be
// saved, and a banner says when the plan is agreed and can't be changed.
#pragma once

#include "checks/finding.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace pb::ui {

class PlanSession;
class RunningTotal;
class StepPage;

class PlanPage : public QWidget {
    Q_OBJECT
public:
    explicit PlanPage(QWidget* parent = nullptr);
    ~PlanPage() override;

    // Shows `session`'s plan from the first step; the page does not own it.
    void setSession(PlanSession* session);
    PlanSession* session() const { return m_session; }

    int stepCount() const;
    int currentStep() const;
    void goToStep(int index);
    StepPage* step(int index) const;
    // Opens the step where a finding is put right, with its subject in view.
    void showFinding(FindingTarget target, int key);
    // Opens the step of this class (see StepPage::stepRequested).
    void showStep(const QMetaObject* step);

    RunningTotal* runningTotal() const { return m_total; }

    // "Keep track of the money" on an agreed plan's banner: opens the
    // money window for this person (SpendingWindow), or brings it forward.
    void trackMoney();

signals:
    void backToCaseload();
    // "Review this plan" on an agreed plan's banner (the Review page).
    void reviewRequested();

private:
    void buildSteps();
    void refresh();
    void updateButtons();
    void showMessage(const QString& message);

    PlanSession* m_session = nullptr;
    QLabel* m_personName;
    QLabel* m_message;
    QLabel* m_frozenBanner;
    QPushButton* m_newVersion;
    QPushButton* m_review;
    QPushButton* m_trackMoney;
    QListWidget* m_stepList;
    QStackedWidget* m_stack;
    QPushButton* m_back;
    QPushButton* m_next;
    RunningTotal* m_total;
    QList<StepPage*> m_steps;
};

} // namespace pb::ui
