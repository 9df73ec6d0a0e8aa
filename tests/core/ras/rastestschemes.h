// Small RAS schemes for the tests of core/ras, as JSON objects a test can
// change one field of (setAt) before loading, so that each refused-scheme case
// differs from a good scheme in exactly the field it is about.
#pragma once

#include "ras/rasscheme.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pb::test {

// Price per point £42, floor £1,000, ceiling £2,000. Questions:
//   q1: none 0, some 10, lots 30     q2: none 0, some 5, lots 20
//   carer: none 0, some 0, lots 0    (0 to 50 points)
// Adjustments: carer "some" -> 10% less; carer "lots" -> £500 added
// ("carer support allocation").
QJsonObject pointsSchemeJson();

// One question "score" whose option "pN" scores N points (N = 0..31), and
// bands A 0-9 £1,000, B 10-19 £2,000, C 20-29 £3,500, D 30 and over £5,000.
QJsonObject bandsSchemeJson();

// Sets (or, with an undefined value, removes) the field at a path such as
// "questions[1].options[0].points" or "money.bands[2]".
void setAt(QJsonObject& root, const QString& path, const QJsonValue& value);

QByteArray toBytes(const QJsonObject& object);

// The scheme, loaded through RasSchemeLoader (fails the test if refused).
RasScheme loadScheme(const QJsonObject& object);

} // namespace pb::test
