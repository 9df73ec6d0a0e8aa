// RasSchemeLoader: reads a RAS scheme file (JSON) into a RasScheme, and
// refuses a file it cannot trust with a message that names the file and the
// field to fix ("The scheme in "council.json" cannot be used. "questions[3].options"
// is missing."). A refused file changes nothing.
//
// The file format (every amount is a year's, in whole pence; points are whole
// numbers; ids are short names such as "personal-care"):
//
//   {
//     "format": "pbplanner-ras-scheme", "formatVersion": 1,
//     "id": "...", "name": "...", "example": true,            // example is optional
//     "council": "...", "ratesAsOf": "2024-04-01",
//     "source": "...", "sourceUrl": "...", "notes": "...",    // sourceUrl, notes optional
//     "terms": { "questionnaire": "...", "amount": "..." },  // the council's own words
//     "questions": [ { "id": "...", "question": "...", "hint": "...",    // hint optional
//                      "lifeArea": "personal-care",                      // optional, LifeArea key
//                      "options": [ { "id": "...", "label": "...", "points": 10 } ] } ],
//     "money": { "rule": "price-per-point", "pricePerPointPence": 4500,
//                "floorPence": 200000, "ceilingPence": 2500000 },        // floor, ceiling optional
//        or    { "rule": "bands", "bands": [ { "name": "Band A", "fromPoints": 0,
//                                              "toPoints": 14, "amountPence": 250000 }, ... ] },
//     "adjustments": [ { "id": "...", "reason": "...", "question": "<question id>",
//                        "options": ["<option id>", ...],
//                        "percentBasisPoints": -1000   // or "amountPence": 60000
//                        "councilTerm": "..." } ]      // optional
//
// An adjustment's "reason" is read as the start of a sentence: "<reason>, so
// the amount goes down by 10%: £596.40 less." ("Your family carer gives you a
// lot of help every day").
//   }
//
// Fields the program does not know are refused rather than ignored: a misspelt
// "celingPence" would otherwise quietly drop the ceiling. Then
// RasSchemeValidator checks the rules that tie fields together.
#pragma once

#include "common/result.h"
#include "ras/rasscheme.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pb {

class JsonFieldReader;

class RasSchemeLoader {
    Q_DECLARE_TR_FUNCTIONS(RasSchemeLoader)
public:
    static constexpr int kFormatVersion = 1;
    // Far above any real scheme (the examples are a few kilobytes); a larger
    // file is not a scheme and is not read into memory.
    static constexpr qint64 kLargestFileBytes = 4 * 1024 * 1024;

    static Result<RasScheme> load(const QString& path);
    // fileName is only used to name the file in messages; it may be empty.
    static Result<RasScheme> fromJson(const QByteArray& bytes, const QString& fileName = {});

    // The example schemes embedded in the program (":/ras/…").
    static QStringList shippedSchemePaths();

private:
    static void readHeader(JsonFieldReader& reader, const QJsonObject& root, RasScheme& s);
    static void readQuestions(JsonFieldReader& reader, const QJsonObject& root, RasScheme& s);
    static void readMoney(JsonFieldReader& reader, const QJsonObject& root, RasScheme& s);
    static void readAdjustments(JsonFieldReader& reader, const QJsonObject& root, RasScheme& s);
    static RasScheme::Question readQuestion(
        JsonFieldReader& reader, const QJsonObject& q, const QString& path);
    static RasScheme::Band readBand(
        JsonFieldReader& reader, const QJsonObject& b, const QString& path);
    static RasScheme::Adjustment readAdjustment(
        JsonFieldReader& reader, const QJsonObject& a, const QString& path);
};

} // namespace pb
