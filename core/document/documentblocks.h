// DocumentBlocks: short ways to make the blocks of a PlanDocument, so the
// writers read as the content they lay out ("a heading, a sentence, a
// table") rather than as field assignments.
#pragma once

#include "document/plandocument.h"

#include <QList>
#include <QPair>
#include <QString>

namespace pb {

class DocumentBlocks {
public:
    using Fact = QPair<QString, QString>; // label, value

    static DocumentBlock paragraph(const QString& text, TextRole role = TextRole::Body);
    static DocumentBlock paragraph(const QList<TextRun>& runs, TextRole role = TextRole::Body);
    static DocumentBlock subheading(const QString& text);
    static DocumentBlock note(const QString& text);
    static DocumentBlock point(const QString& picture, const QList<TextRun>& runs);
    static DocumentBlock point(const QString& picture, const QString& text);
    static DocumentBlock facts(const QList<Fact>& facts);
    static DocumentBlock table(const DocumentTable& table);
    static DocumentBlock signature(const QString& who);
    static DocumentBlock pageBreak();
    // A section with its stable id and heading, and no blocks yet.
    static DocumentSection section(const QString& id, const QString& title);

    static TextRun plain(const QString& text) { return TextRun {text, false}; }
    static TextRun bold(const QString& text) { return TextRun {text, true}; }
};

} // namespace pb
