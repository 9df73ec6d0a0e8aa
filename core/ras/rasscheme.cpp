#include "ras/rasscheme.h"

#include <algorithm>

namespace pb {

const RasScheme::Option* RasScheme::Question::option(const QString& optionId) const
{
    for (const auto& o : options) {
        if (o.id == optionId) {
            return &o;
        }
    }
    return nullptr;
}

qint64 RasScheme::Question::maxPoints() const
{
    qint64 most = 0;
    for (const auto& o : options) {
        most = std::max(most, o.points);
    }
    return most;
}

const RasScheme::Question* RasScheme::question(const QString& questionId) const
{
    for (const auto& q : questions) {
        if (q.id == questionId) {
            return &q;
        }
    }
    return nullptr;
}

qint64 RasScheme::maxPoints() const
{
    qint64 total = 0;
    for (const auto& q : questions) {
        total += q.maxPoints();
    }
    return total;
}

} // namespace pb
