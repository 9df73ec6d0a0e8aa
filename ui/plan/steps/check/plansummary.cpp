#include "plan/steps/check/plansummary.h"

#include "model/modellabels.h"
#include "money/moneyformatter.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace pb::ui {

namespace {

QString orNotGiven(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? PlanSummary::tr("Not given") : trimmed;
}

QString itemName(const SupportItem& item)
{
    const QString what = item.what.simplified();
    return what.isEmpty() ? ModelLabels::supportType(item.type) : what;
}

} // namespace

QString PlanSummary::date(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QList<PlanSummary::Row> PlanSummary::aboutMe(const Person& person)
{
    return {
        {tr("My name"), orNotGiven(person.name)},
        {tr("Who helps me with this plan"), orNotGiven(person.helperName)},
        {tr("The language I prefer"), orNotGiven(person.preferredLanguage)},
        {tr("Phone"), orNotGiven(person.phone)},
        {tr("Email"), orNotGiven(person.email)},
        {tr("Address"), orNotGiven(person.address)},
        {tr("Easy-read"),
            person.wantsEasyRead ? tr("Yes, I would like my plan in easy-read") : tr("No")},
    };
}

QList<PlanSummary::Row> PlanSummary::budget(const Plan& plan, const PlanTotals& totals)
{
    const Budget& b = plan.budget;
    const MoneyFormatter money;
    QList<Row> rows;
    if (!b.indicative && !b.agreed) {
        rows.append({tr("My budget"), tr("Not added yet")});
    }
    if (b.indicative) {
        rows.append({tr("The amount the council suggests (indicative budget)"),
            money.format(*b.indicative, b.period)});
    }
    if (b.agreed) {
        rows.append({tr("The amount agreed (agreed budget)"), money.format(*b.agreed, b.period)});
    }
    if (b.start.isValid() && b.end.isValid()) {
        //: the dates a budget covers: "1 December 2026 to 30 November 2027"
        rows.append({tr("Dates"), tr("%1 to %2").arg(date(b.start), date(b.end))});
    } else {
        rows.append({tr("Dates"), tr("Not set yet")});
    }
    rows.append({tr("How the amount was worked out"),
        b.source == BudgetSource::Ras
            ? tr("From my answers to the council's questions (resource allocation system)")
            : tr("A figure from the council")});
    QStringList streams;
    for (const FundingStream& s : b.streams) {
        //: a funding stream: "NHS personal health budget: £6,200 a year"
        streams.append(tr("%1: %2").arg(
            ModelLabels::fundingSource(s.source), money.format(s.amount, b.period)));
    }
    if (streams.size() > 1) {
        streams.append(tr("Together: %1").arg(money.format(totals.streamsTotal(), b.period)));
    }
    rows.append({tr("Where the money comes from (funding streams)"),
        streams.isEmpty() ? tr("Not listed") : streams.join(QLatin1Char('\n'))});
    return rows;
}

QList<PlanSummary::Row> PlanSummary::outcomes(const Plan& plan)
{
    if (plan.outcomes.isEmpty()) {
        return {{tr("What matters to me"), tr("Nothing written yet")}};
    }
    QList<Outcome> ordered = plan.outcomes;
    std::stable_partition(
        ordered.begin(), ordered.end(), [](const Outcome& o) { return o.topThree; });
    QList<Row> rows;
    for (const Outcome& o : ordered) {
        QStringList lines;
        const QString words = o.text.simplified();
        lines.append(words.isEmpty() ? tr("No words yet") : words);
        //: %1 is a life area, e.g. "Health"
        lines.append(tr("Part of life: %1").arg(ModelLabels::lifeArea(o.lifeArea)));
        if (!o.howIWillKnow.trimmed().isEmpty()) {
            lines.append(tr("How I will know it is working: %1").arg(o.howIWillKnow.simplified()));
        }
        rows.append({o.topThree ? tr("One of my three most important") : tr("Also matters to me"),
            lines.join(QLatin1Char('\n'))});
    }
    return rows;
}

QList<PlanSummary::Row> PlanSummary::moneyManagement(const Plan& plan, const PlanTotals& totals)
{
    const Deployment& d = plan.deployment;
    const bool mixed = d.choice == DeploymentChoice::Mixed;
    QList<Row> rows {{tr("Who looks after the money"), ModelLabels::deployment(d.choice)}};
    // The names that go with the way chosen (a mix may use any of them).
    if ((mixed || d.choice == DeploymentChoice::DirectPayment) && !d.nominee.trimmed().isEmpty()) {
        rows.append({tr("Who the money is paid to (nominee)"), d.nominee.trimmed()});
    }
    if ((mixed || d.choice == DeploymentChoice::IndividualServiceFund)
        && !d.isfProvider.trimmed().isEmpty()) {
        rows.append({tr("The provider who holds the money"), d.isfProvider.trimmed()});
    }
    if ((mixed || d.choice == DeploymentChoice::ThirdParty) && !d.thirdParty.trimmed().isEmpty()) {
        rows.append({tr("Who manages the money for me"), d.thirdParty.trimmed()});
    }
    const MoneyFormatter money;
    QStringList routes;
    for (const PlanTotals::RouteTotal& r : totals.routes()) {
        routes.append(tr("%1: %2").arg(
            ModelLabels::route(r.route), money.format(r.inBudgetPeriod, totals.budgetPeriod())));
    }
    if (!routes.isEmpty()) {
        rows.append({tr("How my support is paid for"), routes.join(QLatin1Char('\n'))});
    }
    return rows;
}

QList<PlanSummary::Row> PlanSummary::support(const Plan& plan, const PlanTotals& totals)
{
    const MoneyFormatter money;
    const Period period = totals.budgetPeriod();
    QList<Row> rows;
    if (plan.items.isEmpty()) {
        rows.append({tr("My support"), tr("Nothing added yet")});
    }
    for (const SupportItem& item : plan.items) {
        QString value;
        if (item.costsNothing()) {
            value = tr("Costs nothing (unpaid)");
        } else if (const SupportItemCost* cost = totals.item(item.key)) {
            value = money.format(cost->in(period), period);
        }
        if (!item.provider.trimmed().isEmpty()) {
            //: %1 is who provides the support, e.g. "Oldham Physio Centre"
            value += QLatin1Char('\n') + tr("From %1").arg(item.provider.trimmed());
        }
        rows.append({itemName(item), value});
    }
    return rows;
}

QList<PlanSummary::Row> PlanSummary::supportTotals(const PlanTotals& totals)
{
    const MoneyFormatter money;
    const Period period = totals.budgetPeriod();
    QList<Row> rows;

    QString planned = money.format(totals.planned(), period);
    if (period != Period::Year) {
        //: the planned cost in the budget's period, then a year: "£120 a week (£6,240 a year)"
        planned = tr("%1 (%2)").arg(planned, money.format(totals.plannedYearly(), Period::Year));
    }
    rows.append({tr("Total cost of my support"), planned});
    if (const auto budget = totals.budget()) {
        rows.append({tr("My budget"), money.format(*budget, period)});
        const Money left = *totals.leftOver();
        if (left.isNegative()) {
            rows.append({tr("More than my budget"), money.format(-left, period)});
        } else {
            rows.append({tr("Left over"), money.format(left, period)});
        }
    } else {
        rows.append({tr("My budget"), tr("Not added yet")});
    }
    if (totals.assistantsEmployed() > 0) {
        rows.append(
            {tr("Personal assistants I employ"), QLocale().toString(totals.assistantsEmployed())});
    }
    return rows;
}

QList<PlanSummary::Row> PlanSummary::emergency(const Plan& plan)
{
    const EmergencyPlan& e = plan.emergency;
    QString contact = e.contactName.trimmed();
    if (!e.contactPhone.trimmed().isEmpty()) {
        contact = contact.isEmpty() ? e.contactPhone.trimmed()
                                    : tr("%1, %2").arg(contact, e.contactPhone.trimmed());
    }
    return {
        {tr("What happens if my support can't come"),
            e.whatToDo.trimmed().isEmpty() ? tr("Not written yet") : e.whatToDo.trimmed()},
        {tr("Who to call (back-up contact)"), contact.isEmpty() ? tr("Not given") : contact},
    };
}

} // namespace pb::ui
