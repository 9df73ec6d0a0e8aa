// PlanDocument: a plan as a document the person owns, described once as
// structured content (sections, short sentences, tables, picture names) and
// rendered by ui to a PDF or a printer.
//
// core decides every word and every figure; a renderer only decides where on
// the page they go, using `style` for the sizes. So the easy-read rules
// (text 16 pt or larger, a picture beside every point, whole pounds) can be
// checked on the document itself, without rendering it.
//
// Picture names are the base names of SVG files in resources/pictures
// ("money" -> :/pictures/money.svg); core only names them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pb {

enum class DocumentForm { Standard, EasyRead };

// What a piece of text is for; the style gives each role its size.
enum class TextRole { Title, Heading, Subheading, Body, Note };

// A run of text. Emphasis is bold only: the easy-read guides ask for no
// capitals and no italics for emphasis, and the standard plan follows suit.
struct TextRun {
    QString text;
    bool bold = false;
};

struct DocumentTable {
    enum class Align { Left, Right };
    QStringList headers; // repeated at the top of every page the table spans
    QList<Align> alignment; // one per column; money is Right
    QList<QStringList> rows; // each row has headers.size() cells
    QStringList totals; // optional last row, shown bold; empty for none
};

struct DocumentBlock {
    enum class Kind {
        Paragraph, // runs, in `role`
        Point, // a picture beside a short piece of text (easy-read's unit)
        Table, // table
        Facts, // label/value pairs: table with two columns and no headers
        Signature, // runs name who signs; the renderer leaves space and a line to sign on
        PageBreak, // the next block starts a new page
    };
    Kind kind = Kind::Paragraph;
    TextRole role = TextRole::Body;
    QList<TextRun> runs;
    QString picture; // Point (always in easy-read); empty otherwise
    DocumentTable table;
};

struct DocumentSection {
    QString id; // stable key, e.g. "budget", "support": tests and renderers find sections by it
    QString title; // shown as a Heading
    QString picture; // easy-read: a picture beside the heading; may be empty in standard
    bool startsOnNewPage = false;
    QList<DocumentBlock> blocks;
};

// Sizes in points and the font the renderer should ask for first.
struct DocumentStyle {
    QString fontFamily; // e.g. "Andika" for easy-read; the renderer falls back to the default sans
    double titlePt = 24;
    double headingPt = 16;
    double subheadingPt = 13;
    double bodyPt = 11;
    double notePt = 9;
    double lineSpacing = 1.2; // multiple of the font's line height
    double pictureSizeMm = 0; // edge of a Point's picture; 0 where no pictures are used

    double size(TextRole role) const
    {
        switch (role) {
        case TextRole::Title:
            return titlePt;
        case TextRole::Heading:
            return headingPt;
        case TextRole::Subheading:
            return subheadingPt;
        case TextRole::Body:
            return bodyPt;
        case TextRole::Note:
            return notePt;
        }
        return bodyPt;
    }
};

struct PlanDocument {
    DocumentForm form = DocumentForm::Standard;
    QString title; // the first page's title and the PDF's title, e.g. "Support plan for Sam Jones"
    QString author; // the PDF's author: the person whose plan it is
    QString language; // BCP 47, e.g. "en-GB"
    QString footer; // on every page beside the page number, e.g. "Sam Jones - plan version 2 -
                    // agreed 20 April 2026"
    QString watermark; // "DRAFT" on every page of a draft; empty for an agreed plan
    DocumentStyle style;
    QList<DocumentSection> sections;

    const DocumentSection* section(const QString& id) const
    {
        for (const DocumentSection& s : sections)
            if (s.id == id)
                return &s;
        return nullptr;
    }
};

} // namespace pb
