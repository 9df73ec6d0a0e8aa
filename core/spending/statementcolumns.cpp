#include "spending/statementcolumns.h"

#include <QHash>
#include <QRegularExpression>

namespace pb {

namespace {

QString normalised(const QString& name)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z]+"));
    return name.toLower().replace(notWord, QStringLiteral(" ")).simplified();
}

bool oneOf(const QString& name, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (name == QLatin1String(w)) {
            return true;
        }
    }
    return false;
}

bool startsWithOneOf(const QString& name, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (name.startsWith(QLatin1String(w))) {
            return true;
        }
    }
    return false;
}

} // namespace

Status StatementColumns::check(int columnCount) const
{
    const auto outside = [columnCount](int column) { return column >= columnCount; };
    if (date == kNone) {
        return Error {
            tr("Choose the column that holds the date."), QStringLiteral("no date column")};
    }
    if (!usesAmountColumn() && paidOut == kNone && paidIn == kNone) {
        return Error {tr("Choose the column that holds the amount, or the columns for money paid "
                         "out and money paid in."),
            QStringLiteral("no amount column")};
    }
    for (int column : {date, description, payee, amount, paidOut, paidIn}) {
        if (outside(column)) {
            return Error {columnCount == 1
                    ? tr("This statement has only one column. Choose the columns again.")
                    : tr("This statement has only %1 columns. Choose the columns again.")
                          .arg(columnCount),
                QStringLiteral("column %1 of %2").arg(column + 1).arg(columnCount)};
        }
    }
    QList<int> used;
    for (int column : {date, description, payee, amount, paidOut, paidIn}) {
        if (column == kNone) {
            continue;
        }
        if (used.contains(column)) {
            return Error {tr("Column %1 is chosen for two things. Choose a different column for "
                             "one of them.")
                              .arg(column + 1),
                QStringLiteral("column %1 chosen twice").arg(column + 1)};
        }
        used.append(column);
    }
    return success();
}

StatementColumns StatementColumns::guess(const QStringList& header)
{
    StatementColumns c;
    c.firstRowIsHeader = false;
    const auto claim = [&c](int& field, int column) {
        if (field == kNone) {
            field = column;
            c.firstRowIsHeader = true;
        }
    };
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalised(header.at(i));
        if (name.isEmpty()) {
            continue;
        }
        if (oneOf(name,
                {"date", "transaction date", "posted date", "posting date", "value date",
                    "date posted", "completed date"})) {
            claim(c.date, i);
        } else if (oneOf(name,
                       {"paid out", "money out", "debit", "debits", "debit amount", "withdrawals",
                           "out", "spent"})) {
            claim(c.paidOut, i);
        } else if (oneOf(name,
                       {"paid in", "money in", "credit", "credits", "credit amount", "deposits",
                           "in", "received"})) {
            claim(c.paidIn, i);
        } else if (startsWithOneOf(name, {"amount", "value", "transaction amount"})) {
            claim(c.amount, i);
        } else if (oneOf(name,
                       {"payee", "paid to", "merchant", "counter party", "counterparty", "name"})) {
            claim(c.payee, i);
        } else if (startsWithOneOf(name,
                       {"description", "transaction description", "details", "narrative", "memo",
                           "reference", "transaction details"})) {
            claim(c.description, i);
        }
    }
    // Two columns for the money win over an amount column only when both
    // are there; otherwise the one that is there is used.
    if (c.amount != kNone && c.paidOut != kNone && c.paidIn != kNone) {
        c.amount = kNone;
    } else if (c.amount != kNone) {
        c.paidOut = kNone;
        c.paidIn = kNone;
    }
    return c;
}

QString StatementColumns::toText() const
{
    return QStringLiteral("date=%1;description=%2;payee=%3;amount=%4;out=%5;in=%6;header=%7;"
                          "outgoing-negative=%8")
        .arg(date)
        .arg(description)
        .arg(payee)
        .arg(amount)
        .arg(paidOut)
        .arg(paidIn)
        .arg(firstRowIsHeader ? 1 : 0)
        .arg(outgoingNegative ? 1 : 0);
}

StatementColumns StatementColumns::fromText(const QString& text)
{
    QHash<QString, int> values;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            continue;
        }
        bool ok = false;
        const int value = part.mid(eq + 1).toInt(&ok);
        if (ok && value >= kNone && value < 1000) {
            values.insert(part.left(eq), value);
        }
    }
    StatementColumns c;
    c.date = values.value(QStringLiteral("date"), kNone);
    c.description = values.value(QStringLiteral("description"), kNone);
    c.payee = values.value(QStringLiteral("payee"), kNone);
    c.amount = values.value(QStringLiteral("amount"), kNone);
    c.paidOut = values.value(QStringLiteral("out"), kNone);
    c.paidIn = values.value(QStringLiteral("in"), kNone);
    c.firstRowIsHeader = values.value(QStringLiteral("header"), 1) != 0;
    c.outgoingNegative = values.value(QStringLiteral("outgoing-negative"), 1) != 0;
    return c;
}

} // namespace pb
