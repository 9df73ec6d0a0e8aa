#include "document/documentwording.h"

#include <algorithm>

namespace pb {

DocumentWording::DocumentWording(QLocale locale)
    : m_locale(locale)
    , m_money() // money is always pounds, written as on the council's letters
{
}

PlanDocument DocumentWording::start(
    DocumentForm form, const Person& person, const Plan& plan, QDate today) const
{
    PlanDocument document;
    document.form = form;
    document.title = title(form, person);
    document.author = person.name.simplified();
    document.language = m_locale.bcp47Name();
    document.footer = footer(person, plan, today);
    document.watermark = watermark(plan);
    return document;
}

QString DocumentWording::title(DocumentForm form, const Person& person)
{
    const QString name = person.name.simplified();
    switch (form) {
    case DocumentForm::Standard:
        return tr("Support plan for %1").arg(name);
    case DocumentForm::EasyRead:
        //: The easy-read plan's title; %1 is the person's name
        return tr("My support plan: %1").arg(name);
    }
    Q_UNREACHABLE();
}

QString DocumentWording::footer(const Person& person, const Plan& plan, QDate today) const
{
    //: Footer on every page: name · plan version 2 · agreed 12 May 2026
    return tr("%1 · plan version %2 · %3")
        .arg(person.name.simplified())
        .arg(plan.version)
        .arg(state(plan, today));
}

QString DocumentWording::watermark(const Plan& plan)
{
    switch (plan.status) {
    case PlanStatus::Draft:
        //: Printed across every page of a plan that is not agreed yet
        return tr("DRAFT");
    case PlanStatus::Agreed:
        return {};
    case PlanStatus::Superseded:
        //: Printed across every page of an old version a newer one has replaced
        return tr("REPLACED");
    }
    Q_UNREACHABLE();
}

QString DocumentWording::date(QDate day) const
{
    return day.isValid() ? m_locale.toString(day, QStringLiteral("d MMMM yyyy")) : QString();
}

MoneyFormatter::Pence DocumentWording::tablePence(const QList<Money>& amounts)
{
    const bool anyPence =
        std::any_of(amounts.cbegin(), amounts.cend(), [](Money m) { return m.hasPence(); });
    return anyPence ? MoneyFormatter::Pence::Always : MoneyFormatter::Pence::WhereTheyMatter;
}

QDate DocumentWording::agreedOn(const Plan& plan)
{
    return plan.agreedAt.date();
}

QString DocumentWording::oneLine(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        .join(QStringLiteral(", "))
        .simplified();
}

QString DocumentWording::state(const Plan& plan, QDate today) const
{
    switch (plan.status) {
    case PlanStatus::Draft:
        return tr("draft %1").arg(date(today));
    case PlanStatus::Agreed:
        // A plan agreed without a recorded time (an old or hand-made file)
        // still says it is agreed rather than leaving a dangling word.
        return agreedOn(plan).isValid() ? tr("agreed %1").arg(date(agreedOn(plan))) : tr("agreed");
    case PlanStatus::Superseded:
        return agreedOn(plan).isValid()
            ? tr("agreed %1, replaced by a newer version").arg(date(agreedOn(plan)))
            : tr("replaced by a newer version");
    }
    Q_UNREACHABLE();
}

} // namespace pb
