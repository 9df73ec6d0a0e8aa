// FindingWords: the word shown before each finding ("Needs changing",
// "Worth a look", "Tip"), one wording for the Check step and the printed
// plan, so screen and paper agree.
#pragma once

#include "checks/finding.h"

#include <QCoreApplication>
#include <QString>

namespace pb {

class FindingWords {
    Q_DECLARE_TR_FUNCTIONS(FindingWords)
public:
    static QString severity(FindingSeverity severity);
};

} // namespace pb
