// EmergencyPlan: what happens when the usual support cannot happen.
#pragma once

#include <QString>

namespace pb {

struct EmergencyPlan {
    QString whatToDo; // in plain words: "If my PA is ill, my sister Jo comes"
    QString contactName; // the back-up person or service
    QString contactPhone;

    bool isEmpty() const { return whatToDo.trimmed().isEmpty() && contactName.trimmed().isEmpty(); }
    bool operator==(const EmergencyPlan&) const = default;
};

} // namespace pb
