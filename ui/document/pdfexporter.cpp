#include "document/pdfexporter.h"

#include "document/atomicfilewriter.h"
#include "document/documentrenderer.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QUuid>
#include <QXmlStreamWriter>

namespace pb::ui {

QString PdfExporter::creator()
{
    return QStringLiteral("Personal Budget Planner %1").arg(QStringLiteral(PB_VERSION));
}

QByteArray PdfExporter::xmpMetadata(const PlanDocument& document, const QDateTime& now)
{
    // The same fields and layout as Qt 6.4 writes by default, so the XMP
    // and the document information dictionary still agree (PDF/A-1 asks
    // for that): the date to the second in UTC, Qt's producer string.
    const QString date = now.toUTC().toString(Qt::ISODate);
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString mm = QStringLiteral("http://ns.adobe.com/xap/1.0/mm/");
    const QString pdfaid = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
    const QString xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    buffer.write("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n");
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(xmp, QStringLiteral("xmp"));
    w.writeNamespace(pdf, QStringLiteral("pdf"));
    w.writeNamespace(mm, QStringLiteral("xmpMM"));
    w.writeNamespace(pdfaid, QStringLiteral("pdfaid"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeStartElement(dc, QStringLiteral("title"));
    w.writeStartElement(rdf, QStringLiteral("Alt"));
    w.writeStartElement(rdf, QStringLiteral("li"));
    w.writeAttribute(xml, QStringLiteral("lang"), QStringLiteral("x-default"));
    w.writeCharacters(document.title);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    if (!document.author.isEmpty()) {
        w.writeStartElement(dc, QStringLiteral("creator"));
        w.writeStartElement(rdf, QStringLiteral("Seq"));
        w.writeTextElement(rdf, QStringLiteral("li"), document.author);
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!document.language.isEmpty()) {
        w.writeStartElement(dc, QStringLiteral("language"));
        w.writeStartElement(rdf, QStringLiteral("Bag"));
        w.writeTextElement(rdf, QStringLiteral("li"), document.language);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(xmp, QStringLiteral("CreatorTool"), creator());
    w.writeAttribute(xmp, QStringLiteral("CreateDate"), date);
    w.writeAttribute(xmp, QStringLiteral("ModifyDate"), date);
    w.writeAttribute(xmp, QStringLiteral("MetadataDate"), date);
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(
        pdf, QStringLiteral("Producer"), QStringLiteral("Qt ") + QLatin1String(qVersion()));
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(mm, QStringLiteral("DocumentID"),
        QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    w.writeEndElement();

    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    w.writeAttribute(pdfaid, QStringLiteral("part"), QStringLiteral("1"));
    w.writeAttribute(pdfaid, QStringLiteral("conformance"), QStringLiteral("B"));
    w.writeEndElement();

    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeEndDocument();
    buffer.write("\n<?xpacket end='w'?>");
    return bytes;
}

Status PdfExporter::write(const PlanDocument& document, const QString& path, int* pages)
{
    return AtomicFileWriter::write(path, [&](QIODevice& file) -> Status {
        const DocumentRenderer renderer(document);
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(renderer.pageLayout());
        writer.setTitle(document.title);
        writer.setCreator(creator());
        // Qt stamps its own dates when painting starts, a moment from now.
        writer.setDocumentXmpMetadata(xmpMetadata(document, QDateTime::currentDateTimeUtc()));
        const Result<int> painted = renderer.render(writer);
        if (!painted.ok()) {
            return painted.error();
        }
        if (pages) {
            *pages = painted.value();
        }
        return success();
    });
}

} // namespace pb::ui
