#include "checks/findingwords.h"

namespace pb {

QString FindingWords::severity(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return tr("Needs changing");
    case FindingSeverity::Warning:
        return tr("Worth a look");
    case FindingSeverity::Hint:
        return tr("Tip");
    }
    Q_UNREACHABLE();
}

} // namespace pb
