#include "document/standardplanwriter.h"

#include "checks/findingwords.h"
#include "document/documentblocks.h"
#include "document/standardcostsections.h"
#include "document/standardmoneysections.h"
#include "model/modellabels.h"

#include <algorithm>

namespace pb {

namespace {

using B = DocumentBlocks;

} // namespace

StandardPlanWriter::StandardPlanWriter(const DocumentWording& words, const PlanFigures& figures)
    : m_words(words)
    , m_figures(figures)
{
}

DocumentStyle StandardPlanWriter::style()
{
    DocumentStyle style; // the structure's defaults: 24/16/13/11/9 pt
    // Noto Sans covers the scripts people write their names and words in;
    // the renderer falls back to the default sans where it is missing.
    style.fontFamily = QStringLiteral("Noto Sans");
    return style;
}

PlanDocument StandardPlanWriter::write(const Person& person, const Plan& plan, QDate today) const
{
    PlanDocument document = m_words.start(DocumentForm::Standard, person, plan, today);
    document.style = style();
    const StandardMoneySections money(m_words, m_figures);
    const StandardCostSections costs(m_words, m_figures);
    document.sections = {cover(person, plan, today), money.budget(plan), outcomes(plan),
        money.managed(plan), costs.support(plan), costs.assistants(plan), costs.totals(),
        money.compare(plan), findings(), emergency(plan), agreement(person, plan)};
    return document;
}

DocumentSection StandardPlanWriter::cover(const Person& person, const Plan& plan, QDate today) const
{
    DocumentSection s = B::section(QStringLiteral("cover"), tr("About this plan"));
    s.blocks.append(B::paragraph(tr("This is my support plan. It says what matters to me, the "
                                    "support I will get, what it costs and how the money is "
                                    "managed.")));
    QList<B::Fact> facts {{tr("Name"), person.name.simplified()}};
    if (person.dateOfBirth.isValid()) {
        facts.append({tr("Date of birth"), m_words.date(person.dateOfBirth)});
    }
    if (!person.helperName.trimmed().isEmpty()) {
        facts.append({tr("Who helps me with this plan"), person.helperName.simplified()});
    }
    if (!person.address.trimmed().isEmpty()) {
        facts.append({tr("Address"), DocumentWording::oneLine(person.address)});
    }
    if (!person.phone.trimmed().isEmpty()) {
        facts.append({tr("Phone"), person.phone.simplified()});
    }
    if (!person.email.trimmed().isEmpty()) {
        facts.append({tr("Email"), person.email.simplified()});
    }
    facts.append({tr("Plan version"), m_words.locale().toString(plan.version)});
    const QDate agreedOn = DocumentWording::agreedOn(plan);
    switch (plan.status) {
    case PlanStatus::Draft:
        facts.append(
            {tr("Status"), tr("Draft, not agreed yet (printed %1)").arg(m_words.date(today))});
        break;
    case PlanStatus::Agreed:
        facts.append({tr("Status"),
            agreedOn.isValid() ? tr("Agreed on %1").arg(m_words.date(agreedOn)) : tr("Agreed")});
        break;
    case PlanStatus::Superseded:
        facts.append({tr("Status"),
            agreedOn.isValid()
                ? tr("Agreed on %1, since replaced by a newer version").arg(m_words.date(agreedOn))
                : tr("Replaced by a newer version")});
        break;
    }
    facts.append({tr("Review date"),
        plan.reviewDate.isValid() ? m_words.date(plan.reviewDate)
                                  : tr("Set when the plan is agreed")});
    if (plan.status != PlanStatus::Draft) {
        facts.append({tr("Printed on"), m_words.date(today)});
    }
    s.blocks.append(B::facts(facts));
    return s;
}

DocumentSection StandardPlanWriter::outcomes(const Plan& plan) const
{
    DocumentSection s = B::section(QStringLiteral("outcomes"), tr("What matters to me"));
    if (plan.outcomes.isEmpty()) {
        s.blocks.append(B::paragraph(tr("No outcomes are written yet.")));
        return s;
    }
    s.blocks.append(B::paragraph(tr("The things I want my support to help with (my outcomes), "
                                    "in my own words, and how I will know it is working.")));
    const auto add = [&](const Outcome& outcome) {
        s.blocks.append(B::paragraph(QList<TextRun> {B::bold(outcome.text.simplified())}));
        const QString how = outcome.howIWillKnow.simplified();
        s.blocks.append(B::facts({{tr("Area of life"), ModelLabels::lifeArea(outcome.lifeArea)},
            {tr("How I will know it is working"), how.isEmpty() ? tr("Not written yet") : how}}));
    };
    const bool anyTop = std::any_of(
        plan.outcomes.cbegin(), plan.outcomes.cend(), [](const Outcome& o) { return o.topThree; });
    const bool anyOther = std::any_of(
        plan.outcomes.cbegin(), plan.outcomes.cend(), [](const Outcome& o) { return !o.topThree; });
    if (anyTop) {
        s.blocks.append(B::subheading(tr("My three most important")));
        for (const Outcome& outcome : plan.outcomes) {
            if (outcome.topThree) {
                add(outcome);
            }
        }
    }
    if (anyOther) {
        s.blocks.append(B::subheading(anyTop ? tr("Also important to me") : tr("My outcomes")));
        for (const Outcome& outcome : plan.outcomes) {
            if (!outcome.topThree) {
                add(outcome);
            }
        }
    }
    return s;
}

DocumentSection StandardPlanWriter::findings() const
{
    DocumentSection s = B::section(QStringLiteral("findings"), tr("Checking my plan"));
    if (m_figures.findings.isEmpty()) {
        s.blocks.append(B::paragraph(tr("No problems found.")));
        return s;
    }
    s.blocks.append(
        B::paragraph(tr("The program checked the plan the way a careful support "
                        "planner would. This is what it found, most important first.")));
    for (const Finding& finding : m_figures.findings) {
        //: Before a finding: "Needs changing: ", "Worth a look: " or "Tip: "
        s.blocks.append(
            B::paragraph({B::bold(tr("%1: ").arg(FindingWords::severity(finding.severity))),
                B::plain(finding.message)}));
    }
    return s;
}

DocumentSection StandardPlanWriter::emergency(const Plan& plan) const
{
    DocumentSection s = B::section(
        QStringLiteral("emergency"), tr("If something goes wrong (emergency and back-up plan)"));
    const EmergencyPlan& e = plan.emergency;
    if (e.isEmpty()) {
        s.blocks.append(B::paragraph(tr("There is no back-up plan yet: what happens if my "
                                        "support can't come, and who to call.")));
    } else {
        QList<B::Fact> facts;
        if (!e.whatToDo.trimmed().isEmpty()) {
            facts.append({tr("What happens if my support can't come"), e.whatToDo.simplified()});
        }
        if (!e.contactName.trimmed().isEmpty()) {
            facts.append({tr("Who to call"), e.contactName.simplified()});
        }
        if (!e.contactPhone.trimmed().isEmpty()) {
            facts.append({tr("Their phone number"), e.contactPhone.simplified()});
        }
        s.blocks.append(B::facts(facts));
    }
    s.blocks.append(B::note(tr("If someone is in danger or badly hurt, call 999.")));
    return s;
}

DocumentSection StandardPlanWriter::agreement(const Person& person, const Plan& plan) const
{
    DocumentSection s = B::section(QStringLiteral("agreement"), tr("Agreement"));
    if (plan.status == PlanStatus::Draft) {
        s.blocks.append(B::paragraph(tr("Not agreed yet.")));
    } else {
        const QDate on = DocumentWording::agreedOn(plan);
        const QString by = plan.agreedBy.simplified();
        s.blocks.append(B::facts({{tr("Agreed by"), by.isEmpty() ? tr("Not recorded") : by},
            {tr("Agreed on"), on.isValid() ? m_words.date(on) : tr("Not recorded")},
            {tr("Review date"),
                plan.reviewDate.isValid() ? m_words.date(plan.reviewDate) : tr("Not set")}}));
        if (plan.status == PlanStatus::Superseded) {
            s.blocks.append(B::paragraph(tr("A newer version of this plan has replaced it.")));
        }
    }
    s.blocks.append(B::paragraph(tr("By signing, we agree this plan.")));
    s.blocks.append(B::signature(person.name.simplified()));
    s.blocks.append(B::signature(tr("For the council")));
    return s;
}

} // namespace pb
