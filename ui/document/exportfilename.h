// ExportFileName: the file name offered when a plan is saved as a PDF or its
// support as a spreadsheet, named after the person so a folder of plans
// reads as a list of people: "Support plan - Sam Jones.pdf",
// "Easy-read plan - Sam Jones.pdf", "Support - Sam Jones.csv". The window's
// save dialogs and `pbplanner export --all` use the same names.
//
// Characters no file system accepts in a name (/ \ : * ? " < > | and
// control characters) become spaces, and a name without letters leaves
// the person out ("Support plan.pdf"), so any name typed gives a file name.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pb::ui {

enum class ExportKind { StandardPdf, EasyReadPdf, SupportCsv };

class ExportFileName {
    Q_DECLARE_TR_FUNCTIONS(ExportFileName)
public:
    static QString forPerson(const QString& personName, ExportKind kind);
    // `name` with what a file name can't hold taken out.
    static QString safe(const QString& name);
};

} // namespace pb::ui
