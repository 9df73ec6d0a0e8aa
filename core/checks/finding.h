// Finding: one thing the plan checker noticed, for the person to look at:
// how much it matters, a stable code for programs and tests, kind advice in
// plain words, and what in the plan it is about (so the window can jump to it).
#pragma once

#include "model/enumkey.h"

#include <QJsonObject>
#include <QString>

namespace pb {

enum class FindingSeverity {
    Error, // the plan can't be agreed like this (over budget, against the rules)
    Warning, // worth putting right before the plan is agreed
    Hint, // a suggestion
};

template <> struct EnumKeyTable<FindingSeverity> {
    static constexpr std::pair<FindingSeverity, const char*> entries[] = {
        {FindingSeverity::Error, "error"},
        {FindingSeverity::Warning, "warning"},
        {FindingSeverity::Hint, "hint"},
    };
};

// The part of the plan a finding is about.
enum class FindingTarget {
    Plan,
    Budget,
    FundingStream,
    Outcome,
    SupportItem,
    Deployment,
    EmergencyPlan
};

template <> struct EnumKeyTable<FindingTarget> {
    static constexpr std::pair<FindingTarget, const char*> entries[] = {
        {FindingTarget::Plan, "plan"},
        {FindingTarget::Budget, "budget"},
        {FindingTarget::FundingStream, "funding-stream"},
        {FindingTarget::Outcome, "outcome"},
        {FindingTarget::SupportItem, "support-item"},
        {FindingTarget::Deployment, "deployment"},
        {FindingTarget::EmergencyPlan, "emergency-plan"},
    };
};

struct Finding {
    FindingSeverity severity = FindingSeverity::Hint;
    QString code; // stable, untranslated: "over-budget"
    QString message; // translated, kind advice
    FindingTarget target = FindingTarget::Plan;
    // The key of the funding stream, outcome or support item it is about; 0
    // for the plan, budget, deployment and emergency plan, which have none.
    int targetKey = 0;

    // {"severity", "code", "message", "target": {"kind", "key"?}}
    QJsonObject toJson() const
    {
        QJsonObject about {{QStringLiteral("kind"), enumKey(target)}};
        if (target == FindingTarget::FundingStream || target == FindingTarget::Outcome
            || target == FindingTarget::SupportItem) {
            about.insert(QStringLiteral("key"), targetKey);
        }
        return QJsonObject {
            {QStringLiteral("severity"), enumKey(severity)},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("target"), about},
        };
    }

    bool operator==(const Finding&) const = default;
};

} // namespace pb
