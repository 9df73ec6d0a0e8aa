#include "spending/csvreader.h"

namespace pb {

namespace {

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<QList<CsvReader::Record>> CsvReader::read(const QString& text)
{
    QList<Record> records;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for this field

    const auto endRecord = [&] {
        fields.append(field);
        if (!isBlank(fields)) {
            records.append(Record {recordLine, fields});
        }
        fields.clear();
        field.clear();
        fieldStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r')
                        && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        return Error {tr("This file can't be read as a statement: on row %1 a value starts with "
                         "a quote mark (\") that is never closed. Save the statement from your "
                         "bank again as a CSV file and try once more.")
                          .arg(quoteLine),
            QStringLiteral("unterminated quoted field starting on line %1").arg(quoteLine)};
    }
    if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
        endRecord();
    }
    return records;
}

} // namespace pb
