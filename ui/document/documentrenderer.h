// DocumentRenderer: puts a PlanDocument on paper: onto any paged paint
// device, a QPdfWriter (PdfExporter) or a QPrinter (PlanPrinting), so the
// PDF and the printout are the same pages.
//
// The content is laid out by TextDocumentComposer at 300 dpi
// into pages the height of the body; this class paints them one
// by one and adds, on EVERY page: the footer (doc.footer at the start of the
// line, "Page N of M" at the end) and, for a draft, the watermark (large,
// light grey, diagonal, painted before the text so it never hides a word;
// opaque, since PDF/A-1 allows no transparency). The watermark is drawn as
// outlines and its word starts the footer as text, so search, copy and
// screen readers find "DRAFT" once per page, never as scattered letters.
//
// The layout is at 300 dpi whatever the device, painted scaled to it, so
// a printout breaks its pages where the PDF does.
//
// Paper: A4 portrait with 20 mm margins (25 mm for easy-read, which asks
// for plenty of space). A printer's own paper choice is kept: the pages
// are laid out for whatever page the device has. A device's page ranges
// (the print dialog's "Pages from … to …") are honoured.
#pragma once

#include "common/result.h"
#include "document/plandocument.h"

#include <QCoreApplication>
#include <QPageLayout>

class QFont;
class QFontMetricsF;
class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QPainterPath;
class QRectF;
class QSizeF;

namespace pb::ui {

class TextDocumentComposer;

class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    explicit DocumentRenderer(PlanDocument document);

    // A4 portrait with this form's margins.
    QPageLayout pageLayout() const;

    // Paints every page onto `device`, which has its page layout and no
    // active painter. Returns the number of pages in the document, or an
    // Error when the device would not start, turn a page or finish.
    Result<int> render(QPagedPaintDevice& device) const;

private:
    // Where the footer's words and the page number go.
    struct Footer {
        qreal labelWidth = 0; // room for the widest "Page N of M"
        bool stacked = false; // the page number on a line below the words
        qreal wordsHeight = 0;
        qreal height = 0;
    };
    Footer footerFor(const QFontMetricsF& metrics, qreal width, qreal labelWidth) const;
    // The footer's words: doc.footer, after the watermark's word for a draft.
    QString footerWords() const;
    QPainterPath watermarkPath(
        const TextDocumentComposer& composer, QPaintDevice& reference, QSizeF page) const;
    void paintFooter(QPainter& painter, const QRectF& area, const QFont& font, qreal dotsPerMm,
        const Footer& footer, int page, int pageCount) const;
    QString pageLabel(int page, int pageCount) const;

    PlanDocument m_document;
};

} // namespace pb::ui
