// RasResult: what a RAS scheme gives for a person's answers: the amount a
// year, every figure on the way to it, and the explanation, step by step in
// plain words, so a person can see why the amount is what it is (In
// Control's transparency and simplicity tests). RasCalculator makes it.
//
// The figures follow the order written down in rasscheme.h: points, money
// from points, percentage adjustments, the council's lowest and highest
// amounts, fixed-amount adjustments.
#pragma once

#include "money/money.h"
#include "ras/rasscheme.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pb {

class RasResult {
public:
    struct QuestionPoints {
        QString questionId;
        QString optionId; // empty when not answered yet
        qint64 points = 0;

        bool answered() const { return !optionId.isEmpty(); }
        bool operator==(const QuestionPoints&) const = default;
    };

    struct AppliedAdjustment {
        RasScheme::Adjustment adjustment;
        Money change; // what it added (or, negative, took off), a year

        bool operator==(const AppliedAdjustment&) const = default;
    };

    QString schemeId;
    qint64 totalPoints = 0;
    QList<QuestionPoints> questionPoints; // in the scheme's order
    QStringList unanswered; // question ids, in the scheme's order

    Money fromPoints; // points × price, or the band's amount
    std::optional<RasScheme::Band> band; // the band the points fell in (bands rule)
    Money afterPercentages; // fromPoints with the percentage adjustments
    bool floorApplied = false;
    bool ceilingApplied = false;
    Money afterLimits; // after the council's lowest and highest amounts
    bool percentagesStoppedAtZero = false; // percentages would have taken it below £0
    bool fixedStoppedAtZero = false; // fixed amounts would have taken it below £0
    QList<AppliedAdjustment> adjustments; // in the order applied: percentages, then fixed
    Money amount; // the amount a year

    QStringList steps; // the explanation, one short sentence each, in order

    bool isComplete() const { return unanswered.isEmpty(); }
    qint64 pointsFor(const QString& questionId) const; // 0 when not answered

    // For `pbplanner ras --json`: the amount in pence and formatted, the
    // points, and the steps as text.
    QJsonObject toJson() const;

    bool operator==(const RasResult&) const = default;
};

} // namespace pb
