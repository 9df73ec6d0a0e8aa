// AgreeStep (step 7, "Agree"): who is agreeing the plan, when it is first
// reviewed, the "Agree this plan" button, printing and saving the plan
// (PlanOutputPanel), and the versions of the plan so far.
//
// Agreeing is a decision, not an edit: the button asks first (AgreeDialog,
// which names any Error findings; the person may still agree, since the
// council decides), then calls PlanSession::agree(), which freezes this
// version and clears the undo history. Afterwards the page shows who agreed
// it and when, and the next review; "Make a new version" is on the plan
// page's banner.
//
// Who is agreeing and the review date are typed here but are not plan data
// until agree() stores them: they live in the widgets only, so they survive
// moving between steps (the steps stay alive while the plan is open) but not
// closing the plan, and they are not part of undo. They are reset when a
// different version is shown (after agreeing, or a new version).
//
// The first review defaults to three months after today (ReviewSchedule::firstReview);
// after that a plan is reviewed once a year, which the review pages set.
#pragma once

#include "model/plan.h"
#include "plan/steppage.h"

#include <QDate>
#include <QPointer>

class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace pb::ui {

class AgreeDialog;
class FittedTableView;
class PlanOutputPanel;
class VersionTableModel;

class AgreeStep : public StepPage {
    Q_OBJECT
public:
    static QDate defaultReviewDate(QDate today);

    explicit AgreeStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/agree.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget) const override { return false; }

    QLineEdit* agreedByEdit() const { return m_agreedBy; }
    QLabel* agreedByError() const { return m_agreedByError; }
    QDateEdit* reviewDateEdit() const { return m_reviewDate; }
    QLabel* reviewSentence() const { return m_reviewSentence; }
    QPushButton* agreeButton() const { return m_agree; }
    // The question asked by agreeButton(), while it is open.
    AgreeDialog* openDialog() const;
    QFrame* agreedPanel() const { return m_agreedPanel; }
    QLabel* agreedText() const { return m_agreedText; }
    FittedTableView* versionsView() const { return m_versionsView; }
    VersionTableModel* versionsModel() const { return m_versions; }
    PlanOutputPanel* outputPanel() const { return m_output; }

private:
    void resetForm();
    void updateReviewSentence();
    void askToAgree();
    void answered(int choice);

    QWidget* m_form;
    QLineEdit* m_agreedBy;
    QLabel* m_agreedByError;
    QDateEdit* m_reviewDate;
    QLabel* m_reviewSentence;
    QLabel* m_errorsNote;
    QPushButton* m_agree;
    QPointer<AgreeDialog> m_dialog;

    QFrame* m_agreedPanel;
    QLabel* m_agreedText;

    PlanOutputPanel* m_output;

    FittedTableView* m_versionsView;
    VersionTableModel* m_versions;

    qint64 m_formPlanId = -1; // the version the form was filled in for
    qint64 m_versionsPlanId = -1; // what the versions table was last read for
    PlanStatus m_versionsStatus = PlanStatus::Draft;
    // What the reviews column was last read for (the Review page adds
    // reviews to the agreed version without changing its id or status).
    qint64 m_reviewsPlanId = -1;
    QList<Review> m_reviewsShown;
};

} // namespace pb::ui
