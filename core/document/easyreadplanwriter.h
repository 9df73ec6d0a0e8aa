// EasyReadPlanWriter: the plan in easy read, following the published rules
// (Mencap's "Am I making myself clear?", Change's "How to make information
// accessible", the Department of Health's "Making written information easier
// to understand"):
//   - text 16 pt or larger everywhere, headings larger (style());
//   - every piece of text is a Point with a picture beside it
//     (EasyReadPictures);
//   - one idea in each sentence, short everyday words, sentences of at most
//     15 words; the person's own words (outcomes, names, their back-up plan)
//     are kept as they wrote them, however long, and only the program's own
//     sentences are kept short;
//   - money in whole pounds ("£120 each week", EasyReadPhrases);
//   - bold for emphasis, never capitals or italics;
//   - at most 5 points a page, each section on a new page (EasyReadPager).
// Left alignment and spacing are the renderer's job.
//
// Sections, in order: about-me, money, outcomes, support, managed, problems,
// review. money and managed are written by EasyReadMoneySections.
#pragma once

#include "document/documentwording.h"
#include "document/easyreadpager.h"
#include "document/plandocument.h"
#include "document/planfigures.h"
#include "model/person.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDate>

namespace pb {

class EasyReadPlanWriter {
    Q_DECLARE_TR_FUNCTIONS(EasyReadPlanWriter)
public:
    EasyReadPlanWriter(const DocumentWording& words, const PlanFigures& figures);

    PlanDocument write(const Person& person, const Plan& plan, QDate today) const;

    // Andika (made for beginning readers) at easy-read sizes: nothing below 16 pt.
    static DocumentStyle style();

private:
    DocumentSection aboutMe(const Person& person, const Plan& plan) const;
    DocumentSection outcomes(const Plan& plan) const;
    DocumentSection support(const Plan& plan) const;
    DocumentSection problems(const Plan& plan) const;
    DocumentSection review(const Plan& plan) const;

    EasyReadPager::Group outcome(const Outcome& outcome) const;
    DocumentBlock supportItem(const SupportItem& item) const;

    const DocumentWording& m_words;
    const PlanFigures& m_figures;
};

} // namespace pb
