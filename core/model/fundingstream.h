// FundingStream: one source of money that makes up a budget.
#pragma once

#include "model/enumkey.h"
#include "money/money.h"

#include <QString>

namespace pb {

enum class FundingSource {
    CouncilSocialCare,
    NhsPersonalHealthBudget,
    NhsContinuingHealthcare,
    IndependentLivingFund,
    DisabledFacilitiesGrant,
    AccessToWork,
    OwnContribution, // the person's own assessed contribution
    Other,
};

template <> struct EnumKeyTable<FundingSource> {
    static constexpr std::pair<FundingSource, const char*> entries[] = {
        {FundingSource::CouncilSocialCare, "council-social-care"},
        {FundingSource::NhsPersonalHealthBudget, "nhs-personal-health-budget"},
        {FundingSource::NhsContinuingHealthcare, "nhs-continuing-healthcare"},
        {FundingSource::IndependentLivingFund, "independent-living-fund"},
        {FundingSource::DisabledFacilitiesGrant, "disabled-facilities-grant"},
        {FundingSource::AccessToWork, "access-to-work"},
        {FundingSource::OwnContribution, "own-contribution"},
        {FundingSource::Other, "other"},
    };
};

struct FundingStream {
    int key = 0; // unique within the plan, kept across versions
    FundingSource source = FundingSource::CouncilSocialCare;
    Money amount; // in the budget's period
    QString note;

    bool operator==(const FundingStream&) const = default;
};

} // namespace pb
