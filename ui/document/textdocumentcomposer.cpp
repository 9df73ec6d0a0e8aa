#include "document/textdocumentcomposer.h"

#include "document/easyreadpager.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QtMath>

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>

namespace pb::ui {

namespace {

// Marks a block that must stay on the same page as the one after it.
constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;
// Marks the empty paragraph Qt keeps between and after tables.
constexpr int kSeparator = QTextFormat::UserProperty + 2;
// Marks a table whose last row is its total, kept with the row above it.
constexpr int kEndsWithTotal = QTextFormat::UserProperty + 3;
// Marks a table of points (a picture beside each), whose rows are counted
// against EasyReadPager::kPointsPerPage.
constexpr int kPoints = QTextFormat::UserProperty + 4;

constexpr qreal kPictureDpi = 300;

// Fonts for a script the document's own font (Andika) lacks, by language,
// before the desktop's sans-serif: Urdu is written in Nastaliq.
QStringList scriptFamilies(const QString& language)
{
    if (language.startsWith(QLatin1String("ur"))) {
        return {QStringLiteral("Noto Nastaliq Urdu"), QStringLiteral("Noto Naskh Arabic")};
    }
    return {};
}

const QColor kRuleColour(0x80, 0x80, 0x80);
const QColor kHeaderBackground(0xE8, 0xE8, 0xE8);

qreal pointsToFormat(qreal points)
{
    return points * 96.0 / 72.0; // QTextFormat lengths are in 1/96 inch
}

QTextTableFormat plainTableFormat()
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return format;
}

void setBorders(QTextTableCellFormat& format, qreal top, qreal bottom, qreal sides,
    const QColor& colour = kRuleColour)
{
    format.setTopBorder(top);
    format.setBottomBorder(bottom);
    format.setLeftBorder(sides);
    format.setRightBorder(sides);
    format.setTopBorderStyle(
        top > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setBottomBorderStyle(
        bottom > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setLeftBorderStyle(
        sides > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setRightBorderStyle(
        sides > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setBorderBrush(colour);
}

} // namespace

TextDocumentComposer::TextDocumentComposer(const PlanDocument& document, QPaintDevice* device)
    : m_document(document)
    , m_device(device)
{
}

bool TextDocumentComposer::isRightToLeft(const QString& language)
{
    if (language.trimmed().isEmpty()) {
        return false;
    }
    QString name = language.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QLocale locale(name);
    // QLocale falls back to "C" for a language it does not know: left to right.
    return locale.language() != QLocale::C && locale.textDirection() == Qt::RightToLeft;
}

Qt::LayoutDirection TextDocumentComposer::direction() const
{
    return isRightToLeft(m_document.language) ? Qt::RightToLeft : Qt::LeftToRight;
}

QFont TextDocumentComposer::font(TextRole role, bool bold) const
{
    QFont font;
    QStringList families;
    // A script's own font first: Qt takes the first family it finds for a
    // run of text, and the document's font (Andika) has no Urdu letters.
    families << scriptFamilies(m_document.language);
    if (!m_document.style.fontFamily.trimmed().isEmpty()) {
        families << m_document.style.fontFamily.trimmed();
    }
    // fontconfig's alias for the desktop's sans-serif; Qt also falls back
    // per character for scripts the first font lacks (Urdu, Welsh accents).
    families << QStringLiteral("sans-serif");
    font.setFamilies(families);
    // No ligatures in left-to-right text: a PDF maps an "fi" ligature back to
    // "ﬁ", or with some fonts (Andika) to nothing, so "fits" could not be
    // found, copied or read aloud. Urdu must be shaped (its letters join),
    // and Qt 6.4 does not shape at all with PreferNoShaping.
    font.setStyleHint(QFont::SansSerif,
        direction() == Qt::RightToLeft ? QFont::PreferDefault : QFont::PreferNoShaping);
    font.setPointSizeF(m_document.style.size(role));
    font.setBold(bold || role == TextRole::Title || role == TextRole::Heading
        || role == TextRole::Subheading);
    return font;
}

qreal TextDocumentComposer::sidePaddingMm() const
{
    return isEasyRead() ? 1.5 : 1.0;
}

qreal TextDocumentComposer::cellPaddingMm() const
{
    return isEasyRead() ? 2.5 : 1.5;
}

QTextCharFormat TextDocumentComposer::charFormat(TextRole role, bool bold) const
{
    QTextCharFormat format;
    const QFont f = font(role, bold);
    format.setFontFamilies(f.families());
    format.setFontStyleHint(QFont::SansSerif, f.styleStrategy());
    format.setFontPointSize(f.pointSizeF());
    format.setFontWeight(f.bold() ? QFont::Bold : QFont::Normal);
    format.setFontItalic(false);
    format.setForeground(Qt::black);
    return format;
}

QTextBlockFormat TextDocumentComposer::blockFormat(TextRole role) const
{
    QTextBlockFormat format;
    format.setLayoutDirection(direction());
    // AlignLeft without AlignAbsolute is the start of the line: right in a
    // right-to-left language. Never justified.
    format.setAlignment(Qt::AlignLeft);
    format.setLineHeight(m_document.style.lineSpacing * 100, QTextBlockFormat::ProportionalHeight);
    const qreal size = m_document.style.size(role);
    const qreal airy = isEasyRead() ? 1.5 : 1.0; // easy-read: plenty of space
    switch (role) {
    case TextRole::Title:
        format.setBottomMargin(pointsToFormat(size * 0.6));
        break;
    case TextRole::Heading:
        format.setTopMargin(pointsToFormat(size * 1.1 * airy));
        format.setBottomMargin(pointsToFormat(size * 0.45 * airy));
        break;
    case TextRole::Subheading:
        format.setTopMargin(pointsToFormat(size * 0.9 * airy));
        format.setBottomMargin(pointsToFormat(size * 0.35 * airy));
        break;
    case TextRole::Body:
    case TextRole::Note:
        format.setBottomMargin(pointsToFormat(size * 0.5 * airy));
        break;
    }
    return format;
}

void TextDocumentComposer::newParagraph(QTextCursor& cursor, TextRole role, bool keepWithNext)
{
    QTextBlockFormat format = blockFormat(role);
    if (keepWithNext) {
        format.setProperty(kKeepWithNext, true);
    }
    if (m_breakBeforeNext) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBeforeNext = false;
    }
    if (cursor.block().length() <= 1 && !cursor.currentTable()) {
        if (cursor.blockFormat().boolProperty(kSeparator)) {
            // Right after a table: some air between its last rule and the words.
            format.setTopMargin(
                qMax(format.topMargin(), pointsToFormat(m_document.style.bodyPt * 0.6)));
        }
        cursor.setBlockFormat(format); // replaces the whole format, separator mark included
    } else {
        cursor.insertBlock(format);
    }
    cursor.setBlockCharFormat(charFormat(role, false));
    cursor.setCharFormat(charFormat(role, false));
}

QTextTable* TextDocumentComposer::newTable(
    QTextCursor& cursor, int rows, int columns, QTextTableFormat format)
{
    format.setLayoutDirection(direction());
    // Qt lays table columns out left to right whatever the direction: in a
    // right-to-left document the first column goes on the right (fillCell()
    // puts each cell in its mirrored place).
    if (direction() == Qt::RightToLeft) {
        QList<QTextLength> widths = format.columnWidthConstraints();
        std::reverse(widths.begin(), widths.end());
        format.setColumnWidthConstraints(widths);
    }
    if (m_breakBeforeNext) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBeforeNext = false;
    }
    // An empty paragraph here (Qt keeps one after every table) would add a
    // line of space between two tables: make it small.
    if (cursor.block().length() <= 1 && !cursor.currentTable()) {
        cursor.setBlockFormat(separatorFormat());
    }
    QTextTable* table = cursor.insertTable(rows, columns, format);
    // The paragraph after the table is small too, until newParagraph()
    // takes it over.
    QTextCursor after(cursor);
    after.setPosition(table->lastPosition() + 1);
    after.setBlockFormat(separatorFormat());
    after.setBlockCharFormat(charFormat(TextRole::Note, false));
    return table;
}

QTextBlockFormat TextDocumentComposer::separatorFormat() const
{
    QTextBlockFormat format = blockFormat(TextRole::Note);
    format.setTopMargin(0);
    format.setBottomMargin(0);
    format.setLineHeight(0, QTextBlockFormat::FixedHeight);
    format.setProperty(kSeparator, true);
    return format;
}

void TextDocumentComposer::insertText(
    QTextCursor& cursor, const QString& text, TextRole role, bool bold) const
{
    // Line breaks the person typed stay inside the paragraph.
    QString line = text;
    line.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    line.replace(QLatin1Char('\n'), QChar::LineSeparator);
    line.replace(QLatin1Char('\r'), QChar::LineSeparator);
    cursor.insertText(line, charFormat(role, bold));
}

void TextDocumentComposer::insertRuns(
    QTextCursor& cursor, const QList<TextRun>& runs, TextRole role) const
{
    for (const TextRun& run : runs) {
        insertText(cursor, run.text, role, run.bold);
    }
}

void TextDocumentComposer::insertPicture(QTextCursor& cursor, const QString& name)
{
    if (name.isEmpty() || m_document.style.pictureSizeMm <= 0) {
        return;
    }
    const QUrl url(QStringLiteral("pb-picture:") + name);
    const qreal edgeMm = m_document.style.pictureSizeMm;
    if (!m_target->resource(QTextDocument::ImageResource, url).isValid()) {
        QSvgRenderer svg(QStringLiteral(":/pictures/%1.svg").arg(name));
        if (!svg.isValid()) {
            qWarning("pbplanner: no picture called \"%s\"", qPrintable(name));
            return;
        }
        const int edge = qRound(edgeMm / 25.4 * kPictureDpi);
        QSizeF size = svg.viewBoxF().size();
        if (size.isEmpty()) {
            size = QSizeF(1, 1);
        }
        size.scale(edge, edge, Qt::KeepAspectRatio);
        // Opaque on white: PDF/A-1 allows no transparency.
        QImage image(size.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        m_target->addResource(QTextDocument::ImageResource, url, image);
    }
    const QImage image = m_target->resource(QTextDocument::ImageResource, url).value<QImage>();
    QTextImageFormat format;
    format.setName(url.toString());
    const qreal scale = mm(edgeMm) / qMax(image.width(), image.height());
    format.setWidth(image.width() * scale);
    format.setHeight(image.height() * scale);
    cursor.insertImage(format);
}

std::unique_ptr<QTextDocument> TextDocumentComposer::compose(QSizeF pageSize)
{
    auto document = std::make_unique<QTextDocument>();
    m_target = document.get();
    document->setUndoRedoEnabled(false); // never edited: no history to keep
    m_pageWidth = pageSize.width();
    m_breakBeforeNext = false;
    m_sectionsAdded = 0;
    m_rowHeights.clear();
    m_tablesMoved.clear();
    // Laid out at the device's resolution, before any text goes in, or it
    // would be measured for the screen (TOOLCHAIN.md).
    document->documentLayout()->setPaintDevice(m_device);
    document->setDocumentMargin(0);
    document->setPageSize(pageSize);
    document->setDefaultFont(font(TextRole::Body));
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(direction());
    option.setAlignment(Qt::AlignLeft);
    document->setDefaultTextOption(option);
    document->setMetaInformation(QTextDocument::DocumentTitle, m_document.title);

    QTextCursor cursor(document.get());
    cursor.beginEditBlock();
    addTitle(cursor);
    for (const DocumentSection& section : m_document.sections) {
        addSection(cursor, section);
    }
    cursor.endEditBlock();
    paginate();
    m_target = nullptr;
    return document;
}

void TextDocumentComposer::addTitle(QTextCursor& cursor)
{
    if (m_document.title.isEmpty()) {
        return;
    }
    newParagraph(cursor, TextRole::Title, true);
    insertText(cursor, m_document.title, TextRole::Title, true);
}

void TextDocumentComposer::addSection(QTextCursor& cursor, const DocumentSection& section)
{
    // The first section shares the first page with the title.
    if (section.startsOnNewPage && m_sectionsAdded > 0) {
        m_breakBeforeNext = true;
    }
    ++m_sectionsAdded;
    if (!section.title.isEmpty()) {
        if (!section.picture.isEmpty() && m_document.style.pictureSizeMm > 0) {
            // Easy-read: the section's picture beside its heading.
            addPoints(cursor,
                {DocumentBlock {DocumentBlock::Kind::Point, TextRole::Heading,
                    {TextRun {section.title, true}}, section.picture, {}}});
        } else {
            newParagraph(cursor, TextRole::Heading, true);
            insertText(cursor, section.title, TextRole::Heading, true);
        }
    }

    // Points next to each other share one table, so their pictures line up.
    QList<DocumentBlock> points;
    auto flushPoints = [&] {
        if (points.isEmpty()) {
            return;
        }
        if (m_document.style.pictureSizeMm > 0) {
            addPoints(cursor, points);
        } else {
            addBulletPoints(cursor, points);
        }
        points.clear();
    };
    for (int index = 0; index < section.blocks.size(); ++index) {
        const DocumentBlock& block = section.blocks.at(index);
        if (block.kind == DocumentBlock::Kind::Point) {
            points.append(block);
            continue;
        }
        flushPoints();
        switch (block.kind) {
        case DocumentBlock::Kind::Paragraph: {
            // A short paragraph that introduces a table stays with it.
            const auto next = index + 1 < section.blocks.size() ? section.blocks.at(index + 1).kind
                                                                : DocumentBlock::Kind::PageBreak;
            const bool introducesTable =
                next == DocumentBlock::Kind::Table || next == DocumentBlock::Kind::Facts;
            addParagraph(cursor, block, introducesTable && plainLength(block.runs) <= 300);
            break;
        }
        case DocumentBlock::Kind::Table:
            addTable(cursor, block.table);
            break;
        case DocumentBlock::Kind::Facts:
            addFacts(cursor, block.table);
            break;
        case DocumentBlock::Kind::Signature:
            addSignature(cursor, block);
            break;
        case DocumentBlock::Kind::PageBreak:
            m_breakBeforeNext = true;
            break;
        case DocumentBlock::Kind::Point:
            break;
        }
    }
    flushPoints();
}

qsizetype TextDocumentComposer::plainLength(const QList<TextRun>& runs)
{
    qsizetype length = 0;
    for (const TextRun& run : runs) {
        length += run.text.size();
    }
    return length;
}

void TextDocumentComposer::addParagraph(
    QTextCursor& cursor, const DocumentBlock& block, bool keepWithNext)
{
    const bool heading = block.role == TextRole::Title || block.role == TextRole::Heading
        || block.role == TextRole::Subheading;
    newParagraph(cursor, block.role, heading || keepWithNext);
    insertRuns(cursor, block.runs, block.role);
}

QTextTableCellFormat TextDocumentComposer::cellFormat(TextRole role, bool bold) const
{
    // A cell's own format is the character format of its first paragraph
    // mark, so it carries the font an empty cell is measured with.
    QTextTableCellFormat format;
    format.merge(charFormat(role, bold));
    return format;
}

void TextDocumentComposer::fillCell(QTextTable* table, int row, int column,
    const QTextTableCellFormat& format, const QTextBlockFormat& block,
    const std::function<void(QTextCursor&)>& content)
{
    const int placed = direction() == Qt::RightToLeft ? table->columns() - 1 - column : column;
    QTextTableCell cell = table->cellAt(row, placed);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setBlockFormat(block);
    content(cursor);
    // Last: the content must not overwrite it (see cellFormat()).
    cell.setFormat(format);
}

void TextDocumentComposer::addPoints(QTextCursor& cursor, const QList<DocumentBlock>& points)
{
    const qreal gapMm = isEasyRead() ? 6 : 4;
    QTextTableFormat format = plainTableFormat();
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::FixedLength, mm(m_document.style.pictureSizeMm + gapMm)),
            QTextLength(QTextLength::VariableLength, 0)});
    format.setProperty(kPoints, true);
    QTextTable* table = newTable(cursor, int(points.size()), 2, format);
    const qreal rowGapMm = isEasyRead() ? 8 : 3;
    for (int row = 0; row < points.size(); ++row) {
        const DocumentBlock& point = points.at(row);
        const bool heading = point.role == TextRole::Heading || point.role == TextRole::Title
            || point.role == TextRole::Subheading;
        QTextTableCellFormat cell = cellFormat(point.role, false);
        cell.setTopPadding(mm(rowGapMm / 2));
        cell.setBottomPadding(mm(rowGapMm / 2));
        cell.setLeftPadding(0);
        cell.setRightPadding(0);
        cell.setVerticalAlignment(QTextCharFormat::AlignMiddle);

        QTextBlockFormat pictureBlock = blockFormat(TextRole::Body);
        pictureBlock.setBottomMargin(0);
        pictureBlock.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        fillCell(table, row, 0, cell, pictureBlock,
            [&](QTextCursor& at) { insertPicture(at, point.picture); });

        QTextBlockFormat textBlock = blockFormat(point.role);
        textBlock.setTopMargin(0);
        textBlock.setBottomMargin(0);
        if (heading) {
            textBlock.setProperty(kKeepWithNext, true);
        }
        fillCell(table, row, 1, cell, textBlock,
            [&](QTextCursor& at) { insertRuns(at, point.runs, point.role); });
    }
    cursor.movePosition(QTextCursor::End);
}

void TextDocumentComposer::addBulletPoints(QTextCursor& cursor, const QList<DocumentBlock>& points)
{
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    QTextList* textList = nullptr;
    for (const DocumentBlock& point : points) {
        newParagraph(cursor, point.role);
        QTextBlockFormat format = cursor.blockFormat();
        format.setBottomMargin(pointsToFormat(m_document.style.size(point.role) * 0.25));
        cursor.setBlockFormat(format);
        if (textList) {
            textList->add(cursor.block());
        } else {
            textList = cursor.createList(list);
        }
        insertRuns(cursor, point.runs, point.role);
    }
    // The paragraph after the list is not part of it.
    if (textList) {
        QTextBlockFormat last = cursor.blockFormat();
        last.setBottomMargin(pointsToFormat(m_document.style.bodyPt * 0.5));
        cursor.setBlockFormat(last);
    }
}

void TextDocumentComposer::addTable(QTextCursor& cursor, const DocumentTable& table)
{
    const int columns = int(table.headers.size());
    if (columns == 0) {
        return;
    }
    const bool hasTotals = !table.totals.isEmpty();
    const int rows = 1 + int(table.rows.size()) + (hasTotals ? 1 : 0);
    // Rules between the rows and none between the columns, as in the GOV.UK
    // tables: the padding keeps the columns apart.
    QTextTableFormat format = plainTableFormat();
    format.setBorderCollapse(true);
    format.setCellPadding(mm(cellPaddingMm()));
    format.setHeaderRowCount(1); // repeated on every page the table spans
    format.setProperty(kEndsWithTotal, hasTotals);
    format.setColumnWidthConstraints(columnWidths(table));
    QTextTable* t = newTable(cursor, rows, columns, format);

    const TextRole role = TextRole::Body;
    auto fill = [&](int row, const QStringList& cells, bool bold, bool header, bool total) {
        for (int column = 0; column < columns; ++column) {
            QTextTableCellFormat cell = cellFormat(role, bold);
            // The total sits under a heavier, darker rule.
            if (total) {
                setBorders(cell, 1.5, 1.5, 0, Qt::black);
            } else {
                setBorders(cell, row == 0 ? 0.75 : 0, 0.75, 0);
            }
            if (header) {
                cell.setBackground(kHeaderBackground);
            }
            // Less room at the sides than above and below: seven columns
            // share 170 mm.
            cell.setLeftPadding(mm(sidePaddingMm()));
            cell.setRightPadding(mm(sidePaddingMm()));
            cell.setVerticalAlignment(
                header ? QTextCharFormat::AlignBottom : QTextCharFormat::AlignTop);
            QTextBlockFormat block = blockFormat(role);
            block.setBottomMargin(0);
            const bool money = table.alignment.value(column) == DocumentTable::Align::Right;
            block.setAlignment(money ? Qt::AlignRight : Qt::AlignLeft);
            // An amount never breaks over two lines; columnWidths() leaves room.
            block.setNonBreakableLines(money && !header);
            fillCell(t, row, column, cell, block,
                [&](QTextCursor& at) { insertText(at, cells.value(column), role, bold); });
        }
    };
    fill(0, table.headers, true, true, false);
    for (int row = 0; row < table.rows.size(); ++row) {
        fill(row + 1, table.rows.at(row), false, false, false);
    }
    if (hasTotals) {
        fill(rows - 1, table.totals, true, false, true);
    }
    cursor.movePosition(QTextCursor::End);
}

QList<QTextLength> TextDocumentComposer::columnWidths(const DocumentTable& table) const
{
    // The automatic table layout of CSS 2.1: every column gets at least its
    // longest word; the width left over is shared in proportion to how much
    // more each column would need to fit its text on one line. Qt's own
    // layout squeezes a long column of words (what an item helps with) to a
    // few letters wide while short columns keep space they do not need.
    const int columns = int(table.headers.size());
    const qreal padding = 2 * sidePaddingMm() / 25.4 * m_device->logicalDpiX();
    QList<qreal> least(columns, 0);
    QList<qreal> most(columns, 0);
    const qreal slack = 1 / 25.4 * m_device->logicalDpiX(); // borders and rounding
    auto measure = [&](const QStringList& cells, bool bold, bool header) {
        const QFontMetricsF metrics(font(TextRole::Body, bold), m_device);
        for (int column = 0; column < columns; ++column) {
            const QString text = cells.value(column);
            const qreal whole = metrics.horizontalAdvance(text) + padding + slack;
            most[column] = qMax(most[column], whole);
            const bool money = table.alignment.value(column) == DocumentTable::Align::Right;
            if (money && !header) {
                least[column] = qMax(least[column], whole); // amounts never wrap
                continue;
            }
            for (const QString& word :
                text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                least[column] =
                    qMax(least[column], metrics.horizontalAdvance(word) + padding + slack);
            }
        }
    };
    measure(table.headers, true, true);
    for (const QStringList& row : table.rows) {
        measure(row, false, false);
    }
    measure(table.totals, true, false);

    qreal leastTotal = 0;
    qreal mostTotal = 0;
    for (int column = 0; column < columns; ++column) {
        // A column of long sentences would otherwise take nearly all the
        // room and squeeze short ones ("5 times a week") to a word a line.
        most[column] = qMax(qMin(most[column], m_pageWidth * 0.45), least[column]);
        leastTotal += least[column];
        mostTotal += most[column];
    }
    const qreal available = m_pageWidth;
    QList<qreal> widths = most;
    if (mostTotal > available && mostTotal > leastTotal) {
        const qreal share = qMax<qreal>(0, available - leastTotal) / (mostTotal - leastTotal);
        for (int column = 0; column < columns; ++column) {
            widths[column] = least[column] + (most[column] - least[column]) * share;
        }
    }
    qreal total = 0;
    for (qreal width : widths) {
        total += width;
    }
    QList<QTextLength> lengths;
    for (qreal width : widths) {
        lengths.append(
            QTextLength(QTextLength::PercentageLength, 100 * width / qMax<qreal>(1, total)));
    }
    return lengths;
}

void TextDocumentComposer::addFacts(QTextCursor& cursor, const DocumentTable& table)
{
    if (table.rows.isEmpty()) {
        return;
    }
    QTextTableFormat format = plainTableFormat();
    format.setBorderCollapse(true);
    format.setCellPadding(mm(cellPaddingMm()));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 38),
        QTextLength(QTextLength::PercentageLength, 62)});
    QTextTable* t = newTable(cursor, int(table.rows.size()), 2, format);
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList& pair = table.rows.at(row);
        for (int column = 0; column < 2; ++column) {
            const bool bold = column == 0; // the label, as in a summary list
            QTextTableCellFormat cell = cellFormat(TextRole::Body, bold);
            // A rule under each pair; no boxes.
            setBorders(cell, row == 0 ? 0.75 : 0, 0.75, 0);
            cell.setVerticalAlignment(QTextCharFormat::AlignTop);
            QTextBlockFormat block = blockFormat(TextRole::Body);
            block.setBottomMargin(0);
            fillCell(t, row, column, cell, block,
                [&](QTextCursor& at) { insertText(at, pair.value(column), TextRole::Body, bold); });
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void TextDocumentComposer::addSignature(QTextCursor& cursor, const DocumentBlock& block)
{
    newParagraph(cursor, TextRole::Body, true);
    insertRuns(cursor, block.runs, TextRole::Body);

    QTextTableFormat format = plainTableFormat();
    format.setBorderCollapse(true);
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 58),
        QTextLength(QTextLength::PercentageLength, 8),
        QTextLength(QTextLength::PercentageLength, 34)});
    QTextTable* t = newTable(cursor, 2, 3, format);
    const QStringList labels {tr("Signature"), QString(), tr("Date")};
    const qreal roomMm = isEasyRead() ? 22 : 16;
    for (int column = 0; column < 3; ++column) {
        const bool line = !labels.at(column).isEmpty();
        // Room to sign, over a line.
        QTextTableCellFormat space = cellFormat(TextRole::Note, false);
        setBorders(space, 0, line ? 1.0 : 0, 0, Qt::black);
        space.setPadding(0);
        QTextBlockFormat room = blockFormat(TextRole::Note);
        room.setTopMargin(mm(roomMm));
        room.setBottomMargin(0);
        room.setProperty(kKeepWithNext, true);
        fillCell(t, 0, column, space, room, [](QTextCursor&) {});

        // What goes on the line, under it; then space before what follows.
        QTextTableCellFormat label = cellFormat(TextRole::Note, false);
        label.setPadding(0);
        label.setTopPadding(mm(1));
        label.setBottomPadding(mm(isEasyRead() ? 8 : 6));
        QTextBlockFormat text = blockFormat(TextRole::Note);
        text.setBottomMargin(0);
        fillCell(t, 1, column, label, text,
            [&](QTextCursor& at) { insertText(at, labels.at(column), TextRole::Note, false); });
    }
    cursor.movePosition(QTextCursor::End);
}

qreal TextDocumentComposer::firstLineTop(const QTextBlock& block) const
{
    // Qt moves a line that would cross the foot of a page down to the next
    // page inside its block, so the block's own top can be a page earlier.
    qreal y = m_target->documentLayout()->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0) {
        y += block.layout()->lineAt(0).y();
    }
    return y;
}

qreal TextDocumentComposer::lastLineBottom(const QTextBlock& block) const
{
    const QRectF rect = m_target->documentLayout()->blockBoundingRect(block);
    if (!block.layout() || block.layout()->lineCount() == 0) {
        return rect.top();
    }
    const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
    return rect.top() + last.y() + last.height();
}

int TextDocumentComposer::pageAt(qreal y) const
{
    // Half a pixel of leeway: a line moved to the top of a page sits exactly
    // on the boundary, give or take rounding.
    return qFloor((y + 0.5) / m_target->pageSize().height());
}

void TextDocumentComposer::paginate()
{
    if (m_target->pageSize().height() <= 0) {
        return;
    }
    m_scanFrom = 0;
    measureRows();
    // One fix at a time, the first in the document first, then lay out
    // again: a fix moves everything after it, so a later problem may be
    // gone (or new), while the pages before it stay as they were fixed.
    // A document has far fewer pages than this.
    for (int step = 0; step < 2000; ++step) {
        PageFix fixes[] = {
            firstBlankPage(), firstSplitRow(), firstLoneChain(), firstNeedlessBreak()};
        PageFix* first = std::min_element(std::begin(fixes), std::end(fixes),
            [](const PageFix& a, const PageFix& b) { return a.position < b.position; });
        if (!first->apply) {
            return;
        }
        // One change for the layout however many formats the fix touches
        // (a row's every cell): Qt lays the document out again after each.
        QTextCursor edit(m_target);
        edit.beginEditBlock();
        first->apply();
        edit.endEditBlock();
        // Everything before the fix stays as it was, and was looked at.
        m_scanFrom = qMax(0, m_target->findBlock(first->position).previous().position());
    }
}

TextDocumentComposer::PageFix TextDocumentComposer::firstBlankPage()
{
    // A page break that lands where a page has just begun (what came before
    // filled the page exactly, or ran over) makes Qt turn an empty page.
    // The break goes: what follows is at the top of a page anyway.
    struct Break {
        QTextBlock block; // the first block after the break
        QTextTable* table = nullptr; // when the break is before a table
    };
    QList<Break> breaks;
    for (QTextBlock block = m_target->findBlock(m_scanFrom); block.isValid();
         block = block.next()) {
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            breaks.append({block, nullptr});
        }
    }
    for (QTextFrame* frame : m_target->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table && table->firstPosition() >= m_scanFrom
            && (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            breaks.append({table->cellAt(0, 0).firstCursorPosition().block(), table});
        }
    }
    std::sort(breaks.begin(), breaks.end(),
        [](const Break& a, const Break& b) { return a.block.position() < b.block.position(); });
    for (const Break& found : breaks) {
        // What comes before the break: before the table, for a table.
        QTextBlock previous = found.table ? m_target->findBlock(found.table->firstPosition() - 1)
                                          : found.block.previous();
        while (previous.isValid() && previous.blockFormat().boolProperty(kSeparator)) {
            previous = previous.previous();
        }
        if (!previous.isValid()
            || pageAt(firstLineTop(found.block)) <= pageAt(lastLineBottom(previous) - 1) + 1) {
            continue;
        }
        const QTextBlock block = found.block;
        return {
            block.position(), [block] { setPageBreakBefore(block, QTextFormat::PageBreak_Auto); }};
    }
    return {};
}

TextDocumentComposer::PageFix TextDocumentComposer::firstNeedlessBreak()
{
    // The easy-read pager breaks the page after a few points; when the page
    // before ran over (its last point did not fit and moved on), the break
    // leaves a page holding only that point. The break goes when what
    // follows fits beside it and the page still has no more than the
    // pager's few points.
    const qreal pageHeight = m_target->pageSize().height();
    int pointsOnPage = 0;
    int countedPage = -1;
    for (QTextFrame* frame : m_target->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || !table->format().boolProperty(kPoints)) {
            continue;
        }
        const QRectF box = m_target->documentLayout()->frameBoundingRect(table);
        const bool breaks = table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        const int firstPage = pageAt(box.top());
        if (breaks && table->firstPosition() >= m_scanFrom && countedPage >= 0
            && !startsWithHeading(table)) {
            const QTextBlock previous = m_target->findBlock(table->firstPosition() - 1).previous();
            const qreal end = lastLineBottom(previous);
            const int endPage = pageAt(end - 1);
            const qreal room = (endPage + 1) * pageHeight - end;
            const bool ranOver = endPage == countedPage
                && pointsOnPage < EasyReadPager::kPointsPerPage && firstPage > endPage;
            if (ranOver && pointsOnPage + table->rows() <= EasyReadPager::kPointsPerPage
                && box.height() < room && isOnlyPointsSince(endPage, table)) {
                const QTextBlock first = table->cellAt(0, 0).firstCursorPosition().block();
                return {table->firstPosition(),
                    [first] { setPageBreakBefore(first, QTextFormat::PageBreak_Auto); }};
            }
        }
        for (int row = 0; row < table->rows(); ++row) {
            const int page =
                pageAt(firstLineTop(table->cellAt(row, 0).firstCursorPosition().block()));
            if (page != countedPage) {
                countedPage = page;
                pointsOnPage = 0;
            }
            ++pointsOnPage;
        }
    }
    return {};
}

bool TextDocumentComposer::startsWithHeading(QTextTable* table)
{
    // A section's heading is its first point, kept with the next: a section
    // starts on a new page, so its break always stays.
    for (int column = 0; column < table->columns(); ++column) {
        const QTextBlock block = table->cellAt(0, column).firstCursorPosition().block();
        if (block.blockFormat().boolProperty(kKeepWithNext)) {
            return true;
        }
    }
    return false;
}

bool TextDocumentComposer::isOnlyPointsSince(int page, QTextTable* next) const
{
    // Nothing but points (and the small paragraphs between tables) on the
    // page before `next`: a heading there starts a section of its own.
    for (QTextBlock block = m_target->findBlock(next->firstPosition() - 1); block.isValid();
         block = block.previous()) {
        if (pageAt(lastLineBottom(block) - 1) < page) {
            return true;
        }
        QTextCursor at(block);
        QTextTable* table = at.currentTable();
        if (table ? !table->format().boolProperty(kPoints)
                  : !block.blockFormat().boolProperty(kSeparator)) {
            return false;
        }
    }
    return true;
}

void TextDocumentComposer::measureRows()
{
    // Each row's height as it is when nothing is split over a page: laid
    // out once without pages.
    const QSizeF pageSize = m_target->pageSize();
    m_target->setPageSize(QSizeF(pageSize.width(), -1));
    for (QTextFrame* frame : m_target->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table) {
            continue;
        }
        RowHeights& heights = m_rowHeights[table];
        for (int row = 0; row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                top = qMin(top, firstLineTop(cell.firstCursorPosition().block()));
                bottom = qMax(bottom, lastLineBottom(cell.lastCursorPosition().block()));
            }
            heights.top.append(top);
            heights.bottom.append(bottom);
        }
    }
    m_target->setPageSize(pageSize);
}

qreal TextDocumentComposer::topPadding(QTextTable* table, int row) const
{
    qreal padding = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCellFormat format = table->cellAt(row, column).format().toTableCellFormat();
        padding = qMax(padding,
            format.hasProperty(QTextFormat::TableCellTopPadding) ? format.topPadding()
                                                                 : table->format().cellPadding());
    }
    return padding * m_device->logicalDpiY() / 96.0; // format lengths are 1/96 inch
}

void TextDocumentComposer::moveSplitRows(QTextTable* table, int firstRow)
{
    // Laying a long table out again after each moved row costs a fraction of
    // a second a time; instead, follow the rows down the pages with their
    // heights from measureRows() and move every row that would be split,
    // then lay out once. Where this is out by a little, paginate() moves a
    // row at a time as before.
    m_tablesMoved.insert(table);
    const RowHeights& heights = m_rowHeights.value(table);
    if (heights.top.size() != table->rows()) {
        return;
    }
    const qreal pageHeight = m_target->pageSize().height();
    const qreal toDevice = m_device->logicalDpiY() / 96.0;
    const int headerRows = table->format().headerRowCount();
    // On a page the table runs on to, rows start under the repeated header.
    const qreal headerHeight = headerRows > 0 ? heights.top.at(headerRows) - heights.top.at(0) : 0;
    qreal top = std::numeric_limits<qreal>::max();
    for (int column = 0; column < table->columns(); ++column) {
        top =
            qMin(top, firstLineTop(table->cellAt(firstRow, column).firstCursorPosition().block()));
    }
    QList<QPair<int, qreal>> grow; // row, extra bottom padding
    for (int row = firstRow; row < table->rows(); ++row) {
        const qreal height = heights.bottom.at(row) - heights.top.at(row);
        const int page = pageAt(top);
        const qreal padding = topPadding(table, row);
        if (row > headerRows && pageAt(top + height - 1) != page && height < pageHeight * 0.8) {
            const qreal rowTop = top - padding;
            grow.append({row - 1, ((page + 1) * pageHeight - rowTop + 2) / toDevice});
            top = (page + 1) * pageHeight + headerHeight + padding;
        }
        if (row + 1 < table->rows()) {
            top += heights.top.at(row + 1) - heights.top.at(row);
        }
    }
    const QTextTableFormat tableFormat = table->format();
    for (const auto& [row, extra] : grow) {
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell above = table->cellAt(row, column);
            QTextTableCellFormat format = above.format().toTableCellFormat();
            const qreal current = format.hasProperty(QTextFormat::TableCellBottomPadding)
                ? format.bottomPadding()
                : tableFormat.cellPadding();
            format.setBottomPadding(current + extra);
            above.setFormat(format);
        }
    }
}

TextDocumentComposer::PageFix TextDocumentComposer::firstSplitRow()
{
    // Qt lets a row's cells run on over the foot of a page (the words of
    // one piece of support on two pages, a point's words away from its
    // picture). Such a row goes to the next page, under the repeated
    // header, as Qt itself does when a row starts too low: the row above
    // it grows to the foot of the page (extra padding), so the row starts
    // below the foot, and Qt's layout moves it.
    const qreal pageHeight = m_target->pageSize().height();
    const qreal toDevice = m_device->logicalDpiY() / 96.0; // format lengths are 1/96 inch
    for (QTextFrame* frame : m_target->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->lastPosition() < m_scanFrom) {
            continue;
        }
        const QRectF box = m_target->documentLayout()->frameBoundingRect(table);
        if (pageAt(box.top()) == pageAt(box.bottom() - 1)) {
            continue; // all on one page
        }
        const QTextTableFormat tableFormat = table->format();
        const int headerRows = tableFormat.headerRowCount();
        for (int row = headerRows; row < table->rows(); ++row) {
            if (table->cellAt(row, table->columns() - 1).lastPosition() < m_scanFrom) {
                continue; // looked at, and nothing before a fix changes
            }
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            qreal padding = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                top = qMin(top, firstLineTop(cell.firstCursorPosition().block()));
                bottom = qMax(bottom, lastLineBottom(cell.lastCursorPosition().block()));
                const QTextTableCellFormat format = cell.format().toTableCellFormat();
                padding = qMax(padding,
                    format.hasProperty(QTextFormat::TableCellTopPadding)
                        ? format.topPadding()
                        : tableFormat.cellPadding());
            }
            int moving = row;
            int page = pageAt(top);
            const bool total = tableFormat.boolProperty(kEndsWithTotal) && row == table->rows() - 1;
            if (total && row - 1 > headerRows
                && pageAt(firstLineTop(table->cellAt(row - 1, 0).firstCursorPosition().block()))
                    < page) {
                // A total alone at the top of a page: the last row goes with it.
                moving = row - 1;
                top = firstLineTop(table->cellAt(moving, 0).firstCursorPosition().block());
                page = pageAt(top);
            } else if (pageAt(bottom - 1) == page || bottom - top > pageHeight * 0.8) {
                continue; // on one page, or too tall to fit on any
            }
            if (moving == headerRows) {
                // Nothing of the table would be left on this page but its
                // header: the whole table starts on the next page, with
                // the heading that introduces it.
                const QTextBlock target =
                    breakTarget(table->cellAt(0, 0).firstCursorPosition().block());
                if (!target.isValid()) {
                    continue;
                }
                return {target.position(), [this, target] { breakBefore(target); }};
            }
            if (!total && !m_tablesMoved.contains(table)) {
                // The first time: all of this table's rows from here at once.
                return {table->cellAt(moving, 0).firstPosition(),
                    [this, table, moving] { moveSplitRows(table, moving); }};
            }
            const qreal rowTop = top - padding * toDevice;
            const qreal extra = ((page + 1) * pageHeight - rowTop + 2) / toDevice;
            return {table->cellAt(moving, 0).firstPosition(), [table, moving, extra, tableFormat] {
                        for (int column = 0; column < table->columns(); ++column) {
                            QTextTableCell above = table->cellAt(moving - 1, column);
                            QTextTableCellFormat format = above.format().toTableCellFormat();
                            const qreal current =
                                format.hasProperty(QTextFormat::TableCellBottomPadding)
                                ? format.bottomPadding()
                                : tableFormat.cellPadding();
                            format.setBottomPadding(current + extra);
                            above.setFormat(format);
                        }
                    }};
        }
    }
    return {};
}

TextDocumentComposer::PageFix TextDocumentComposer::firstLoneChain()
{
    // A chain is a run of blocks kept with the next (a heading, the short
    // paragraph introducing a table) and the block that follows it. When the
    // chain starts on one page and what follows is on a later one, the chain
    // moves to the next page together.
    QTextBlock chainStart;
    for (QTextBlock block = m_target->findBlock(m_scanFrom); block.isValid();
         block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.boolProperty(kSeparator)) {
            continue;
        }
        if (format.boolProperty(kKeepWithNext)) {
            if (!chainStart.isValid()) {
                chainStart = block;
            }
            continue;
        }
        if (!chainStart.isValid()) {
            continue;
        }
        const QTextBlock start = chainStart;
        chainStart = QTextBlock();
        if (pageAt(firstLineTop(block)) > pageAt(firstLineTop(start))) {
            const QTextBlock target = breakTarget(start);
            if (target.isValid()) {
                return {target.position(), [this, target] { breakBefore(target); }};
            }
        }
    }
    return {};
}

QTextBlock TextDocumentComposer::breakTarget(QTextBlock block) const
{
    // Take along what is kept with it on the same page (a heading and the
    // paragraph introducing a table, for a table).
    const int page = pageAt(firstLineTop(block));
    for (QTextBlock previous = block.previous(); previous.isValid();
         previous = previous.previous()) {
        if (previous.blockFormat().boolProperty(kSeparator)) {
            continue;
        }
        if (!previous.blockFormat().boolProperty(kKeepWithNext)
            || pageAt(firstLineTop(previous)) != page) {
            break;
        }
        block = previous;
    }
    // Near the top of its page already (only its own top margin above it):
    // moving it would not help.
    const qreal pageHeight = m_target->pageSize().height();
    if (firstLineTop(block) - page * pageHeight < pageHeight * 0.08) {
        return {};
    }
    QTextCursor at(block);
    const int policy = at.currentTable() ? int(at.currentTable()->format().pageBreakPolicy())
                                         : int(block.blockFormat().pageBreakPolicy());
    if (policy & QTextFormat::PageBreak_AlwaysBefore) {
        return {};
    }
    return block;
}

void TextDocumentComposer::breakBefore(const QTextBlock& block)
{
    setPageBreakBefore(block, QTextFormat::PageBreak_AlwaysBefore);
}

void TextDocumentComposer::setPageBreakBefore(
    const QTextBlock& block, QTextFormat::PageBreakFlags policy)
{
    // In a table the break belongs to the table, else to the paragraph.
    QTextCursor at(block);
    if (QTextTable* table = at.currentTable()) {
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(policy);
        table->setFormat(format);
    } else {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(policy);
        at.setBlockFormat(format);
    }
}

} // namespace pb::ui
