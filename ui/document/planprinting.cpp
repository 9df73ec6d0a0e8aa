#include "document/planprinting.h"

#include "document/documentrenderer.h"
#include "document/pdfexporter.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace pb::ui {

void PlanPrinting::prepare(QPrinter& printer, const PlanDocument& document)
{
    printer.setPageLayout(DocumentRenderer(document).pageLayout());
    printer.setDocName(document.title);
    printer.setCreator(PdfExporter::creator());
}

Result<int> PlanPrinting::printOn(QPrinter& printer, const PlanDocument& document)
{
    return DocumentRenderer(document).render(printer);
}

Result<PlanPrinting::Outcome> PlanPrinting::print(const PlanDocument& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print your plan"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted) {
        return Outcome::Cancelled;
    }
    const Result<int> printed = printOn(printer, document);
    if (!printed.ok()) {
        return printed.error();
    }
    return Outcome::Printed;
}

void PlanPrinting::preview(const PlanDocument& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(document.title));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document](QPrinter* target) {
            // A failure here leaves the preview blank; printing from it goes
            // through the same call and the dialog reports nothing more.
            const Result<int> painted = printOn(*target, document);
            if (!painted.ok()) {
                qWarning(
                    "pbplanner: print preview failed: %s", qPrintable(painted.error().fullText()));
            }
        });
    dialog.exec();
}

} // namespace pb::ui
