// DemoPlanBuilder: a small fluent way to write a person and their plan in
// code, so the demo caseload reads like a description of each person rather
// than a page of field assignments. Keys are handed out in order.
#pragma once

#include "exchange/planfile.h"

#include <initializer_list>

namespace pb {

class DemoPlanBuilder {
public:
    DemoPlanBuilder(const QString& name, QDate dateOfBirth, QDate planStart);

    DemoPlanBuilder& helper(const QString& name);
    DemoPlanBuilder& contact(const QString& phone, const QString& address);
    DemoPlanBuilder& language(const QString& language);
    DemoPlanBuilder& easyRead();

    DemoPlanBuilder& indicative(Money amount, Period period);
    DemoPlanBuilder& agreedAmount(Money amount);
    DemoPlanBuilder& stream(FundingSource source, Money amount, const QString& note = {});
    DemoPlanBuilder& manage(DeploymentChoice choice, const QString& who = {});

    // Returns the outcome's key, for items to refer to.
    int outcome(
        LifeArea area, const QString& text, const QString& howIWillKnow, bool topThree = false);

    // A support item; returns a reference so rarely used fields can be set after.
    SupportItem& item(SupportType type, const QString& what, const QString& provider,
        Money unitPrice, int quantityHundredths, Period frequency,
        std::initializer_list<int> outcomeKeys);
    DemoPlanBuilder& paidFromRoute(Route route); // applies to the last item

    DemoPlanBuilder& emergency(
        const QString& whatToDo, const QString& contactName, const QString& contactPhone);
    DemoPlanBuilder& agreed(const QString& agreedBy, QDate on, QDate reviewDate);
    // A review of the agreed plan, kept with it; returns it so the answers
    // to the "Working Together for Change" questions can be set after.
    Review& review(QDate on, const QString& reviewer, int happiness, ReviewDecision decision);
    // An outcome's rating in the last review.
    DemoPlanBuilder& rated(int outcomeKey, OutcomeRating rating, const QString& comment);

    PlanFileContents build() const { return m_contents; }

private:
    PlanFileContents m_contents;
};

} // namespace pb
