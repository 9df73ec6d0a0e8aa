// ReviewDocumentBuilder: reviews on paper, through the same renderer as the
// plans (PlanDocument; ui/document prints it or saves it as PDF):
//
//   questionnaire()  an easy-read form to print and fill in by hand before
//                    or at the review (LGA/ADASS: a hard copy in easy read
//                    for people who would find a screen hard): a page for
//                    each outcome, the person's words as its heading and
//                    boxes to tick beside the better / the same / worse /
//                    not yet pictures; a page of lines to write on about
//                    them; a page for each Working Together for Change
//                    question, with lines to write on; how happy they are.
//                    Section ids: about, outcome-<key>, said, working,
//                    not-working, future, happiness.
//   review()         a completed review, standard or easy-read: who took
//                    part and when, each outcome's answer and comment, what
//                    is working, not working and important for the future,
//                    how happy, and what was decided.
//
// The easy-read forms follow EasyReadPlanWriter's rules: its style (16 pt
// and up), a picture beside every point (better.svg, same.svg, worse.svg,
// question.svg for not yet), at most five points a page (EasyReadPager).
// Lines to write on are a table of empty rows under the question, which
// every renderer draws as ruled lines.
#pragma once

#include "document/plandocument.h"
#include "model/person.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace pb {

class ReviewDocumentBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReviewDocumentBuilder)
public:
    static PlanDocument questionnaire(
        const Person& person, const Plan& plan, QDate today, const QLocale& locale = QLocale());
    // Review `index` of `plan` (which must have it).
    static PlanDocument review(const Person& person, const Plan& plan, int index, DocumentForm form,
        QDate today, const QLocale& locale = QLocale());

    // The easy-read picture for an answer: "better", "same", "worse", "question".
    static QString picture(OutcomeRating rating);
    // The picture for an answer to "how happy are you" (1 to 5).
    static QString happinessPicture(int level);
};

} // namespace pb
