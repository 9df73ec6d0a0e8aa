#include "spending/statementimporter.h"

#include "spending/statementamountparser.h"
#include "spending/ukdateparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace pb {

namespace {

QString comparable(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QString cell(const CsvReader::Record& record, int column)
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column) : QString();
}

// The support item whose provider's name appears in the words; 0 for none or
// more than one.
std::optional<int> itemNamed(const QList<SupportItem>& items, const QString& words)
{
    const QString haystack = comparable(words);
    std::optional<int> found;
    for (const SupportItem& item : items) {
        const QString name = comparable(item.provider);
        if (item.costsNothing() || name.size() < 3 || !haystack.contains(name)) {
            continue;
        }
        if (found && *found != item.key) {
            return std::nullopt;
        }
        found = item.key;
    }
    return found;
}

} // namespace

QStringList StatementImporter::File::firstRow() const
{
    return records.isEmpty() ? QStringList() : records.first().fields;
}

QString StatementImporter::File::layoutSignature(bool firstRowIsHeader) const
{
    if (firstRowIsHeader && !records.isEmpty()) {
        QStringList names;
        for (const QString& name : records.first().fields) {
            names.append(comparable(name));
        }
        return QStringLiteral("header:") + names.join(QLatin1Char('|'));
    }
    return QStringLiteral("columns:%1").arg(columnCount);
}

int StatementImporter::Preview::count(RowStatus status) const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [status](const Row& r) { return r.status == status; }));
}

QList<Payment> StatementImporter::Preview::payments() const
{
    QList<Payment> chosen;
    for (const Row& row : rows) {
        if (row.include && row.status != RowStatus::Unreadable) {
            chosen.append(row.payment);
        }
    }
    return chosen;
}

bool StatementImporter::sameMovement(const Payment& a, const Payment& b)
{
    return a.date == b.date && a.amount == b.amount && a.direction == b.direction
        && comparable(a.description) == comparable(b.description);
}

Result<StatementImporter::File> StatementImporter::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error {tr("There is no file at %1. It may have been moved or renamed.")
                          .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("missing: %1").arg(path)};
    }
    if (info.isDir()) {
        return Error {tr("%1 is a folder. Choose the statement file inside it.")
                          .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("folder: %1").arg(path)};
    }
    if (info.size() > kLargestFileBytes) {
        return Error {tr("This file is too large to be a statement (more than 10 MB). Choose "
                         "the CSV file your bank gave you, or ask for a shorter period."),
            QStringLiteral("%1 bytes").arg(info.size())};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {tr("The file couldn't be opened. Check that you are allowed to read it "
                         "and that it isn't open in another program, then try again."),
            file.errorString()};
    }
    return read(file.readAll());
}

Result<StatementImporter::File> StatementImporter::read(const QByteArray& bytes)
{
    if (bytes.size() > kLargestFileBytes) {
        return Error {tr("This file is too large to be a statement (more than 10 MB). Choose "
                         "the CSV file your bank gave you, or ask for a shorter period."),
            QStringLiteral("%1 bytes").arg(bytes.size())};
    }
    auto decoded = StatementTextDecoder::decode(bytes);
    if (!decoded) {
        return decoded.error();
    }
    auto records = CsvReader::read(decoded->text);
    if (!records) {
        return records.error();
    }
    File file;
    file.encoding = decoded->encoding;
    file.records = std::move(records).value();
    if (file.records.isEmpty()) {
        return Error {tr("This file is empty, so there is nothing to import. Choose the file "
                         "your bank gave you."),
            QStringLiteral("no records")};
    }
    for (const CsvReader::Record& r : std::as_const(file.records)) {
        file.columnCount = std::max(file.columnCount, int(r.fields.size()));
    }
    if (file.columnCount < 2) {
        return Error {tr("This file has only one column, so the date and the amount can't be "
                         "told apart. A statement saved as CSV has its columns separated by "
                         "commas: ask your bank for that kind of file."),
            QStringLiteral("one column")};
    }
    return file;
}

Result<StatementImporter::Preview> StatementImporter::preview(const File& file,
    const StatementColumns& columns, const QList<Payment>& recorded,
    const QList<SupportItem>& items, qint64 personId)
{
    if (auto s = columns.check(file.columnCount); !s) {
        return s.error();
    }
    Preview preview;
    QHash<QString, int> seen; // a movement's key -> the row it was first seen on
    const auto key = [](const Payment& p) {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(p.date.toString(Qt::ISODate))
            .arg(p.amount.pence())
            .arg(enumKey(p.direction), comparable(p.description));
    };
    QHash<QString, QDate> stored;
    for (const Payment& p : recorded) {
        stored.insert(key(p), p.date);
    }

    const qsizetype first = columns.firstRowIsHeader ? 1 : 0;
    for (qsizetype i = first; i < file.records.size(); ++i) {
        const CsvReader::Record& record = file.records.at(i);
        Row row;
        row.line = record.line;
        row.cells = record.fields;
        const auto unreadable = [&row](const QString& reason) {
            row.status = RowStatus::Unreadable;
            row.reason = reason;
            row.include = false;
        };

        int needed = 0;
        for (int c : {columns.date, columns.description, columns.payee, columns.amount,
                 columns.paidOut, columns.paidIn}) {
            needed = std::max(needed, c + 1);
        }
        // More filled columns than the header has: a comma was probably
        // taken as a separator ("12,34" or words without quotes), which
        // would shift the amount into the wrong column.
        qsizetype filled = record.fields.size();
        while (filled > 0 && record.fields.at(filled - 1).trimmed().isEmpty()) {
            --filled;
        }
        if (columns.firstRowIsHeader && filled > file.records.first().fields.size()) {
            unreadable(tr("This row has %1 columns but the first row has %2. There may be a "
                          "comma inside an amount (like 12,34) or inside words without quote "
                          "marks, so the row can't be read safely.")
                           .arg(filled)
                           .arg(file.records.first().fields.size()));
            preview.rows.append(row);
            continue;
        }
        if (record.fields.size() < needed) {
            unreadable(record.fields.size() == 1
                    ? tr("This row has only one column, so part of the payment is missing.")
                    : tr("This row has only %1 columns, so part of the payment is missing.")
                          .arg(record.fields.size()));
            preview.rows.append(row);
            continue;
        }

        Payment& p = row.payment;
        p.personId = personId;
        p.description = cell(record, columns.description).simplified();
        p.payee = cell(record, columns.payee).simplified();

        auto date = UkDateParser::parse(cell(record, columns.date));
        if (!date) {
            unreadable(date.error().message);
            preview.rows.append(row);
            continue;
        }
        p.date = *date;

        QString amountProblem;
        if (columns.usesAmountColumn()) {
            auto amount = StatementAmountParser::parse(cell(record, columns.amount));
            if (!amount) {
                amountProblem = amount.error().message;
            } else {
                using Sign = StatementAmountParser::Sign;
                p.amount = amount->magnitude;
                switch (amount->sign) {
                case Sign::Debit:
                    p.direction = PaymentDirection::Out;
                    break;
                case Sign::Credit:
                    p.direction = PaymentDirection::In;
                    break;
                case Sign::Minus:
                    p.direction =
                        columns.outgoingNegative ? PaymentDirection::Out : PaymentDirection::In;
                    break;
                case Sign::Plus:
                    p.direction =
                        columns.outgoingNegative ? PaymentDirection::In : PaymentDirection::Out;
                    break;
                }
            }
        } else {
            // Paid out and paid in: one of them holds the amount; the other
            // is empty or 0. A minus (or CR/DR) in one turns it round.
            struct Side {
                int column;
                PaymentDirection direction;
            };
            int found = 0;
            for (const Side side : {Side {columns.paidOut, PaymentDirection::Out},
                     Side {columns.paidIn, PaymentDirection::In}}) {
                const QString text = cell(record, side.column).trimmed();
                if (side.column == StatementColumns::kNone || text.isEmpty()) {
                    continue;
                }
                auto amount = StatementAmountParser::parse(text);
                if (!amount) {
                    amountProblem = amount.error().message;
                    break;
                }
                if (amount->magnitude.isZero()) {
                    continue;
                }
                ++found;
                using Sign = StatementAmountParser::Sign;
                const bool turned = side.direction == PaymentDirection::Out
                    ? (amount->sign == Sign::Minus || amount->sign == Sign::Credit)
                    : (amount->sign == Sign::Minus || amount->sign == Sign::Debit);
                const PaymentDirection other = side.direction == PaymentDirection::Out
                    ? PaymentDirection::In
                    : PaymentDirection::Out;
                p.amount = amount->magnitude;
                p.direction = turned ? other : side.direction;
            }
            if (amountProblem.isEmpty() && found == 0) {
                amountProblem = tr("There is no amount in the money out or money in column.");
            } else if (amountProblem.isEmpty() && found > 1) {
                amountProblem = tr("There is an amount in both the money out and the money in "
                                   "column, so it isn't clear which way the money went.");
            }
        }
        if (!amountProblem.isEmpty()) {
            unreadable(amountProblem);
            preview.rows.append(row);
            continue;
        }
        if (p.amount.isZero()) {
            unreadable(tr("The amount is £0, so there is nothing to record."));
            preview.rows.append(row);
            continue;
        }
        if (p.direction == PaymentDirection::Out) {
            p.itemKey = itemNamed(items, p.payee + QLatin1Char(' ') + p.description);
        }

        const QString k = key(p);
        if (const auto earlier = seen.constFind(k); earlier != seen.cend()) {
            row.status = RowStatus::RepeatedInFile;
            row.reason = tr("This looks the same as row %1 (same date, amount and "
                            "description), so it is left out. Tick it if it really is a second "
                            "payment.")
                             .arg(*earlier);
        } else if (stored.contains(k)) {
            row.status = RowStatus::AlreadyRecorded;
            row.reason = tr("A payment with the same date, amount and description is already "
                            "recorded, so this is left out. Tick it if it really is another "
                            "payment.");
        } else {
            row.status = RowStatus::Ready;
            row.include = true;
        }
        if (!seen.contains(k)) {
            seen.insert(k, row.line);
        }
        preview.rows.append(row);
    }
    return preview;
}

} // namespace pb
