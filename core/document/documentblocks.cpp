#include "document/documentblocks.h"

namespace pb {

DocumentBlock DocumentBlocks::paragraph(const QString& text, TextRole role)
{
    return paragraph(QList<TextRun> {plain(text)}, role);
}

DocumentBlock DocumentBlocks::paragraph(const QList<TextRun>& runs, TextRole role)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Paragraph;
    block.role = role;
    block.runs = runs;
    return block;
}

DocumentBlock DocumentBlocks::subheading(const QString& text)
{
    return paragraph(text, TextRole::Subheading);
}

DocumentBlock DocumentBlocks::note(const QString& text)
{
    return paragraph(text, TextRole::Note);
}

DocumentBlock DocumentBlocks::point(const QString& picture, const QList<TextRun>& runs)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Point;
    block.role = TextRole::Body;
    block.runs = runs;
    block.picture = picture;
    return block;
}

DocumentBlock DocumentBlocks::point(const QString& picture, const QString& text)
{
    return point(picture, QList<TextRun> {plain(text)});
}

DocumentBlock DocumentBlocks::facts(const QList<Fact>& facts)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Facts;
    block.table.alignment = {DocumentTable::Align::Left, DocumentTable::Align::Left};
    for (const Fact& fact : facts) {
        block.table.rows.append(QStringList {fact.first, fact.second});
    }
    return block;
}

DocumentBlock DocumentBlocks::table(const DocumentTable& table)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table = table;
    return block;
}

DocumentBlock DocumentBlocks::signature(const QString& who)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Signature;
    block.runs = {plain(who)};
    return block;
}

DocumentBlock DocumentBlocks::pageBreak()
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::PageBreak;
    return block;
}

DocumentSection DocumentBlocks::section(const QString& id, const QString& title)
{
    DocumentSection s;
    s.id = id;
    s.title = title;
    return s;
}

} // namespace pb
