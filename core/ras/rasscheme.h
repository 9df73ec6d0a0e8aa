// RasScheme: one council's Resource Allocation System as data: the
// questionnaire (questions, answers and their points), the money rule that
// turns points into an amount a year, the council's lowest and highest
// amounts, and the adjustments some answers make. Schemes change by council
// and by year, so they are files (RasSchemeLoader), never code; this is the
// plain value a loaded file becomes.
//
// Every amount in a scheme is an amount a year.
//
// The order the rules apply in (RasCalculator follows it, and the explanation
// says it step by step):
//   1. Points: the chosen answers' points are added up; a question not yet
//      answered counts as 0 points.
//   2. Points to money: points × price per point, or the amount of the band
//      the points fall in.
//   3. Percentage adjustments (for example "support a family carer gives":
//      10% less). Each is a percentage of the amount from step 2, not of the
//      amount after the other adjustments, so the order they are listed in
//      never changes the result and each one can be checked on its own.
//   4. The council's lowest and highest amounts (floor and ceiling). They
//      come after step 3 because they are the council's limits on what the
//      person's own support costs: a ceiling that a percentage could push the
//      amount over would not be a ceiling.
//   5. Fixed-amount adjustments (for example a separate carer support
//      allocation), in the order listed. They come last because they are
//      separate sums beside the person's own amount, which the council's
//      limits do not cover.
// The amount never goes below £0: if the percentages in step 3, or the fixed
// amounts in step 5, would take it below, it stops at £0 (and says so).
#pragma once

#include "model/outcome.h"
#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pb {

class RasScheme {
public:
    // One answer a person can choose.
    struct Option {
        QString id; // stable key, stored with the person's answers
        QString label; // plain words: "I need some help every day"
        qint64 points = 0;

        bool operator==(const Option&) const = default;
    };

    // One question, shown as one page of the questionnaire.
    struct Question {
        QString id;
        QString question; // plain words, the page heading
        QString hint; // a short hint under it; may be empty
        std::optional<LifeArea> lifeArea; // the area of life it is about, when it has one
        QList<Option> options;

        const Option* option(const QString& optionId) const;
        qint64 maxPoints() const;
        bool operator==(const Question&) const = default;
    };

    enum class MoneyRule {
        PricePerPoint, // amount = points × pricePerPoint
        Bands, // amount = the amount of the band the points fall in
    };

    // A range of points, both edges included. The last band may have no upper
    // edge ("65 points or more").
    struct Band {
        QString name; // the council's name for it ("Band D"); may be empty
        qint64 fromPoints = 0;
        std::optional<qint64> toPoints;
        Money amount; // a year

        bool contains(qint64 points) const
        {
            return points >= fromPoints && (!toPoints || points <= *toPoints);
        }
        bool operator==(const Band&) const = default;
    };

    // A change to the amount when a question is answered with one of the
    // listed options. Exactly one of percentBasisPoints and amount is set.
    struct Adjustment {
        QString id;
        QString reason; // plain words, finishing "…, so the amount goes down"
        QString questionId;
        QStringList optionIds; // the answers it applies to
        std::optional<qint64> percentBasisPoints; // 100 = 1%; negative takes off
        std::optional<Money> amount; // a year; negative takes off
        QString councilTerm; // the council's name for it ("carer support allocation"); may be empty

        bool isPercentage() const { return percentBasisPoints.has_value(); }
        bool appliesTo(const QString& optionId) const { return optionIds.contains(optionId); }
        bool operator==(const Adjustment&) const = default;
    };

    // What the council calls things, shown beside the program's own words.
    struct Terms {
        QString questionnaire; // "Supported Self-Assessment Questionnaire"
        QString amount; // "indicative personal budget"

        bool operator==(const Terms&) const = default;
    };

    QString id;
    QString name; // examples say so in the name
    bool example = false; // not any council's real figures
    QString council; // who publishes the scheme (or who wrote it)
    QDate ratesAsOf;
    QString source; // where the figures come from, in words
    QString sourceUrl; // may be empty
    Terms terms;
    QList<Question> questions;

    MoneyRule rule = MoneyRule::PricePerPoint;
    Money pricePerPoint; // with MoneyRule::PricePerPoint
    QList<Band> bands; // with MoneyRule::Bands, lowest points first
    std::optional<Money> floor;
    std::optional<Money> ceiling;
    QList<Adjustment> adjustments;

    const Question* question(const QString& questionId) const;
    // The most points the answers can score: the top of the scale bands must cover.
    qint64 maxPoints() const;

    bool operator==(const RasScheme&) const = default;
};

} // namespace pb
