// The plan on paper: PlanDocuments rendered to PDF (PdfExporter) and to a
// printer (PlanPrinting), checked the way a reader, a screen reader or an
// archive would see them: through poppler's pdftotext, pdfinfo, pdffonts
// and pdfimages (poppler-utils, a build dependency).
#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "demo/democaseload.h"
#include "document/documentrenderer.h"
#include "document/pdfexporter.h"
#include "document/plandocumentbuilder.h"
#include "document/planprinting.h"
#include "document/textdocumentcomposer.h"
#include "money/moneyformatter.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pb;

Q_DECLARE_METATYPE(pb::PlanFileContents)

namespace {

// --- poppler, run as a program

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
            process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of one page (or all pages with page 0), in reading order.
QString pageText(const QString& pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    }
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

// How many pixels of a page, drawn in grey at 20 dpi, have the watermark's
// light grey (0xE0): antialiased text and the tables' header shading
// (0xE8) have few or none.
int watermarkPixels(const QString& pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page), pdf});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return -1;
    }
    const QByteArray pgm = process.readAllStandardOutput();
    // "P5\n<width> <height>\n255\n" then one byte a pixel.
    const QList<QByteArray> header = pgm.split('\n').mid(0, 3);
    const qsizetype start =
        header.value(0).size() + header.value(1).size() + header.value(2).size() + 3;
    int count = 0;
    for (qsizetype i = start; i < pgm.size(); ++i) {
        const auto grey = static_cast<unsigned char>(pgm.at(i));
        if (grey >= 0xD8 && grey <= 0xE4) {
            ++count;
        }
    }
    return count;
}

QMap<QString, QString> pdfInfo(const QString& pdf)
{
    QMap<QString, QString> info;
    const QString text = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : text.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0) {
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
        }
    }
    return info;
}

int pageCount(const QString& pdf)
{
    return pdfInfo(pdf).value(QStringLiteral("Pages")).toInt();
}

struct Word {
    QString text;
    int page = 0;
    QRectF box; // points, from the top left of the page
};

// Every word with its box (pdftotext -bbox).
QList<Word> words(const QString& pdf)
{
    QList<Word> found;
    QXmlStreamReader xml(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            const QPointF topLeft(a.value(QLatin1String("xMin")).toDouble(),
                a.value(QLatin1String("yMin")).toDouble());
            const QPointF bottomRight(a.value(QLatin1String("xMax")).toDouble(),
                a.value(QLatin1String("yMax")).toDouble());
            found.append({xml.readElementText(), page, QRectF(topLeft, bottomRight)});
        }
    }
    return found;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// --- documents made by hand, as core/document would make them

DocumentBlock paragraph(const QString& text, TextRole role = TextRole::Body)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Paragraph;
    block.role = role;
    block.runs = {TextRun {text, false}};
    return block;
}

DocumentBlock point(const QString& picture, const QList<TextRun>& runs)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Point;
    block.picture = picture;
    block.runs = runs;
    return block;
}

DocumentBlock supportTable(int rows)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table.headers = {QStringLiteral("What"), QStringLiteral("Who"),
        QStringLiteral("How often"), QStringLiteral("Cost a week"), QStringLiteral("Cost a year")};
    using Align = DocumentTable::Align;
    block.table.alignment = {Align::Left, Align::Left, Align::Left, Align::Right, Align::Right};
    for (int row = 1; row <= rows; ++row) {
        // 52 weeks a year: £10 * row a week is £520 * row a year.
        block.table.rows.append({QStringLiteral("Item%1 help").arg(row, 3, 10, QLatin1Char('0')),
            QStringLiteral("Helper%1").arg(row), QStringLiteral("Once a week"),
            QStringLiteral("£%1.00").arg(10 * row), QStringLiteral("£%1.00").arg(520 * row)});
    }
    block.table.totals = {QStringLiteral("Total"), QString(), QString(), QStringLiteral("£10.00"),
        QStringLiteral("£520.00")};
    return block;
}

DocumentStyle standardStyle()
{
    DocumentStyle style;
    style.fontFamily = QString(); // the default sans
    return style;
}

DocumentStyle easyReadStyle()
{
    DocumentStyle style;
    style.fontFamily = QStringLiteral("Andika");
    style.titlePt = 28;
    style.headingPt = 22;
    style.subheadingPt = 18;
    style.bodyPt = 16;
    style.notePt = 16;
    style.lineSpacing = 1.5;
    style.pictureSizeMm = 22;
    return style;
}

PlanDocument baseDocument(DocumentForm form, bool draft)
{
    PlanDocument doc;
    doc.form = form;
    doc.title = QStringLiteral("Support plan for Sam Jones");
    doc.author = QStringLiteral("Sam Jones");
    doc.language = QStringLiteral("en-GB");
    doc.footer = draft ? QStringLiteral("Sam Jones - plan version 2 - draft")
                       : QStringLiteral("Sam Jones - plan version 2 - agreed 20 April 2026");
    doc.watermark = draft ? QStringLiteral("DRAFT") : QString();
    doc.style = form == DocumentForm::EasyRead ? easyReadStyle() : standardStyle();
    return doc;
}

// A standard plan with `rows` pieces of support: about me, support, outcomes, agreement.
PlanDocument standardDocument(bool draft, int rows = 3)
{
    PlanDocument doc = baseDocument(DocumentForm::Standard, draft);
    DocumentSection about {QStringLiteral("about"), QStringLiteral("About me"), {}, false, {}};
    DocumentBlock facts;
    facts.kind = DocumentBlock::Kind::Facts;
    facts.table.rows = {{QStringLiteral("Name"), QStringLiteral("Sam Jones")},
        {QStringLiteral("Address"), QStringLiteral("1 High Street\nOldham")}};
    about.blocks = {paragraph(QStringLiteral("This is my plan.")), facts};
    DocumentSection support {
        QStringLiteral("support"), QStringLiteral("My support"), {}, false, {}};
    support.blocks = {paragraph(QStringLiteral("Each piece of support:")), supportTable(rows)};
    DocumentSection outcomes {
        QStringLiteral("outcomes"), QStringLiteral("What matters to me"), {}, false, {}};
    // Words a person typed, with characters that mean something in HTML.
    outcomes.blocks = {paragraph(QStringLiteral("I want to see <b>my</b> friends & family")),
        paragraph(QStringLiteral("Help that fits around my office hours"))};
    DocumentSection agreement {
        QStringLiteral("agreement"), QStringLiteral("Agreement"), {}, true, {}};
    DocumentBlock signature;
    signature.kind = DocumentBlock::Kind::Signature;
    signature.runs = {TextRun {QStringLiteral("Sam Jones"), true}};
    agreement.blocks = {signature};
    doc.sections = {about, support, outcomes, agreement};
    return doc;
}

// An easy-read plan: `points` points, a few to a page.
PlanDocument easyReadDocument(bool draft, int points = 12)
{
    PlanDocument doc = baseDocument(DocumentForm::EasyRead, draft);
    doc.title = QStringLiteral("My support plan: Sam Jones");
    const QStringList pictures {
        QStringLiteral("money"), QStringLiteral("calendar"), QStringLiteral("home")};
    DocumentSection section {
        QStringLiteral("money"), QStringLiteral("My money"), QStringLiteral("money"), false, {}};
    for (int i = 1; i <= points; ++i) {
        section.blocks.append(point(pictures.at(i % 3),
            {TextRun {QStringLiteral("Point%1").arg(i), true},
                TextRun {QStringLiteral(" I get £120 each week. It fits."), false}}));
        if (i % 4 == 0) {
            DocumentBlock pageBreak;
            pageBreak.kind = DocumentBlock::Kind::PageBreak;
            section.blocks.append(pageBreak);
        }
    }
    doc.sections = {section};
    return doc;
}

QString writePdf(const QTemporaryDir& dir, const PlanDocument& doc, const QString& name)
{
    const QString path = dir.filePath(name);
    const Status written = ui::PdfExporter::write(doc, path);
    if (!written.ok()) {
        qWarning("%s", qPrintable(written.error().fullText()));
        return {};
    }
    return path;
}

enum ChildExit { ChildWriteFailed = 10, ChildWriteSucceeded = 11, ChildSetupFailed = 12 };

} // namespace

class TestDocumentRenderer : public QObject {
    Q_OBJECT
private slots:
    void theWordsAreThereInReadingOrder();
    void aDraftSaysDraftOnEveryPage_data();
    void aDraftSaysDraftOnEveryPage();
    void aLongTableRepeatsItsHeaderOnEveryPage();
    void aTableRowIsNeverSplitOverTwoPages();
    void moneyIsRightAligned();
    void theFontsAreEmbedded_data();
    void theFontsAreEmbedded();
    void theFileSaysWhatItIsAndWhoItIsFor();
    void easyReadTextIsAtLeast16Points();
    void easyReadPointsHaveTheirPictures();
    void headingsAreNotLeftAloneAtTheFootOfAPage_data();
    void headingsAreNotLeftAloneAtTheFootOfAPage();
    void noPageIsLeftBlank();
    void aPointThatRanOverIsNotLeftAloneOnItsPage();
    void rightToLeftLanguagesStartAtTheRight();
    void urduIsWrittenInNastaliqWithItsLettersJoined();
    void aFolderThatCannotBeUsedIsSaidPlainly_data();
    void aFolderThatCannotBeUsedIsSaidPlainly();
    void aFailedWriteLeavesTheOldFile_data();
    void aFailedWriteLeavesTheOldFile();
    void printingGivesTheSamePages();
    void printingOnlyThePagesAskedFor();
    void everyDemoPlanPrintsInBothForms_data();
    void everyDemoPlanPrintsInBothForms();
};

void TestDocumentRenderer::theWordsAreThereInReadingOrder()
{
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, standardDocument(false), QStringLiteral("plan.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pageText(pdf);
    QVERIFY(text.contains(QStringLiteral("Support plan for Sam Jones")));
    // The person's words are text, never markup.
    QVERIFY2(text.contains(QStringLiteral("I want to see <b>my</b> friends & family")),
        qPrintable(text));
    // Letters a font would join (fi, ff) come out as the letters themselves.
    QVERIFY(text.contains(QStringLiteral("Help that fits around my office hours")));
    // Line breaks the person typed stay in the address.
    QVERIFY(text.contains(QStringLiteral("1 High Street")));
    QVERIFY(text.contains(QStringLiteral("Oldham")));
    // The table reads row by row, left to right, after its header.
    const QStringList inOrder {QStringLiteral("What"), QStringLiteral("Cost a year"),
        QStringLiteral("Item001 help"), QStringLiteral("Helper1"), QStringLiteral("£10.00"),
        QStringLiteral("£520.00"), QStringLiteral("Item002 help"), QStringLiteral("Helper2"),
        QStringLiteral("£1040.00"), QStringLiteral("Item003 help"), QStringLiteral("Total")};
    qsizetype at = 0;
    for (const QString& word : inOrder) {
        const qsizetype found = text.indexOf(word, at);
        QVERIFY2(found >= 0,
            qPrintable(QStringLiteral("\"%1\" not after position %2 in:\n%3")
                           .arg(word)
                           .arg(at)
                           .arg(text)));
        at = found + word.size();
    }
    // The agreement leaves lines to sign on, labelled.
    QVERIFY(text.contains(QStringLiteral("Signature")));
    QVERIFY(text.contains(QStringLiteral("Date")));
}

void TestDocumentRenderer::aDraftSaysDraftOnEveryPage_data()
{
    QTest::addColumn<bool>("easyRead");
    QTest::addColumn<bool>("draft");
    QTest::newRow("standard draft") << false << true;
    QTest::newRow("standard agreed") << false << false;
    QTest::newRow("easy-read draft") << true << true;
    QTest::newRow("easy-read agreed") << true << false;
}

void TestDocumentRenderer::aDraftSaysDraftOnEveryPage()
{
    QFETCH(bool, easyRead);
    QFETCH(bool, draft);
    QTemporaryDir dir;
    const PlanDocument doc = easyRead ? easyReadDocument(draft) : standardDocument(draft, 80);
    const QString pdf = writePdf(dir, doc, QStringLiteral("plan.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    // 80 rows of support, or 12 points at 4 a page, cannot fit on fewer.
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        // The word, as text (in the footer), and the big grey watermark.
        QCOMPARE(text.contains(QStringLiteral("DRAFT")), draft);
        const int grey = watermarkPixels(pdf, page);
        // Measured: a draft's page has 1,400 to 1,800 such pixels, a page
        // without the watermark 180 to 350 (the edges of text and rules).
        QVERIFY2(draft ? grey > 1000 : grey < 600, qPrintable(QString::number(grey)));
        QVERIFY2(
            text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
        QVERIFY(text.contains(doc.footer));
    }
}

void TestDocumentRenderer::aLongTableRepeatsItsHeaderOnEveryPage()
{
    QTemporaryDir dir;
    const int rows = 150;
    const QString pdf = writePdf(dir, standardDocument(true, rows), QStringLiteral("long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 4);
    int nextRow = 1;
    int pagesWithRows = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        const int firstOnPage = nextRow;
        while (nextRow <= rows
            && text.contains(QStringLiteral("Item%1 help").arg(nextRow, 3, 10, QLatin1Char('0')))) {
            ++nextRow;
        }
        if (nextRow == firstOnPage) {
            continue; // a page without the table
        }
        ++pagesWithRows;
        // The header row, above this page's first row.
        const qsizetype header = text.indexOf(QStringLiteral("Cost a year"));
        const qsizetype firstRow =
            text.indexOf(QStringLiteral("Item%1 help").arg(firstOnPage, 3, 10, QLatin1Char('0')));
        QVERIFY2(header >= 0 && header < firstRow, qPrintable(QStringLiteral("page %1").arg(page)));
    }
    QCOMPARE(nextRow, rows + 1); // every row, once, in order
    QVERIFY(pagesWithRows >= 3);
    // No row is printed twice (a split row, or hidden text at a page's foot).
    const QString all = pageText(pdf);
    QCOMPARE(all.count(QStringLiteral("Item075 help")), 1);
    QCOMPARE(all.count(QStringLiteral("Item150 help")), 1);
}

void TestDocumentRenderer::aTableRowIsNeverSplitOverTwoPages()
{
    // Rows of four or five lines: without care, Qt runs the last lines of
    // a row over onto the next page.
    PlanDocument doc = standardDocument(false, 0);
    DocumentBlock& table = doc.sections[1].blocks[1];
    const int rows = 60;
    for (int row = 1; row <= rows; ++row) {
        table.table.rows.append({QStringLiteral("Start%1 help with getting up, washing, dressing, "
                                                "breakfast and the shopping on Tuesdays End%1")
                                     .arg(row),
            QStringLiteral("Helper%1").arg(row), QStringLiteral("Once a week"),
            QStringLiteral("£1.00"), QStringLiteral("£52.00")});
    }
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, doc, QStringLiteral("rows.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 3);
    int found = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        for (int row = 1; row <= rows; ++row) {
            const bool start = text.contains(QStringLiteral("Start%1 ").arg(row));
            const bool end = text.contains(QStringLiteral(" End%1\n").arg(row))
                || text.contains(QStringLiteral(" End%1 ").arg(row));
            QVERIFY2(start == end,
                qPrintable(QStringLiteral("row %1 is split at page %2").arg(row).arg(page)));
            found += start ? 1 : 0;
        }
    }
    QCOMPARE(found, rows);
}

void TestDocumentRenderer::moneyIsRightAligned()
{
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, standardDocument(false, 12), QStringLiteral("plan.pdf"));
    QVERIFY(!pdf.isEmpty());
    // "£520.00" and "£6240.00" (12 * £520) end at the same place; their
    // starts differ because their widths do.
    QList<Word> yearly;
    for (const Word& word : words(pdf)) {
        if (word.text == QStringLiteral("£520.00") || word.text == QStringLiteral("£6240.00")) {
            yearly.append(word);
        }
    }
    QCOMPARE(yearly.size(), 3); // the first row, the last row, and the total
    QVERIFY(qAbs(yearly.at(0).box.right() - yearly.at(1).box.right()) < 0.5);
    QVERIFY(qAbs(yearly.at(0).box.left() - yearly.at(1).box.left()) > 3);
}

void TestDocumentRenderer::theFontsAreEmbedded_data()
{
    QTest::addColumn<bool>("easyRead");
    QTest::newRow("standard") << false;
    QTest::newRow("easy-read") << true;
}

void TestDocumentRenderer::theFontsAreEmbedded()
{
    QFETCH(bool, easyRead);
    QTemporaryDir dir;
    const QString pdf = writePdf(
        dir, easyRead ? easyReadDocument(true) : standardDocument(true), QStringLiteral("p.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2); // a header of two lines, then one line per font
    const QRegularExpression embedded(
        QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+"));
    for (const QString& line : lines.mid(2)) {
        const auto match = embedded.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(match.captured(1), QStringLiteral("yes")); // emb
        QCOMPARE(match.captured(3), QStringLiteral("yes")); // uni: text can be copied and searched
    }
    if (easyRead) {
        QVERIFY(lines.mid(2).join(u'\n').contains(QStringLiteral("Andika")));
    }
}

void TestDocumentRenderer::theFileSaysWhatItIsAndWhoItIsFor()
{
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, standardDocument(true), QStringLiteral("plan.pdf"));
    QVERIFY(!pdf.isEmpty());
    const auto info = pdfInfo(pdf);
    QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Support plan for Sam Jones"));
    QVERIFY(QRegularExpression(QStringLiteral("^Personal Budget Planner \\d+\\.\\d+\\.\\d+$"))
                .match(info.value(QStringLiteral("Creator")))
                .hasMatch());
    QCOMPARE(info.value(QStringLiteral("PDF version")), QStringLiteral("1.4")); // PDF/A-1 is 1.4
    QVERIFY(info.value(QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")));
    const QString xmp = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    QVERIFY(xmp.contains(QStringLiteral("pdfaid:part=\"1\"")));
    QVERIFY(xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
    // The author, which only the XMP can carry in Qt 6.4.
    QVERIFY(QRegularExpression(
        QStringLiteral("<dc:creator>\\s*<rdf:Seq>\\s*<rdf:li>Sam Jones</rdf:li>"))
                .match(xmp)
                .hasMatch());
    QVERIFY(xmp.contains(QStringLiteral("<rdf:li>en-GB</rdf:li>")));
}

void TestDocumentRenderer::easyReadTextIsAtLeast16Points()
{
    // A word's box is the font's ascent plus descent: at least the size in
    // points for these fonts (11 pt Noto Sans is 15 pt tall, 16 pt Andika 20).
    QTemporaryDir dir;
    const QString easy = writePdf(dir, easyReadDocument(true), QStringLiteral("easy.pdf"));
    QVERIFY(!easy.isEmpty());
    const QList<Word> easyWords = words(easy);
    QVERIFY(easyWords.size() > 50);
    for (const Word& word : easyWords) {
        QVERIFY2(word.box.height() >= 16,
            qPrintable(QStringLiteral("\"%1\" is %2 pt").arg(word.text).arg(word.box.height())));
    }
    // The same measure finds the standard plan's smaller text, so it can fail.
    const QString standard = writePdf(dir, standardDocument(true), QStringLiteral("standard.pdf"));
    const QList<Word> standardWords = words(standard);
    QVERIFY(std::any_of(standardWords.cbegin(), standardWords.cend(),
        [](const Word& word) { return word.box.height() < 16; }));
}

void TestDocumentRenderer::easyReadPointsHaveTheirPictures()
{
    QTemporaryDir dir;
    const PlanDocument doc = easyReadDocument(false, 4); // one page: the heading and 4 points
    const QString pdf = writePdf(dir, doc, QStringLiteral("easy.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                  .split(u'\n', Qt::SkipEmptyParts);
    // One image per picture on the page (the heading's and each point's),
    // at 300 pixels an inch, so each is style.pictureSizeMm across.
    const QList<QString> rows = lines.mid(2);
    QCOMPARE(rows.size(), 5);
    const int expectedPixels = qRound(doc.style.pictureSizeMm / 25.4 * 300);
    for (const QString& row : rows) {
        const QStringList fields = row.simplified().split(u' ');
        QCOMPARE(fields.value(3).toInt(), expectedPixels); // width
        QVERIFY2(qAbs(fields.value(12).toInt() - 300) <= 2, qPrintable(row)); // x-ppi
    }
    // Each point's words start just right of the picture column: the 25 mm
    // margin (70.87 pt), the picture, and a 6 mm gap.
    const qreal textStart = (25 + doc.style.pictureSizeMm + 6) * 72 / 25.4;
    int checked = 0;
    for (const Word& word : words(pdf)) {
        if (word.text.startsWith(QStringLiteral("Point"))) {
            QVERIFY2(qAbs(word.box.left() - textStart) < 2,
                qPrintable(QStringLiteral("%1 at %2").arg(word.text).arg(word.box.left())));
            ++checked;
        }
    }
    QCOMPARE(checked, 4);
    // Andika's "fi" comes out as the two letters, not as nothing.
    QCOMPARE(pageText(pdf).count(QStringLiteral("It fits.")), 4);
}

void TestDocumentRenderer::headingsAreNotLeftAloneAtTheFootOfAPage_data()
{
    QTest::addColumn<int>("fillerLines");
    // Different amounts of text before each heading move the headings to
    // every place on the page; one of them lands at the foot.
    for (int lines = 1; lines <= 9; ++lines) {
        QTest::newRow(qPrintable(QStringLiteral("%1 lines").arg(lines))) << lines;
    }
}

void TestDocumentRenderer::headingsAreNotLeftAloneAtTheFootOfAPage()
{
    QFETCH(int, fillerLines);
    PlanDocument doc = baseDocument(DocumentForm::Standard, false);
    QStringList sentences;
    for (int i = 0; i < fillerLines; ++i) {
        sentences << QStringLiteral("This sentence is long enough to fill most of one line on the "
                                    "page at this size.");
    }
    for (int s = 1; s <= 30; ++s) {
        DocumentSection section {
            QStringLiteral("s%1").arg(s), QStringLiteral("Heading%1 here").arg(s), {}, false, {}};
        section.blocks = {paragraph(sentences.join(u' '))};
        doc.sections.append(section);
    }
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, doc, QStringLiteral("headings.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 2);
    for (int page = 1; page < pages; ++page) {
        QStringList lines = pageText(pdf, page).split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([&](const QString& line) {
            return line.startsWith(QStringLiteral("Page ")) || line == doc.footer
                || line.trimmed().isEmpty() || line.startsWith(u'\f');
        });
        QVERIFY(!lines.isEmpty());
        QVERIFY2(!lines.last().startsWith(QStringLiteral("Heading")),
            qPrintable(QStringLiteral("page %1 ends with \"%2\"").arg(page).arg(lines.last())));
    }
}

void TestDocumentRenderer::noPageIsLeftBlank()
{
    // Four points to a page, with pictures of every size from 46 to 50 mm
    // (by a quarter of a millimetre): for some sizes the points fill their
    // page exactly, so the page break after them falls where a page has
    // just begun, and Qt alone would turn an empty page (48 mm did, twice).
    QTemporaryDir dir;
    for (int quarters = 184; quarters <= 200; ++quarters) {
        PlanDocument doc = easyReadDocument(false, 16);
        doc.style.pictureSizeMm = quarters / 4.0;
        const QString pdf = writePdf(dir, doc, QStringLiteral("easy.pdf"));
        QVERIFY(!pdf.isEmpty());
        // pdftotext ends each page with a form feed.
        const QStringList pages = pageText(pdf).split(u'\f');
        for (int page = 0; page + 1 < pages.size(); ++page) {
            QVERIFY2(pages.at(page).contains(QStringLiteral("Point")),
                qPrintable(QStringLiteral("%1 mm pictures: page %2 of %3 is blank")
                               .arg(quarters / 4.0)
                               .arg(page + 1)
                               .arg(pages.size() - 1)));
        }
    }
}

void TestDocumentRenderer::aPointThatRanOverIsNotLeftAloneOnItsPage()
{
    // Five long points: the fifth does not fit under the title and moves to
    // page 2. The pager's break after five points would then leave it alone
    // there; the two points after the break join it instead (three points,
    // within the few a page may hold).
    PlanDocument doc = baseDocument(DocumentForm::EasyRead, false);
    DocumentSection section {
        QStringLiteral("about"), QStringLiteral("About me"), QStringLiteral("person"), false, {}};
    const QString longWords = QStringLiteral(
        " I like to go out with my friends on Saturdays. We go to the park or to the shops. "
        "Sometimes we have lunch in a cafe.");
    for (int i = 1; i <= 7; ++i) {
        section.blocks.append(point(QStringLiteral("home"),
            {TextRun {QStringLiteral("Point%1").arg(i), true},
                TextRun {i <= 5 ? longWords : QStringLiteral(" Short."), false}}));
        if (i == 5) {
            DocumentBlock pageBreak;
            pageBreak.kind = DocumentBlock::Kind::PageBreak;
            section.blocks.append(pageBreak);
        }
    }
    doc.sections = {section};
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, doc, QStringLiteral("easy.pdf"));
    QVERIFY(!pdf.isEmpty());
    const auto pageOf = [&pdf](const QString& word) {
        for (const Word& w : words(pdf)) {
            if (w.text == word) {
                return w.page;
            }
        }
        return 0;
    };
    QCOMPARE(pageOf(QStringLiteral("Point1")), 1);
    QCOMPARE(pageOf(QStringLiteral("Point5")), 2); // ran over
    QCOMPARE(pageOf(QStringLiteral("Point6")), 2);
    QCOMPARE(pageOf(QStringLiteral("Point7")), 2);
    QCOMPARE(pageCount(pdf), 2);
}

void TestDocumentRenderer::rightToLeftLanguagesStartAtTheRight()
{
    // A4 is 595.28 points wide; the margins are 20 mm (56.69 points).
    const qreal left = 56.69;
    const qreal right = 595.28 - 56.69;
    for (const QString& language : {QStringLiteral("en-GB"), QStringLiteral("ur-PK")}) {
        PlanDocument doc = standardDocument(false);
        doc.language = language;
        QTemporaryDir dir;
        const QString pdf = writePdf(dir, doc, QStringLiteral("plan.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QList<Word> all = words(pdf);
        const auto title = std::find_if(all.cbegin(), all.cend(),
            [](const Word& w) { return w.text == QStringLiteral("Support"); });
        const auto jones = std::find_if(all.cbegin(), all.cend(),
            [](const Word& w) { return w.text == QStringLiteral("Jones"); });
        QVERIFY(title != all.cend() && jones != all.cend());
        // The support table's columns are mirrored too: its first column
        // (what) is at the right and its amounts at the left.
        const auto amount = std::find_if(all.cbegin(), all.cend(),
            [](const Word& w) { return w.text == QStringLiteral("£520.00"); });
        QVERIFY(amount != all.cend());
        const qreal middle = 595.28 / 2;
        if (language == QStringLiteral("ur-PK")) {
            // The line starts at the right margin (and reads right to left).
            const qreal lineRight = std::max(title->box.right(), jones->box.right());
            QVERIFY2(qAbs(lineRight - right) < 2, qPrintable(QString::number(lineRight)));
            QVERIFY2(amount->box.right() < middle, qPrintable(QString::number(amount->box.left())));
        } else {
            QVERIFY2(
                qAbs(title->box.left() - left) < 2, qPrintable(QString::number(title->box.left())));
            QVERIFY2(amount->box.left() > middle, qPrintable(QString::number(amount->box.left())));
        }
    }
}

void TestDocumentRenderer::urduIsWrittenInNastaliqWithItsLettersJoined()
{
    // Urdu is set in its own font, shaped (its letters join: Qt does not
    // shape at all when shaping is turned off to avoid Latin ligatures).
    PlanDocument doc = standardDocument(false);
    doc.language = QStringLiteral("ur-PK");
    doc.sections.first().blocks.append(paragraph(QStringLiteral(u"میرا منصوبہ")));
    const ui::TextDocumentComposer urdu(doc, nullptr);
    QCOMPARE(
        urdu.font(TextRole::Body).families().constFirst(), QStringLiteral("Noto Nastaliq Urdu"));
    QCOMPARE(urdu.font(TextRole::Body).styleStrategy() & QFont::PreferNoShaping, 0);
    doc.language = QStringLiteral("en-GB");
    const ui::TextDocumentComposer english(doc, nullptr);
    QVERIFY(english.font(TextRole::Body).styleStrategy() & QFont::PreferNoShaping);

    doc.language = QStringLiteral("ur-PK");
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, doc, QStringLiteral("urdu.pdf"));
    QVERIFY(!pdf.isEmpty());
    QVERIFY2(run(QStringLiteral("pdffonts"), {pdf}).contains(QLatin1String("Nastaliq")),
        "the Urdu words are not in the Urdu font");
}

void TestDocumentRenderer::aFolderThatCannotBeUsedIsSaidPlainly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing folder")
        << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("a file where the folder should be")
        << QStringLiteral("file") << QStringLiteral("does not exist");
    QTest::newRow("the name of a folder")
        << QStringLiteral("folder") << QStringLiteral("is a folder");
    // Even root cannot make files in /proc.
    QTest::newRow("a folder nobody may write in")
        << QStringLiteral("proc") << QStringLiteral("you can't save files in the folder");
}

void TestDocumentRenderer::aFolderThatCannotBeUsedIsSaidPlainly()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QString path;
    if (kind == QStringLiteral("missing")) {
        path = dir.filePath(QStringLiteral("not here/plan.pdf"));
    } else if (kind == QStringLiteral("file")) {
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("a file")), "x"));
        path = dir.filePath(QStringLiteral("a file/plan.pdf"));
    } else if (kind == QStringLiteral("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("plan.pdf")));
        path = dir.filePath(QStringLiteral("plan.pdf"));
    } else {
        path = QStringLiteral("/proc/pbplanner-test-plan.pdf");
    }
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Status written = ui::PdfExporter::write(standardDocument(true), path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(says), qPrintable(written.error().message));
    QVERIFY(written.error().message.contains(QStringLiteral("Choose")));
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestDocumentRenderer::aFailedWriteLeavesTheOldFile_data()
{
    QTest::addColumn<QString>("cause");
    QTest::newRow("read-only folder") << QStringLiteral("read-only");
    QTest::newRow("disk full") << QStringLiteral("disk-full");
}

void TestDocumentRenderer::aFailedWriteLeavesTheOldFile()
{
    // The failing write runs in a child process: "disk full" is a file size
    // limit there, and a read-only folder only stops a process that is not
    // root, so a root child first becomes "nobody".
    QFETCH(QString, cause);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    const QByteArray oldBytes("%PDF-1.4 the plan as it was last saved\n");
    QVERIFY(writeBytes(path, oldBytes));
    const bool readOnly = cause == QStringLiteral("read-only");
    if (readOnly) {
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
    }
    const PlanDocument doc = standardDocument(true, 40); // far more than 4 KiB

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (readOnly) {
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
                ::_exit(ChildSetupFailed);
            }
        } else {
            ::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
            const rlimit limit {4096, 4096};
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
                ::_exit(ChildSetupFailed);
            }
        }
        const Status written = ui::PdfExporter::write(doc, path);
        const bool explained = !written.ok()
            && written.error().message.contains(QStringLiteral("could not be saved"))
            && written.error().message.contains(QStringLiteral("plan.pdf"));
        ::_exit(written.ok() ? ChildWriteSucceeded
                : explained  ? ChildWriteFailed
                             : ChildSetupFailed);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    if (readOnly) {
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0700) == 0);
    }
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), int(ChildWriteFailed));
    QCOMPARE(fileBytes(path), oldBytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList {QStringLiteral("plan.pdf")});
}

void TestDocumentRenderer::printingGivesTheSamePages()
{
    QTemporaryDir dir;
    const PlanDocument doc = standardDocument(true, 60);
    const QString exported = writePdf(dir, doc, QStringLiteral("exported.pdf"));
    QVERIFY(!exported.isEmpty());

    // A printer that prints to a file: what the print dialog hands over.
    QPrinter printer(QPrinter::HighResolution);
    ui::PlanPrinting::prepare(printer, doc);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    const Result<int> pages = ui::PlanPrinting::printOn(printer, doc);
    QVERIFY(pages.ok());
    QCOMPARE(pages.value(), pageCount(exported));
    QCOMPARE(pageCount(printed), pageCount(exported));
    for (int page = 1; page <= pages.value(); ++page) {
        QCOMPARE(pageText(printed, page).simplified(), pageText(exported, page).simplified());
    }
}

void TestDocumentRenderer::printingOnlyThePagesAskedFor()
{
    QTemporaryDir dir;
    const PlanDocument doc = standardDocument(false, 100);
    QPrinter printer(QPrinter::HighResolution);
    ui::PlanPrinting::prepare(printer, doc);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QPageRanges ranges;
    ranges.addRange(2, 3);
    printer.setPageRanges(ranges);
    const Result<int> pages = ui::PlanPrinting::printOn(printer, doc);
    QVERIFY(pages.ok());
    QVERIFY(pages.value() >= 4);
    QCOMPARE(pageCount(printed), 2);
    QVERIFY(pageText(printed, 1).contains(QStringLiteral("Page 2 of %1").arg(pages.value())));
    QVERIFY(pageText(printed, 2).contains(QStringLiteral("Page 3 of %1").arg(pages.value())));
}

void TestDocumentRenderer::everyDemoPlanPrintsInBothForms_data()
{
    QTest::addColumn<PlanFileContents>("contents");
    QTest::addColumn<bool>("easyRead");
    for (const PlanFileContents& c : DemoCaseload::people()) {
        QTest::newRow(qPrintable(c.person.name + QStringLiteral(", standard"))) << c << false;
        QTest::newRow(qPrintable(c.person.name + QStringLiteral(", easy-read"))) << c << true;
    }
}

void TestDocumentRenderer::everyDemoPlanPrintsInBothForms()
{
    QFETCH(PlanFileContents, contents);
    QFETCH(bool, easyRead);
    const Plan& plan = contents.plan;
    const RateTable rates = RateTableLoader::builtInFor(PlanTotals::costingDate(plan)).value();
    const PlanDocumentBuilder builder(rates);
    const QDate today(2026, 9, 1);
    const PlanDocument doc = easyRead ? builder.easyRead(contents.person, plan, today)
                                      : builder.standard(contents.person, plan, today);
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, doc, QStringLiteral("plan.pdf"));
    QVERIFY(!pdf.isEmpty());
    // Words split over two lines still read as one phrase.
    const QString text = pageText(pdf).simplified();
    QVERIFY(text.contains(contents.person.name));
    // What the support costs in a year: whole pounds in easy-read, pence
    // where they matter in the standard plan.
    const PlanTotals totals = PlanTotals::calculate(plan, rates);
    const MoneyFormatter money;
    const QString planned = money.format(totals.plannedYearly(),
        easyRead ? MoneyFormatter::Pence::Never : MoneyFormatter::Pence::WhereTheyMatter);
    QVERIFY2(text.contains(planned), qPrintable(planned));
    for (const Outcome& outcome : plan.outcomes) {
        QVERIFY2(text.contains(outcome.text.simplified()), qPrintable(outcome.text));
    }
    QCOMPARE(text.contains(QStringLiteral("DRAFT")), plan.status == PlanStatus::Draft);
    // A whole plan, and not a runaway: a few pages, more for easy-read.
    const int pages = pageCount(pdf);
    QVERIFY2(easyRead ? (pages >= 5 && pages <= 20) : (pages >= 3 && pages <= 12),
        qPrintable(QString::number(pages)));
}

QTEST_MAIN(TestDocumentRenderer)
#include "test_documentrenderer.moc"
