// StatementTextDecoder: turns the bytes of a statement file into text,
// working out how the text was encoded, since banks differ and the person
// can't be expected to know:
//   - a UTF-8 byte order mark: UTF-8 (the mark is dropped);
//   - otherwise bytes that are valid UTF-8 throughout: UTF-8 (plain ASCII
//     is valid UTF-8 too);
//   - otherwise Windows-1252, what Excel and most UK banks write on Windows:
//     "£" is the single byte 0xA3 there, which is never valid UTF-8 on its
//     own, so a "£" is what usually tells the two apart.
// Windows-1252 goes through QStringDecoder (Qt's ICU codecs); where a Qt has
// no ICU, the same table is applied here (Latin-1 plus 0x80-0x9F's € ‚ ƒ …).
//
// Bytes that can't be text at all (a NUL, as in a PDF or a spreadsheet file
// chosen by mistake) are refused with a plain-words Error.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pb {

class StatementTextDecoder {
    Q_DECLARE_TR_FUNCTIONS(StatementTextDecoder)
public:
    enum class Encoding { Utf8WithBom, Utf8, Windows1252 };

    struct Decoded {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    static Result<Decoded> decode(const QByteArray& bytes);
    // "UTF-8", "UTF-8 with a byte order mark", "Windows-1252": for a note
    // under the preview.
    static QString encodingName(Encoding encoding);
};

} // namespace pb
