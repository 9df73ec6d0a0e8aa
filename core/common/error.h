// Error: what went wrong, in plain words for the person, plus technical detail
// for a log or a bug report. Every fallible core call reports one of these.
#pragma once

#include <QString>

namespace pb {

struct Error {
    QString message; // plain words: what happened and what to do
    QString detail; // technical detail (driver text, file offset); may be empty

    // message, with the detail after it when there is one; for logs and the CLI.
    QString fullText() const
    {
        return detail.isEmpty() ? message
                                : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

} // namespace pb
