#include "document/documentrenderer.h"

#include "document/textdocumentcomposer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>
#include <QtMath>

#include <cmath>

namespace pb::ui {

namespace {
constexpr qreal kMarginMm = 20;
constexpr qreal kEasyReadMarginMm = 25;
constexpr qreal kFooterGapMm = 5; // between the body and the footer
constexpr int kLayoutDpi = 300; // as PdfExporter::kResolution
const QColor kWatermarkColour(0xE0, 0xE0, 0xE0);
} // namespace

DocumentRenderer::DocumentRenderer(PlanDocument document)
    : m_document(std::move(document))
{
}

QPageLayout DocumentRenderer::pageLayout() const
{
    const qreal margin = m_document.form == DocumentForm::EasyRead ? kEasyReadMarginMm : kMarginMm;
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
}

QString DocumentRenderer::pageLabel(int page, int pageCount) const
{
    //: At the foot of every page of a printed plan: "Page 2 of 7"
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

QString DocumentRenderer::footerWords() const
{
    if (m_document.watermark.isEmpty()) {
        return m_document.footer;
    }
    //: A draft's footer: %1 the watermark ("DRAFT"), %2 the footer's words
    return tr("%1 – %2").arg(m_document.watermark, m_document.footer);
}

Result<int> DocumentRenderer::render(QPagedPaintDevice& device) const
{
    // Laid out at one resolution whatever the device, so a printout breaks
    // its pages exactly where the PDF does (a 1200 dpi printer's font
    // metrics round differently); the painter scales to the device.
    QBuffer sink;
    QPdfWriter reference(&sink);
    reference.setResolution(kLayoutDpi);
    const qreal scaleX = device.logicalDpiX() / qreal(kLayoutDpi);
    const qreal scaleY = device.logicalDpiY() / qreal(kLayoutDpi);
    TextDocumentComposer composer(m_document, &reference);
    // The painter's origin is the top left of the page inside its margins.
    const qreal width = device.width() / scaleX;
    const qreal height = device.height() / scaleY;
    const qreal dotsPerMm = kLayoutDpi / 25.4;

    // The footer's height depends on the widest page label, so on the
    // number of pages, which depends on the footer's height: guess
    // one-digit numbers, and lay out again in the rare case the real labels
    // change the footer.
    const QFont footerFont = composer.font(TextRole::Note);
    const QFontMetricsF metrics(footerFont, &reference);
    const qreal gap = kFooterGapMm * dotsPerMm;
    Footer footer = footerFor(metrics, width, metrics.horizontalAdvance(pageLabel(8, 8)));
    std::unique_ptr<QTextDocument> text;
    int pageCount = 1;
    qreal bodyHeight = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        bodyHeight = height - gap - footer.height;
        if (width <= 0 || bodyHeight < height * 0.5) {
            return Error {
                tr("The page is too small to print the plan on. Choose A4 or Letter paper."),
                QStringLiteral("paint area %1 x %2").arg(width).arg(height)};
        }
        text = composer.compose(QSizeF(width, bodyHeight));
        pageCount = qMax(1, text->pageCount());
        qreal widest = 0;
        for (int page = 1; page <= pageCount; ++page) {
            widest = qMax(widest, metrics.horizontalAdvance(pageLabel(page, pageCount)));
        }
        const Footer needed = footerFor(metrics, width, qMax(widest, footer.labelWidth));
        const bool sameHeight = needed.height == footer.height;
        footer = needed;
        if (sameHeight) {
            break; // the pages were laid out for this footer
        }
    }

    const QPageRanges ranges = device.pageRanges();
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error {tr("The plan could not be printed or saved: the printer or file would not "
                         "start. Try again, or choose another printer or place."),
            QStringLiteral("QPainter::begin failed")};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scaleX, scaleY);
    QAbstractTextDocumentLayout::PaintContext context;
    // Printed text is black on white whatever the desktop's colours.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Base, Qt::white);
    const QPainterPath watermark = watermarkPath(composer, reference, QSizeF(width, height));
    // The painter turns points into the device's pixels and then scales
    // them again: ask for the size that comes out right after both.
    QFont paintedFooterFont = footerFont;
    paintedFooterFont.setPointSizeF(footerFont.pointSizeF() * kLayoutDpi / device.logicalDpiY());

    bool first = true;
    for (int page = 0; page < pageCount; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page + 1)) {
            continue;
        }
        if (!first && !device.newPage()) {
            painter.end();
            return Error {tr("The plan could not be printed or saved: a new page could not be "
                             "started. Try again, or choose another printer or place."),
                QStringLiteral("newPage failed at page %1").arg(page + 1)};
        }
        first = false;
        // Behind the text, so it never hides a word.
        painter.fillPath(watermark, kWatermarkColour);

        painter.save();
        const QRectF body(0, page * bodyHeight, width, bodyHeight);
        painter.translate(0, -body.top());
        painter.setClipRect(body);
        // Qt draws every line that touches the clip; a line that starts
        // exactly at the top of the next page touches this one's foot. The
        // painter's clip hides it, but a PDF keeps hidden text (it would be
        // found, copied and read aloud twice), so it must not be drawn.
        context.clip = body.adjusted(0, 1, 0, -1);
        text->documentLayout()->draw(&painter, context);
        painter.restore();

        paintFooter(painter, QRectF(0, bodyHeight + gap, width, footer.height), paintedFooterFont,
            dotsPerMm, footer, page + 1, pageCount);
    }
    if (!painter.end()) {
        return Error {tr("The plan could not be printed or saved: the last page could not be "
                         "finished. Try again, or choose another printer or place."),
            QStringLiteral("QPainter::end failed")};
    }
    return pageCount;
}

QPainterPath DocumentRenderer::watermarkPath(
    const TextDocumentComposer& composer, QPaintDevice& reference, QSizeF page) const
{
    if (m_document.watermark.isEmpty()) {
        return {};
    }
    // Outlines, not text: letters set on a slant come out of a PDF one by
    // one, scattered through the page's words for anyone searching or
    // listening. The word itself starts the footer, as text.
    QFont font = composer.font(TextRole::Title, true);
    const qreal diagonal = std::hypot(page.width(), page.height());
    font.setPointSizeF(100);
    const qreal measured = QFontMetricsF(font, &reference).horizontalAdvance(m_document.watermark);
    if (measured > 0) {
        // Sized to run along about half the page's diagonal.
        font.setPointSizeF(qBound(24.0, 100 * diagonal * 0.55 / measured, 160.0));
    }
    // A path has no device: its size is given in the layout's pixels.
    font.setPixelSize(qRound(font.pointSizeF() * kLayoutDpi / 72));
    QPainterPath path;
    path.addText(0, 0, font, m_document.watermark);
    const QRectF bounds = path.boundingRect();
    QTransform transform;
    transform.translate(page.width() / 2, page.height() / 2);
    transform.rotate(-qRadiansToDegrees(std::atan2(page.height(), page.width())));
    transform.translate(-bounds.center().x(), -bounds.center().y());
    return transform.map(path);
}

DocumentRenderer::Footer DocumentRenderer::footerFor(
    const QFontMetricsF& metrics, qreal width, qreal labelWidth) const
{
    Footer footer;
    footer.labelWidth = labelWidth;
    const qreal gap = kFooterGapMm * kLayoutDpi / 25.4;
    const qreal words = metrics.horizontalAdvance(footerWords());
    footer.stacked = words + gap + labelWidth > width;
    if (footer.stacked) {
        // Too long for one line with the page number (large easy-read text):
        // the words across the page, the page number on a line of its own.
        footer.wordsHeight =
            metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, footerWords())
                .height();
        footer.height = footer.wordsHeight + metrics.lineSpacing();
    } else {
        footer.wordsHeight = metrics.lineSpacing();
        footer.height = metrics.lineSpacing();
    }
    return footer;
}

void DocumentRenderer::paintFooter(QPainter& painter, const QRectF& area, const QFont& font,
    qreal dotsPerMm, const Footer& footer, int page, int pageCount) const
{
    painter.save();
    const bool rtl = TextDocumentComposer::isRightToLeft(m_document.language);
    painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), dotsPerMm * 0.2));
    const qreal ruleY = area.top() - dotsPerMm * 2;
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    painter.setPen(Qt::black);
    painter.setFont(font);
    const QString label = pageLabel(page, pageCount);
    // The footer's words at the start of the line, the page number at the end.
    QRectF words(area.left(), area.top(), area.width(), footer.wordsHeight);
    QRectF number(area.right() - footer.labelWidth, area.top(), footer.labelWidth, area.height());
    if (footer.stacked) {
        number.moveTop(area.top() + footer.wordsHeight);
    } else {
        words.setWidth(area.width() - footer.labelWidth - kFooterGapMm * dotsPerMm);
    }
    if (rtl) {
        words.moveRight(area.right());
        number.moveLeft(area.left());
    }
    const Qt::Alignment start = Qt::AlignTop | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment end = Qt::AlignTop | (rtl ? Qt::AlignLeft : Qt::AlignRight);
    painter.drawText(words, int(start) | Qt::TextWordWrap, footerWords());
    painter.drawText(number, int(end), label);
    painter.restore();
}

} // namespace pb::ui
