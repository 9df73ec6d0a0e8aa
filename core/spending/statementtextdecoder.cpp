#include "spending/statementtextdecoder.h"

#include <QStringDecoder>

#include <array>

namespace pb {

namespace {

// Windows-1252's 0x80-0x9F; 0 where the code page leaves the byte undefined
// (those bytes are read as the control characters Latin-1 gives them).
constexpr std::array<char16_t, 32> kHigh = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, // 88-8F
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178, // 98-9F
};

QString fromWindows1252(const QByteArray& bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            return text;
        }
    }
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        const char16_t high = b >= 0x80 && b <= 0x9F ? kHigh[b - 0x80] : 0;
        text += QChar(high != 0 ? high : char16_t(b));
    }
    return text;
}

} // namespace

Result<StatementTextDecoder::Decoded> StatementTextDecoder::decode(const QByteArray& bytes)
{
    if (bytes.contains('\0')) {
        return Error {tr("This file isn't a CSV statement: it looks like another kind of file, "
                         "such as a PDF or a spreadsheet. Ask your bank's website for the "
                         "statement as a CSV file (sometimes called \"comma-separated\" or "
                         "\"for spreadsheets\") and choose that file."),
            QStringLiteral("NUL byte in the file")};
    }
    static const QByteArray bom("\xEF\xBB\xBF");
    if (bytes.startsWith(bom)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes.mid(bom.size()));
        return Decoded {text, Encoding::Utf8WithBom};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return Decoded {text, Encoding::Utf8};
    }
    return Decoded {fromWindows1252(bytes), Encoding::Windows1252};
}

QString StatementTextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8WithBom:
        return tr("UTF-8 with a byte order mark");
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Windows1252:
        return tr("Windows-1252");
    }
    Q_UNREACHABLE();
}

} // namespace pb
