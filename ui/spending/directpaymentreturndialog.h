// DirectPaymentReturnDialog: the account of the money for a period, the way
// councils ask for it (DirectPaymentReturn): the person chooses the first and
// last day, sees the balance at the start, money in, money out and the
// balance at the end, and saves it as a spreadsheet (CSV) or a PDF. The PDF
// goes through ui/document's PdfExporter, the same renderer as the plans.
//
// The period starts as the plan year so far (its first day to today). A
// period whose last day is before its first says so beside the dates and
// saves nothing. Files are written whole or not at all (AtomicFileWriter,
// PdfExporter); what happened is said in the dialog. saveCsv()/savePdf() are
// what the buttons call after asking where, so tests can give a path.
#pragma once

#include "common/result.h"
#include "spending/directpaymentreturn.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;

namespace pb::ui {

class SpendingSession;

class DirectPaymentReturnDialog : public QDialog {
    Q_OBJECT
public:
    explicit DirectPaymentReturnDialog(SpendingSession* session, QWidget* parent = nullptr);

    void setPeriod(QDate from, QDate to);
    // The return for the dates chosen; nothing when the dates are the wrong
    // way round.
    std::optional<DirectPaymentReturn> currentReturn() const;

    Status saveCsv(const QString& path);
    Status savePdf(const QString& path);

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* periodError() const { return m_periodError; }
    QLabel* figures() const { return m_figures; }
    QLabel* savedLine() const { return m_saved; }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* pdfButton() const { return m_pdf; }

private:
    void update();
    void askAndSave(bool pdf);
    void showSaved(const Status& status, const QString& path);

    SpendingSession* m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_periodError = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace pb::ui
