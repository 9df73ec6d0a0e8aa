#include "document/exportfilename.h"

namespace pb::ui {

QString ExportFileName::safe(const QString& name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name) {
        const bool forbidden =
            c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c);
        cleaned.append(forbidden ? QChar(u' ') : c);
    }
    cleaned = cleaned.simplified();
    // Windows drops dots and spaces at the end of a name; a leading dot
    // would hide the file on Linux.
    while (cleaned.endsWith(u'.') || cleaned.startsWith(u'.')) {
        cleaned = (cleaned.endsWith(u'.') ? cleaned.chopped(1) : cleaned.mid(1)).trimmed();
    }
    return cleaned.left(100);
}

QString ExportFileName::forPerson(const QString& personName, ExportKind kind)
{
    const QString who = safe(personName);
    switch (kind) {
    case ExportKind::StandardPdf:
        //: A file name: "Support plan - Sam Jones.pdf"
        return who.isEmpty() ? tr("Support plan.pdf") : tr("Support plan - %1.pdf").arg(who);
    case ExportKind::EasyReadPdf:
        //: A file name: "Easy-read plan - Sam Jones.pdf"
        return who.isEmpty() ? tr("Easy-read plan.pdf") : tr("Easy-read plan - %1.pdf").arg(who);
    case ExportKind::SupportCsv:
        //: A file name: "Support - Sam Jones.csv"
        return who.isEmpty() ? tr("Support.csv") : tr("Support - %1.csv").arg(who);
    }
    return {};
}

} // namespace pb::ui
