// CsvReader: splits the text of a CSV file into records and fields as RFC 4180
// describes: fields separated by commas, records by CRLF (LF or CR alone are
// taken too, as files saved on other systems use them); a field in double
// quotes may hold commas, line breaks and doubled quotes ("" for one ").
//
// Each record keeps the line of the file it starts on, so a message can say
// "row 12" and the person finds it in a spreadsheet or text editor. Blank
// lines, and lines of empty fields only (",,,", which some banks write at the
// end), are skipped but still counted.
//
// A quoted field that never ends is refused: everything after it would be
// read wrongly. Text after a closing quote and before the next comma
// ("ab"cd) is kept as it is, which is what spreadsheets do.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pb {

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Record {
        int line = 0; // the line of the file the record starts on, from 1
        QStringList fields;

        bool operator==(const Record&) const = default;
    };

    static Result<QList<Record>> read(const QString& text);
};

} // namespace pb
