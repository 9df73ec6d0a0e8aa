#include "money/moneyparser.h"

#include <QRegularExpression>

namespace pb {

namespace {

Error typedError(const QString& message)
{
    return Error {message, {}};
}

} // namespace

Result<Money> MoneyParser::parse(const QString& typed)
{
    QString text = typed.simplified();
    text.remove(QLatin1Char(' '));
    // Direction marks: invisible, put around amounts in right-to-left text
    // (MoneyFormatter does) and carried along when such text is pasted.
    for (const char16_t mark : {u'\u200E', u'\u200F', u'\u2066', u'\u2067', u'\u2068', u'\u2069'}) {
        text.remove(QChar(mark));
    }
    const QString example = tr("Enter the amount in pounds, like 120 or 120.50");

    if (text.isEmpty()) {
        return typedError(example);
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QStringLiteral("£-"))) {
        return typedError(tr("Enter an amount of £0 or more, like 120 or 120.50"));
    }

    bool inPence = false;
    if (text.endsWith(QLatin1Char('p'), Qt::CaseInsensitive) && !text.startsWith(QChar(0x00A3))) {
        inPence = true;
        text.chop(1);
    }
    if (text.startsWith(QChar(0x00A3))) { // £
        text.remove(0, 1);
    }

    if (inPence) {
        static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{1,12}$"));
        if (!digitsOnly.match(text).hasMatch()) {
            return typedError(example);
        }
        return Money::fromPence(text.toLongLong());
    }

    // Whole pounds, optionally grouped in threes with commas, then optionally
    // a point and one or two digits.
    static const QRegularExpression shape(
        QStringLiteral("^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]*))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        if (text.contains(QLatin1Char(','))) {
            return typedError(tr("Use a point for pence and commas only between thousands, "
                                 "like 1,234.50"));
        }
        return typedError(example);
    }
    QString pounds = match.captured(1);
    pounds.remove(QLatin1Char(','));
    const QString fraction = match.captured(2);
    if (fraction.size() > 2) {
        return typedError(tr("Use no more than 2 digits after the point, like 12.50"));
    }
    if (pounds.size() > 10) {
        return typedError(tr("That amount is too large. Enter an amount up to £1,000,000,000"));
    }
    const qint64 wholePence = pounds.toLongLong() * 100;
    const qint64 fractionPence =
        fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    const qint64 total = wholePence + fractionPence;
    if (total > kLargestTypedPence) {
        return typedError(tr("That amount is too large. Enter an amount up to £1,000,000,000"));
    }
    return Money::fromPence(total);
}

} // namespace pb
