#include "document/planoutput.h"

#include "document/atomicfilewriter.h"
#include "document/pdfexporter.h"
#include "document/plandocumentbuilder.h"
#include "document/planprinting.h"
#include "document/supportitemscsv.h"
#include "plan/plansession.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace pb::ui {

namespace {
// The folder a file was last saved in, this run: the next file is offered
// beside it, whichever page or menu saves it.
QString& lastFolder()
{
    static QString folder;
    return folder;
}
} // namespace

PlanOutput::PlanOutput(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_chooser = [this](const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(m_window, title, suggested, filter);
    };
}

void PlanOutput::setSession(PlanSession* session)
{
    m_session = session;
}

void PlanOutput::setPathChooser(PathChooser chooser)
{
    m_chooser = std::move(chooser);
}

PlanDocument PlanOutput::document(DocumentForm form) const
{
    Q_ASSERT(m_session);
    const PlanDocumentBuilder builder(m_session->rates(), QLocale());
    const QDate today = QDate::currentDate();
    return form == DocumentForm::EasyRead
        ? builder.easyRead(m_session->person(), m_session->plan(), today)
        : builder.standard(m_session->person(), m_session->plan(), today);
}

QString PlanOutput::suggestedPath(ExportKind kind) const
{
    QString folder = lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    const QString name = m_session ? m_session->person().name : QString();
    return QDir(folder).filePath(ExportFileName::forPerson(name, kind));
}

void PlanOutput::print()
{
    if (!m_session) {
        return;
    }
    const auto printed = PlanPrinting::print(document(DocumentForm::Standard), m_window);
    if (!printed.ok()) {
        emit failed(printed.error().message);
    } else if (printed.value() == PlanPrinting::Outcome::Printed) {
        emit done(tr("Your plan was sent to the printer."));
    }
}

void PlanOutput::preview()
{
    if (m_session) {
        PlanPrinting::preview(document(DocumentForm::Standard), m_window);
    }
}

bool PlanOutput::save(ExportKind kind)
{
    if (!m_session) {
        return false;
    }
    QString title;
    QString filter;
    switch (kind) {
    case ExportKind::StandardPdf:
        title = tr("Save your plan as a PDF");
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportKind::EasyReadPdf:
        title = tr("Save the easy-read plan as a PDF");
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportKind::SupportCsv:
        title = tr("Save your support as a spreadsheet");
        filter = tr("Spreadsheet files (CSV) (*.csv)");
        break;
    }
    const QString path = m_chooser(title, suggestedPath(kind), filter);
    if (path.isEmpty()) {
        return false; // cancelled: nothing to say
    }
    return saveTo(kind, path);
}

bool PlanOutput::saveTo(ExportKind kind, const QString& path)
{
    if (!m_session) {
        return false;
    }
    Status written = success();
    QString message;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (kind) {
    case ExportKind::StandardPdf:
        written = PdfExporter::write(document(DocumentForm::Standard), path);
        message = tr("Your plan was saved as %1.").arg(shown);
        break;
    case ExportKind::EasyReadPdf:
        written = PdfExporter::write(document(DocumentForm::EasyRead), path);
        message = tr("The easy-read plan was saved as %1.").arg(shown);
        break;
    case ExportKind::SupportCsv:
        written = AtomicFileWriter::write(
            path, SupportItemsCsv::write(m_session->plan(), m_session->rates()));
        message = tr("Your support was saved as a spreadsheet: %1.").arg(shown);
        break;
    }
    if (!written.ok()) {
        emit failed(written.error().message);
        return false;
    }
    lastFolder() = QFileInfo(path).absolutePath();
    emit done(message);
    return true;
}

} // namespace pb::ui
