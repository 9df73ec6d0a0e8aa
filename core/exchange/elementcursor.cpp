#include "exchange/elementcursor.h"

#include "exchange/fileformaterror.h"

#include <QString>

#include <utility>

namespace pb {

namespace {
thread_local ElementCursor* t_current = nullptr;
}

ElementCursor::ElementCursor(std::vector<std::string> names)
    : m_names(std::move(names))
{
}

ElementCursor::~ElementCursor()
{
    if (m_installed && t_current == this) {
        t_current = nullptr;
    }
}

void ElementCursor::install()
{
    t_current = this;
    m_installed = true;
}

ElementCursor* ElementCursor::current()
{
    return t_current;
}

void ElementCursor::expect(const char* name)
{
    if (m_next >= m_names.size()) {
        throw FileFormatError(FileFormatError::Kind::Damaged,
            QStringLiteral("expected <%1> but the file has no more elements")
                .arg(QLatin1String(name)));
    }
    const std::string& found = m_names[m_next];
    if (found != name) {
        throw FileFormatError(FileFormatError::Kind::Damaged,
            QStringLiteral("expected <%1> but found <%2> (element %3)")
                .arg(QLatin1String(name), QString::fromStdString(found))
                .arg(m_next + 1));
    }
    ++m_next;
}

QString ElementCursor::whereAmI() const
{
    const auto nameAt = [this](std::size_t i) {
        return QStringLiteral("<%1>").arg(QString::fromStdString(m_names[i]));
    };
    const QString after = m_next == 0
        ? QStringLiteral("at the start")
        : QStringLiteral("after element %1 %2").arg(m_next).arg(nameAt(m_next - 1));
    const QString next = m_next < m_names.size() ? QStringLiteral(", next %1").arg(nameAt(m_next))
                                                 : QStringLiteral(", at the end");
    return after + next;
}

} // namespace pb
