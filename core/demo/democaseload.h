// DemoCaseload: eight people whose plans are shaped by the IBSEN pilot
// figures in the domain brief (learning disability about £18,600 a year,
// older person about £7,900, mental health about £5,500, physical disability
// about £11,150; direct payments most common, then council-managed, then
// agents). It is what a newcomer sees with `pbplanner --demo`, and what
// resources/examples/*.pbplan were written from.
//
// The people and their words are invented. Plans are dated around the 2026/27
// plan year so that the statuses shown are varied: drafts, agreed plans, and
// reviews coming up or overdue.
#pragma once

#include "exchange/planfile.h"

#include <QList>

namespace pb {

class DemoCaseload {
public:
    static QList<PlanFileContents> people();

    // A short file-name stem for an example file: "aisha-khan".
    static QString fileStem(const Person& person);
};

} // namespace pb
