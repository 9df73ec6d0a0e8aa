// Person: someone in the caseload whose plan this is.
#pragma once

#include <QDate>
#include <QString>

namespace pb {

struct Person {
    qint64 id = 0; // 0 until stored
    QString name;
    QDate dateOfBirth;
    QString helperName; // "who helps me with this plan"
    QString phone;
    QString email;
    QString address;
    QString preferredLanguage; // in the person's words, e.g. "English", "Cymraeg"
    bool wantsEasyRead = false;
    bool archived = false; // hidden from the caseload, never deleted

    bool operator==(const Person&) const = default;
};

} // namespace pb
