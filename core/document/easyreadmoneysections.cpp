#include "document/easyreadmoneysections.h"

#include "document/documentblocks.h"
#include "document/easyreadphrases.h"
#include "document/easyreadpictures.h"
#include "model/modellabels.h"

namespace pb {

namespace {

using B = DocumentBlocks;
using Group = EasyReadPager::Group;

} // namespace

EasyReadMoneySections::EasyReadMoneySections(
    const DocumentWording& words, const PlanFigures& figures)
    : m_words(words)
    , m_figures(figures)
{
}

QList<Group> EasyReadMoneySections::budgetPoints(const Plan& plan) const
{
    const PlanTotals& t = m_figures.totals;
    const Period period = t.budgetPeriod();
    const EasyReadPhrases say(m_words.money());
    QList<Group> groups;
    if (!t.budget()) {
        groups.append({B::point(
            EasyReadPictures::named("question"), tr("I do not know how much money I get yet."))});
    } else {
        Group budget {B::point(EasyReadPictures::named("money"),
            tr("My budget is %1.").arg(say.amount(*t.budget(), period)))};
        if (period != Period::Week) {
            const Money weekly = convert(*t.budgetYearly(), Period::Year, Period::Week);
            budget.append(B::point(EasyReadPictures::named("calendar"),
                tr("That is about %1.").arg(say.amount(weekly, Period::Week))));
        }
        budget.append(B::point(EasyReadPictures::named("council"),
            plan.budget.agreed ? tr("The council has agreed this amount.")
                               : tr("The council may change this amount.")));
        groups.append(budget);
    }
    Group costs {B::point(EasyReadPictures::named("wallet"),
        tr("My support costs %1.").arg(say.amount(t.planned(), period)))};
    if (const auto left = t.leftOver()) {
        if (left->isNegative()) {
            costs.append(B::point(EasyReadPictures::named("warning"),
                tr("My support costs %1 more than my budget %2.")
                    .arg(say.pounds(-*left), EasyReadPhrases::each(period))));
            costs.append(B::point(EasyReadPictures::named("talk"),
                tr("We need to change my plan, or ask for more money.")));
        } else if (EasyReadPhrases::roundsToNothing(*left)) {
            costs.append(
                B::point(EasyReadPictures::named("check"), tr("All my money is planned.")));
        } else {
            costs.append(B::point(EasyReadPictures::named("check"),
                tr("I have %1 left over %2.")
                    .arg(say.pounds(*left), EasyReadPhrases::each(period))));
        }
    }
    groups.append(costs);
    return groups;
}

QList<Group> EasyReadMoneySections::streamPoints(const Plan& plan) const
{
    const EasyReadPhrases say(m_words.money());
    Group streams;
    if (plan.budget.streams.isEmpty()) {
        return {};
    }
    streams.append(
        B::point(EasyReadPictures::named("money"), tr("My money comes from these places.")));
    for (const FundingStream& stream : plan.budget.streams) {
        //: Easy-read: where some of the money comes from: "Council social care: £6,660 each year."
        streams.append(B::point(EasyReadPictures::forFundingSource(stream.source),
            tr("%1: %2.").arg(ModelLabels::fundingSource(stream.source),
                say.amount(stream.amount, plan.budget.period))));
    }
    return {streams};
}

DocumentSection EasyReadMoneySections::money(const Plan& plan) const
{
    QList<Group> groups = budgetPoints(plan);
    groups.append(streamPoints(plan));
    return EasyReadPager::section(
        QStringLiteral("money"), tr("My money"), EasyReadPictures::named("money"), groups);
}

Group EasyReadMoneySections::routePoints(Route route, const Plan& plan, bool mixed) const
{
    const Deployment& d = plan.deployment;
    const QString picture = EasyReadPictures::forRoute(route);
    Group group;
    switch (route) {
    case Route::DirectPayment:
        group.append(B::point(picture,
            d.nominee.trimmed().isEmpty()
                ? tr("I get the money to pay for my support. This is called a direct payment.")
                : tr("%1 gets the money for me. This is called a direct payment.")
                      .arg(d.nominee.simplified())));
        group.append(
            B::point(EasyReadPictures::named("pen"), tr("We keep a record of what we spend.")));
        break;
    case Route::CouncilManaged:
        group.append(B::point(picture,
            tr("The council pays for my support. This is called a council-managed budget.")));
        break;
    case Route::IndividualServiceFund:
        group.append(B::point(picture,
            (d.isfProvider.trimmed().isEmpty()
                    ? tr("A care provider looks after the money for me.")
                    : tr("%1 looks after the money for me.").arg(d.isfProvider.simplified()))
                + QLatin1Char(' ') + tr("This is called an Individual Service Fund.")));
        break;
    case Route::ThirdParty:
        group.append(B::point(picture,
            (d.thirdParty.trimmed().isEmpty()
                    ? tr("Someone I trust looks after the money for me.")
                    : tr("%1 looks after the money for me.").arg(d.thirdParty.simplified()))
                + QLatin1Char(' ') + tr("This is called a third party arrangement.")));
        break;
    }
    if (mixed) {
        const PlanTotals& t = m_figures.totals;
        for (const PlanTotals::RouteTotal& total : t.routes()) {
            if (total.route == route) {
                group.append(B::point(EasyReadPictures::named("money"),
                    tr("%1 is paid this way.")
                        .arg(EasyReadPhrases(m_words.money())
                                 .amount(total.inBudgetPeriod, t.budgetPeriod()))));
            }
        }
    }
    return group;
}

DocumentSection EasyReadMoneySections::managed(const Plan& plan) const
{
    QList<Route> routes;
    for (const PlanTotals::RouteTotal& total : m_figures.totals.routes()) {
        routes.append(total.route);
    }
    if (routes.isEmpty()) {
        routes.append(defaultRoute(plan.deployment.choice));
    }
    const bool mixed = routes.size() > 1;
    QList<Group> groups;
    if (mixed) {
        groups.append({B::point(
            EasyReadPictures::named("choice"), tr("My money is managed in more than one way."))});
    }
    for (const Route route : std::as_const(routes)) {
        groups.append(routePoints(route, plan, mixed));
    }
    return EasyReadPager::section(QStringLiteral("managed"), tr("How my money is managed"),
        EasyReadPictures::named("wallet"), groups);
}

} // namespace pb
