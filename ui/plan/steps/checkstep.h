// CheckStep (step 6, "Check my plan"): the plan looked over before it is
// agreed, the way GOV.UK's "check your answers" pages work.
//
// First what the plan checker noticed (PlanSession::findings(), most serious
// first), each a FindingButton that takes the person to the thing it is
// about: clicking it (or Enter) emits findingActivated(target, key) and the
// plan page opens the step that handles() it. With nothing to report it says
// so in plain words. Then each part of the plan summarised (PlanSummary) with
// a Change button that goes straight to its step: through findingActivated
// with the part's FindingTarget where there is one (so a Change link and a
// finding about that part land in the same place), and through
// stepRequested for About me, which no finding is about.
//
// Nothing is edited here and no rule is worked out here: the words come from
// the checker, PlanTotals, ModelLabels and MoneyFormatter.
#pragma once

#include "plan/steppage.h"

#include <QList>

class QLabel;
class QVBoxLayout;

namespace pb::ui {

class FindingButton;
class SummarySection;

class CheckStep : public StepPage {
    Q_OBJECT
public:
    // The parts of the plan, in the order they are summarised.
    enum class Section { AboutMe, Budget, Outcomes, MoneyManagement, Support, Emergency };

    explicit CheckStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/check.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    // Findings are put right on the steps they are about, never here.
    bool handles(FindingTarget) const override { return false; }

    QList<FindingButton*> findingButtons() const { return m_findingButtons; }
    // "Your plan has no problems we can see", or how many things to look at.
    QLabel* findingsSummary() const { return m_findingsSummary; }
    SummarySection* section(Section section) const;

private:
    void showFindings(const QList<Finding>& findings);
    void openSection(Section section);

    QLabel* m_findingsSummary;
    QVBoxLayout* m_findingsLayout;
    QList<FindingButton*> m_findingButtons;
    QList<Finding> m_shownFindings;
    bool m_findingsShown = false;
    QList<SummarySection*> m_sections; // in Section order
};

} // namespace pb::ui
