// PlanPrinting: prints a PlanDocument, with the system's print dialog or a
// print preview, through DocumentRenderer, so paper and PDF match.
//
// The printer starts on A4 with the document's margins; whatever paper,
// pages and copies the person then chooses in the dialog are kept. Printing
// is a decision the person makes in the print dialog; a failure is
// returned as an Error for the caller to show (in the message bar).
#pragma once

#include "common/result.h"
#include "document/plandocument.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace pb::ui {

class PlanPrinting {
    Q_DECLARE_TR_FUNCTIONS(PlanPrinting)
public:
    enum class Outcome { Printed, Cancelled };

    // Shows the print dialog, then prints.
    static Result<Outcome> print(const PlanDocument& document, QWidget* parent);
    // Shows the pages as they will print, with the preview's own Print button.
    static void preview(const PlanDocument& document, QWidget* parent);

    // Sets up `printer` for `document` (paper, margins, the job's name).
    static void prepare(QPrinter& printer, const PlanDocument& document);
    // Prints onto a prepared printer; what print() and preview() both do.
    static Result<int> printOn(QPrinter& printer, const PlanDocument& document);
};

} // namespace pb::ui
