// FileFormatError: thrown from inside the Boost read of a .pbplan file when the
// content is not what the format allows (an unknown enum key or class version, a date that is not
// a date, an element out of place). PlanFile::fromXml catches it and turns it
// into a pb::Error; it never leaves core/exchange.
#pragma once

#include <QString>

#include <stdexcept>

namespace pb {

class FileFormatError : public std::runtime_error {
public:
    enum class Kind {
        Damaged, // the bytes do not follow the format
        Unknown, // well-formed, but newer than this program: an enum key or class version it does
                 // not know
    };

    FileFormatError(Kind kind, const QString& detail)
        : std::runtime_error(detail.toStdString())
        , m_kind(kind)
        , m_detail(detail)
    {
    }

    Kind kind() const { return m_kind; }
    const QString& detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_detail;
};

} // namespace pb
