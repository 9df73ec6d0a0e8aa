// RasCalculator: works out what a RAS scheme gives for a person's answers,
// with the explanation, following the order written down in rasscheme.h.
//
// It is cheap (a pass over the questions and adjustments), so the window can
// recalculate on every answer and show the amount growing as the person goes:
// a question not answered yet counts as 0 points, and the explanation says so.
// An answer naming a question or an answer the scheme does not have is
// refused with an Error naming it, never skipped.
//
// The scheme must be one RasSchemeValidator accepts (RasSchemeLoader's are).
#pragma once

#include "common/result.h"
#include "ras/rasanswers.h"
#include "ras/rasresult.h"
#include "ras/rasscheme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QString>

namespace pb {

class RasCalculator {
    Q_DECLARE_TR_FUNCTIONS(RasCalculator)
public:
    explicit RasCalculator(
        RasScheme scheme, QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom));

    const RasScheme& scheme() const { return m_scheme; }

    // answers: question id -> option id. An empty option id means not answered.
    Result<RasResult> calculate(const QMap<QString, QString>& answers) const;
    // As above, after checking the answers were made for this scheme.
    Result<RasResult> calculate(const RasAnswers& answers) const;

private:
    Status checkAnswers(const QMap<QString, QString>& answers) const;
    Result<RasResult> work(const QMap<QString, QString>& answers) const;

    RasScheme m_scheme;
    QLocale m_locale;
};

} // namespace pb
