#include "money/quantityparser.h"

#include <QRegularExpression>

namespace pb {

Result<int> QuantityParser::parseHundredths(const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.startsWith(QLatin1Char('-'))) {
        return Error {tr("Enter a number of 0 or more, like 10 or 7.5"), {}};
    }
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,7})(?:\\.([0-9]*))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        return Error {tr("Enter a number, like 10 or 7.5"), {}};
    }
    const QString fraction = match.captured(2);
    if (fraction.size() > 2) {
        return Error {tr("Use no more than 2 digits after the point, like 7.25"), {}};
    }
    const qint64 hundredths = match.captured(1).toLongLong() * 100
        + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toLongLong());
    if (hundredths > kLargestHundredths) {
        return Error {tr("That number is too large. Enter a number up to 10,000"), {}};
    }
    return int(hundredths);
}

QString QuantityParser::format(int hundredths)
{
    QString text = QString::number(hundredths / 100);
    const int rest = hundredths % 100;
    if (rest != 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
    }
    return text;
}

} // namespace pb
