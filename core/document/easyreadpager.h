// EasyReadPager: lays easy-read points out so that no page holds more than
// kPointsPerPage of them, the "only a few points on a page" the easy-read
// guides (Mencap, Change, the Department of Health) ask for.
//
// Points come in groups that belong together (an outcome and how the person
// will know it is working): a group is not split across pages unless it is
// longer than a page on its own. A PageBreak goes between pages, never at
// the end. Each section starts on a new page (the writer marks it), so
// counting starts again at every section.
#pragma once

#include "document/plandocument.h"

#include <QList>
#include <QString>

namespace pb {

class EasyReadPager {
public:
    static constexpr int kPointsPerPage = 5;

    using Group = QList<DocumentBlock>;

    static QList<DocumentBlock> layOut(const QList<Group>& groups);
    // An easy-read section: starts on a new page, a picture beside its
    // heading, the groups laid out as above.
    static DocumentSection section(const QString& id, const QString& title, const QString& picture,
        const QList<Group>& groups);
};

} // namespace pb
