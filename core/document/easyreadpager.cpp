#include "document/easyreadpager.h"

#include "document/documentblocks.h"

namespace pb {

namespace {

int pointsIn(const EasyReadPager::Group& group)
{
    int points = 0;
    for (const DocumentBlock& block : group) {
        points += block.kind == DocumentBlock::Kind::Point ? 1 : 0;
    }
    return points;
}

} // namespace

QList<DocumentBlock> EasyReadPager::layOut(const QList<Group>& groups)
{
    QList<DocumentBlock> blocks;
    int onPage = 0;
    for (const Group& group : groups) {
        const int points = pointsIn(group);
        if (onPage > 0 && onPage + points > kPointsPerPage) {
            blocks.append(DocumentBlocks::pageBreak());
            onPage = 0;
        }
        for (const DocumentBlock& block : group) {
            const bool isPoint = block.kind == DocumentBlock::Kind::Point;
            if (isPoint && onPage == kPointsPerPage) {
                // A group longer than a page: split it where the page is full.
                blocks.append(DocumentBlocks::pageBreak());
                onPage = 0;
            }
            blocks.append(block);
            onPage += isPoint ? 1 : 0;
        }
    }
    return blocks;
}

DocumentSection EasyReadPager::section(
    const QString& id, const QString& title, const QString& picture, const QList<Group>& groups)
{
    DocumentSection s;
    s.id = id;
    s.title = title;
    s.picture = picture;
    s.startsOnNewPage = true;
    s.blocks = layOut(groups);
    return s;
}

} // namespace pb
