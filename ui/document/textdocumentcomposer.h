// TextDocumentComposer: turns a PlanDocument into a QTextDocument laid out
// for one paint device (a PDF writer or a printer), ready for
// DocumentRenderer to paint page by page.
//
// The document is built with QTextCursor, so the person's words are always
// inserted as text and never read as markup. What it decides, and why:
//   - Fonts: style.fontFamily first (Andika for easy-read), then the
//     desktop's sans-serif; sizes from style.size(role); line height from
//     style.lineSpacing. Text is aligned to the start of the line (left, or
//     right in a right-to-left language), never justified, because ragged
//     lines are easier to read.
//   - Tables repeat their header row on every page they span; money columns
//     are right-aligned; the totals row is bold under a heavier rule.
//   - A Point is a row of a borderless two-column table (picture, then
//     text), so the picture stays beside its words. Pictures are drawn from ":/pictures/<name>.svg"
//     at 300 dpi onto white (PDF/A-1 allows no transparency).
//   - After laying out, page breaks are added where Qt's own would leave a
//     heading (or the short paragraph introducing a table) alone at the
//     foot of a page, or run a table row (a point) over two pages: those
//     move to the next page whole (paginate()).
//   - A Signature leaves room to sign and a line, with "Signature" and
//     "Date" under the lines.
// Lengths in Qt's text formats are in 1/96 inch and scaled to the device
// by Qt, so they are given here in millimetres through mm().
#pragma once

#include "document/plandocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QSet>
#include <QSizeF>
#include <QTextBlock>

#include <functional>
#include <limits>
#include <memory>

class QPaintDevice;
class QTextBlockFormat;
class QTextCharFormat;
class QTextCursor;
class QTextDocument;
class QTextLength;
class QTextTable;
class QTextTableCellFormat;
class QTextTableFormat;

namespace pb::ui {

class TextDocumentComposer {
    Q_DECLARE_TR_FUNCTIONS(TextDocumentComposer)
public:
    // `device` gives the resolution the text is laid out at; it must outlive
    // the composed QTextDocument.
    TextDocumentComposer(const PlanDocument& document, QPaintDevice* device);

    // The whole document, paginated into pages of `pageSize` (device pixels:
    // the body of a page, without the footer).
    std::unique_ptr<QTextDocument> compose(QSizeF pageSize);

    // The font for a role: style.fontFamily, falling back to sans-serif.
    QFont font(TextRole role, bool bold = false) const;

    // True when `language` (BCP 47, e.g. "ur-PK") is written right to left.
    static bool isRightToLeft(const QString& language);

    // A length in millimetres in the units of QTextFormat (1/96 inch).
    static qreal mm(qreal millimetres) { return millimetres * 96.0 / 25.4; }

private:
    void addTitle(QTextCursor& cursor);
    void addSection(QTextCursor& cursor, const DocumentSection& section);
    void addParagraph(QTextCursor& cursor, const DocumentBlock& block, bool keepWithNext);
    void addPoints(QTextCursor& cursor, const QList<DocumentBlock>& points);
    void addBulletPoints(QTextCursor& cursor, const QList<DocumentBlock>& points);
    void addTable(QTextCursor& cursor, const DocumentTable& table);
    void addFacts(QTextCursor& cursor, const DocumentTable& table);
    QList<QTextLength> columnWidths(const DocumentTable& table) const;
    QTextTableCellFormat cellFormat(TextRole role, bool bold) const;
    // Fills one cell: its paragraph format, then `content`, then its format.
    void fillCell(QTextTable* table, int row, int column, const QTextTableCellFormat& format,
        const QTextBlockFormat& block, const std::function<void(QTextCursor&)>& content);
    void addSignature(QTextCursor& cursor, const DocumentBlock& block);

    // Starts a new paragraph in `role` (or takes over the empty one the
    // cursor is in, such as the one Qt leaves after a table).
    void newParagraph(QTextCursor& cursor, TextRole role, bool keepWithNext = false);
    // A table at the cursor, taking a waiting page break; the cursor ends
    // up after it.
    QTextTable* newTable(QTextCursor& cursor, int rows, int columns, QTextTableFormat format);
    void insertRuns(QTextCursor& cursor, const QList<TextRun>& runs, TextRole role) const;
    void insertText(QTextCursor& cursor, const QString& text, TextRole role, bool bold) const;
    void insertPicture(QTextCursor& cursor, const QString& name);
    // The format every paragraph starts from: direction, alignment, line
    // height and spacing for its role.
    QTextBlockFormat blockFormat(TextRole role) const;
    QTextCharFormat charFormat(TextRole role, bool bold) const;
    // The empty paragraph Qt keeps between and after tables: no height.
    QTextBlockFormat separatorFormat() const;
    Qt::LayoutDirection direction() const;
    bool isEasyRead() const { return m_document.form == DocumentForm::EasyRead; }
    qreal cellPaddingMm() const; // above and below the words in a cell
    qreal sidePaddingMm() const; // beside them in a table

    static qsizetype plainLength(const QList<TextRun>& runs);
    // After the first layout: page breaks so that nothing is left alone at
    // the foot of a page and no table row runs over two pages.
    void paginate();
    // A change that would make the pages better, at `position` in the
    // document; none when apply is empty.
    struct PageFix {
        int position = std::numeric_limits<int>::max();
        std::function<void()> apply;
    };
    void measureRows();
    void moveSplitRows(QTextTable* table, int firstRow);
    qreal topPadding(QTextTable* table, int row) const; // device pixels
    PageFix firstBlankPage();
    PageFix firstSplitRow();
    PageFix firstLoneChain();
    PageFix firstNeedlessBreak();
    bool isOnlyPointsSince(int page, QTextTable* next) const;
    static bool startsWithHeading(QTextTable* table);
    // Where a page break before `block` goes (before what is kept with it);
    // none when it would not help (it is at the top of a page already).
    QTextBlock breakTarget(QTextBlock block) const;
    void breakBefore(const QTextBlock& block);
    static void setPageBreakBefore(const QTextBlock& block, QTextFormat::PageBreakFlags policy);
    qreal firstLineTop(const QTextBlock& block) const;
    qreal lastLineBottom(const QTextBlock& block) const;
    int pageAt(qreal y) const;

    const PlanDocument& m_document;
    QPaintDevice* m_device;
    QTextDocument* m_target = nullptr; // the document being composed
    qreal m_pageWidth = 0; // device pixels
    int m_sectionsAdded = 0;
    // Where each table's rows are when nothing is split over a page.
    struct RowHeights {
        QList<qreal> top; // of each row's first line
        QList<qreal> bottom; // of each row's last line
    };
    QHash<QTextTable*, RowHeights> m_rowHeights;
    QSet<QTextTable*> m_tablesMoved; // moveSplitRows() is done once a table
    int m_scanFrom = 0; // paginate(): where the last fix was; all before is done
    bool m_breakBeforeNext = false; // set by PageBreak and startsOnNewPage
};

} // namespace pb::ui
