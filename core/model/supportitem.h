// SupportItem: one piece of support in the plan, what it costs and how it is
// paid for. Cost = unit price × quantity, per frequency ("£12.71 × 10 hours a
// week"). For a personal assistant the unit price is the hourly wage, the
// quantity the hours a week, and the true cost of employing them is worked out
// from the rate table (see costing/PersonalAssistantCost).
#pragma once

#include "model/deployment.h"
#include "model/enumkey.h"
#include "model/fundingstream.h"
#include "money/money.h"
#include "money/period.h"

#include <QList>
#include <QString>

namespace pb {

enum class SupportType {
    PersonalAssistant,
    AgencyHomeCare,
    ShortBreak,
    DayActivity,
    Leisure,
    Equipment,
    Transport,
    OneOffPurchase,
    ResidentialCare, // long-term residential care: never from a direct payment
    Unpaid, // family, friends, community: costs nothing
    Other,
};

template <> struct EnumKeyTable<SupportType> {
    static constexpr std::pair<SupportType, const char*> entries[] = {
        {SupportType::PersonalAssistant, "personal-assistant"},
        {SupportType::AgencyHomeCare, "agency-home-care"},
        {SupportType::ShortBreak, "short-break"},
        {SupportType::DayActivity, "day-activity"},
        {SupportType::Leisure, "leisure"},
        {SupportType::Equipment, "equipment"},
        {SupportType::Transport, "transport"},
        {SupportType::OneOffPurchase, "one-off-purchase"},
        {SupportType::ResidentialCare, "residential-care"},
        {SupportType::Unpaid, "unpaid"},
        {SupportType::Other, "other"},
    };
};

struct SupportItem {
    int key = 0; // unique within the plan, kept across versions
    SupportType type = SupportType::Other;
    QString what; // in the person's words: "Swimming with Sam"
    QString provider; // who provides it: a name, an agency, a shop
    Route route = Route::DirectPayment;
    FundingSource paidFrom = FundingSource::CouncilSocialCare;
    QList<int> outcomeKeys; // the outcomes this item serves

    Money unitPrice; // per unit (an hour, a session, an item)
    int quantityHundredths = 100; // units per frequency, in hundredths (7.5 hours = 750)
    Period frequency = Period::Week;
    // Personal assistants: cost the true cost of employing (holiday, NI,
    // pension, insurance, payroll) rather than the wage alone.
    bool includeEmploymentCosts = true;

    // A close relative living in the same household, paid from a direct
    // payment: allowed only when the council agrees it is necessary.
    bool paidToCloseRelativeInHousehold = false;
    bool councilAgreedRelativePayment = false;
    QString notes;

    bool isPersonalAssistant() const { return type == SupportType::PersonalAssistant; }
    bool costsNothing() const { return type == SupportType::Unpaid; }

    bool operator==(const SupportItem&) const = default;
};

} // namespace pb
