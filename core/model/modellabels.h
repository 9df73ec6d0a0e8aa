// ModelLabels: the words a person sees for the model's kinds of things, in
// plain language first ("Money paid to you (direct payment)"). One place, so
// the window, the CLI and printed plans say the same thing.
#pragma once

#include "model/deployment.h"
#include "model/fundingstream.h"
#include "model/outcome.h"
#include "model/plan.h"
#include "model/review.h"
#include "model/supportitem.h"

#include <QCoreApplication>
#include <QString>

namespace pb {

class ModelLabels {
    Q_DECLARE_TR_FUNCTIONS(ModelLabels)
public:
    static QString lifeArea(LifeArea area);
    static QString route(Route route); // short: "Direct payment"
    static QString routeExplained(Route route); // plain: "Money paid to you (direct payment)"
    static QString deployment(DeploymentChoice choice);
    static QString supportType(SupportType type);
    static QString fundingSource(FundingSource source);
    static QString planStatus(PlanStatus status);
    static QString outcomeRating(OutcomeRating rating);
    // How often a support item happens, as the plan's "How often" column says
    // it: "10 hours a week", "Once a month", "3 times a year", "2 hours, once".
    static QString howOften(const SupportItem& item);
};

} // namespace pb
