// StatementImporter: reads a bank or prepaid-card statement saved as CSV and
// turns its rows into payments, without storing anything: the window shows
// the preview, the person confirms, and only then are the payments stored,
// all in one transaction (PaymentRepository::addAll). So a file with rows
// that can't be read, or a person who changes their mind, imports nothing.
//
// Reading (read / readFile): the encoding is worked out (StatementTextDecoder:
// UTF-8 with or without a byte order mark, else Windows-1252), the text is
// split as RFC 4180 says (CsvReader), and a file that can't be a statement
// (empty, too large, another kind of file, a quote never closed, one column
// only) is refused with a plain-words Error.
//
// Previewing (preview): with the columns the person chose, every row becomes
// one of
//   Ready            a payment, to be imported;
//   Unreadable       the reason in plain words ("The date “31/02/2027” can't
//                    be read...", "The amount “12,34” can't be read. Use a
//                    point for pence..."; a row with more filled columns
//                    than the header, where an unquoted 12,34 or a comma in
//                    words would shift the amount); never imported;
//   RepeatedInFile   the same date, amount, direction and description as an
//                    earlier row of the file (the reason names that row);
//   AlreadyRecorded  the same as a payment already recorded for the person.
// The two kinds of duplicate are left out unless the person ticks them in
// (Row::include): two bus fares on one day are real, a statement imported
// twice is not, and only the person knows which.
//
// A money-out row is linked to a support item when the name of who gives that
// support (the item's provider, three letters or more) appears in the row's
// description or payee, and exactly one item has that name: "JADE MORRIS
// WAGES" pays Jade Morris's item. Otherwise it is left unlinked, for the
// person to link by changing the payment.
#pragma once

#include "common/result.h"
#include "model/supportitem.h"
#include "spending/csvreader.h"
#include "spending/payment.h"
#include "spending/statementcolumns.h"
#include "spending/statementtextdecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pb {

class StatementImporter {
    Q_DECLARE_TR_FUNCTIONS(StatementImporter)
public:
    static constexpr qint64 kLargestFileBytes = 10 * 1024 * 1024; // years of daily payments

    struct File {
        StatementTextDecoder::Encoding encoding = StatementTextDecoder::Encoding::Utf8;
        QList<CsvReader::Record> records; // blank lines left out
        int columnCount = 0; // the most fields in any record

        QStringList firstRow() const;
        // Names the layout of this bank's files, to remember the person's
        // choice of columns by: the first row's names (lower case, spaces
        // tidied) when it is a header, else the number of columns.
        QString layoutSignature(bool firstRowIsHeader) const;
    };

    enum class RowStatus { Ready, Unreadable, RepeatedInFile, AlreadyRecorded };

    struct Row {
        int line = 0; // the file's row number, from 1
        QStringList cells;
        RowStatus status = RowStatus::Ready;
        QString reason; // empty when Ready
        Payment payment; // meaningful unless Unreadable
        bool include = false; // imported when confirmed
    };

    struct Preview {
        QList<Row> rows; // the header row left out
        int count(RowStatus status) const;
        // The payments that are included, in file order.
        QList<Payment> payments() const;
    };

    static Result<File> read(const QByteArray& bytes);
    static Result<File> readFile(const QString& path);

    // An Error when the columns can't be used with this file (see
    // StatementColumns::check); otherwise every row, as above. `recorded`:
    // the person's payments already stored; `items`: the plan's support, for
    // linking; `personId` is put on every payment.
    static Result<Preview> preview(const File& file, const StatementColumns& columns,
        const QList<Payment>& recorded, const QList<SupportItem>& items, qint64 personId);

    // Whether two payments look like the same movement of money: same date,
    // amount and direction, and the same description ignoring case and
    // spacing.
    static bool sameMovement(const Payment& a, const Payment& b);
};

} // namespace pb
