#include "plan/steps/checkstep.h"

#include "plan/plansession.h"
#include "plan/steps/aboutmestep.h"
#include "plan/steps/check/findingbutton.h"
#include "plan/steps/check/plansummary.h"
#include "plan/steps/check/summarysection.h"
#include "widgets/heading.h"
#include "widgets/readingcolumn.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

CheckStep::CheckStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("Check my plan"),
        tr("Look through your plan before you agree it. Choose a point to go straight to it."),
        parent)
    , m_findingsSummary(new QLabel(this))
    , m_findingsLayout(new QVBoxLayout)
{
    // Wide enough for the finding's icon and a line of advice of about 75
    // characters, and for a summary's label and value side by side.
    auto* column = new ReadingColumn(110, this);
    column->column()->setSpacing(16);
    column->addTo(content());
    QVBoxLayout* layout = column->column();
    layout->addWidget(new Heading(tr("Things to look at"), 2, column));
    m_findingsSummary->setWordWrap(true);
    m_findingsSummary->setTextFormat(Qt::PlainText);
    m_findingsSummary->setObjectName(QStringLiteral("findingsSummary"));
    layout->addWidget(m_findingsSummary);
    m_findingsLayout->setSpacing(8);
    layout->addLayout(m_findingsLayout);
    // Made before the sections, so the findings come before the Change
    // buttons in the tab order, as on the page (see showFindings).
    showFindings(session->findings());

    const QList<std::pair<Section, QString>> sections {
        {Section::AboutMe, tr("About me")},
        {Section::Budget, tr("My budget")},
        {Section::Outcomes, tr("What matters to me")},
        {Section::MoneyManagement, tr("How my money is managed")},
        {Section::Support, tr("My support")},
        {Section::Emergency, tr("If my support can't come (back-up plan)")},
    };
    for (const auto& [which, title] : sections) {
        auto* section = new SummarySection(title, this);
        connect(section, &SummarySection::changeRequested, this,
            [this, which = which] { openSection(which); });
        layout->addSpacing(8);
        layout->addWidget(section);
        m_sections.append(section);
    }
    setEditable(!session->isFrozen());
    refresh();
}

QString CheckStep::stepTitle() const
{
    return tr("Check my plan");
}

SummarySection* CheckStep::section(Section section) const
{
    return m_sections.value(int(section));
}

void CheckStep::refresh()
{
    const Plan& plan = session()->plan();
    const PlanTotals& totals = session()->totals();
    showFindings(session()->findings());
    section(Section::AboutMe)->setRows(PlanSummary::aboutMe(session()->person()));
    section(Section::Budget)->setRows(PlanSummary::budget(plan, totals));
    section(Section::Outcomes)->setRows(PlanSummary::outcomes(plan));
    section(Section::MoneyManagement)->setRows(PlanSummary::moneyManagement(plan, totals));
    const QList<SummarySection::Row> items = PlanSummary::support(plan, totals);
    section(Section::Support)
        ->setRows(items + PlanSummary::supportTotals(totals), int(items.size()));
    section(Section::Emergency)->setRows(PlanSummary::emergency(plan));
}

void CheckStep::showFindings(const QList<Finding>& findings)
{
    // Rebuilt only when the findings change, so a refresh after an edit
    // elsewhere leaves the buttons (and the focus on one) alone.
    if (m_findingsShown && findings == m_shownFindings) {
        return;
    }
    m_findingsShown = true;
    m_shownFindings = findings;
    for (FindingButton* button : std::as_const(m_findingButtons)) {
        m_findingsLayout->removeWidget(button);
        button->hide();
        button->deleteLater(); // it may be the one whose click brought us here
    }
    m_findingButtons.clear();

    if (findings.isEmpty()) {
        m_findingsSummary->setText(tr("Your plan has no problems we can see."));
        return;
    }
    const auto errors = std::count_if(findings.cbegin(), findings.cend(),
        [](const Finding& f) { return f.severity == FindingSeverity::Error; });
    // Said without a count: the list shows how many, and a sentence with no
    // number needs no plural forms to translate.
    m_findingsSummary->setText(errors > 0
            ? tr("Here is what we noticed. Those marked “Needs changing” come first: the "
                 "council may not agree the plan as it is. Choose one to go straight to it.")
            : tr("Here is what we noticed. Choose one to go straight to it."));
    for (const Finding& finding : findings) {
        auto* button = new FindingButton(finding, this);
        connect(button, &FindingButton::clicked, this, [this, button] {
            emit findingActivated(button->finding().target, button->finding().targetKey);
        });
        m_findingsLayout->addWidget(button);
        m_findingButtons.append(button);
    }
    // New widgets join the end of the tab order; put the findings back
    // where they are read, before the first Change button: after the last
    // widget before it that takes the focus (setTabOrder ignores one that
    // doesn't, such as the button's own section). The first ones, made
    // before the sections, are in place already.
    if (m_sections.isEmpty()) {
        return;
    }
    QWidget* before = section(Section::AboutMe)->changeButton()->previousInFocusChain();
    while (before->focusPolicy() == Qt::NoFocus
        || m_findingButtons.contains(qobject_cast<FindingButton*>(before))) {
        before = before->previousInFocusChain();
    }
    for (FindingButton* button : std::as_const(m_findingButtons)) {
        QWidget::setTabOrder(before, button);
        before = button;
    }
}

void CheckStep::openSection(Section section)
{
    switch (section) {
    case Section::AboutMe:
        emit stepRequested(&AboutMeStep::staticMetaObject);
        return;
    case Section::Budget:
        emit findingActivated(FindingTarget::Budget, 0);
        return;
    case Section::Outcomes:
        emit findingActivated(FindingTarget::Outcome, 0);
        return;
    case Section::MoneyManagement:
        emit findingActivated(FindingTarget::Deployment, 0);
        return;
    case Section::Support:
        emit findingActivated(FindingTarget::SupportItem, 0);
        return;
    case Section::Emergency:
        emit findingActivated(FindingTarget::EmergencyPlan, 0);
        return;
    }
}

void CheckStep::setEditable(bool editable)
{
    // Nothing is edited here; the Change buttons say "See details" instead
    // when the plan is agreed, since the steps they open are read-only then.
    // About me describes the person, not this version, so it always can be.
    for (SummarySection* s : std::as_const(m_sections)) {
        s->setChangeable(editable || s == section(Section::AboutMe));
    }
}

} // namespace pb::ui
