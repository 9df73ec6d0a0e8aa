#include "spending/statementamountparser.h"

#include "money/moneyparser.h"

namespace pb {

Result<StatementAmountParser::Amount> StatementAmountParser::parse(const QString& cell)
{
    QString text = cell.simplified();
    const QString shown = text;
    const auto refuse = [&shown](const QString& why) -> Error {
        return Error {tr("The amount “%1” can't be read. %2").arg(shown, why),
            QStringLiteral("unreadable amount: \"%1\"").arg(shown)};
    };
    if (text.isEmpty()) {
        return Error {tr("There is no amount."), QStringLiteral("empty amount")};
    }

    int signs = 0;
    Sign sign = Sign::Plus;
    const auto take = [&](Sign s) {
        sign = s;
        ++signs;
    };

    // DR / CR at the end (with or without a space).
    if (text.endsWith(QLatin1String("DR"), Qt::CaseInsensitive)) {
        take(Sign::Debit);
        text.chop(2);
    } else if (text.endsWith(QLatin1String("CR"), Qt::CaseInsensitive)) {
        take(Sign::Credit);
        text.chop(2);
    }
    text = text.trimmed();
    // Currency, before or after: "£12", "GBP 12", "12 GBP".
    if (text.startsWith(QLatin1String("GBP"), Qt::CaseInsensitive)) {
        text.remove(0, 3);
    } else if (text.endsWith(QLatin1String("GBP"), Qt::CaseInsensitive)) {
        text.chop(3);
    }
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        take(Sign::Minus);
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) { // - or −
        take(Sign::Minus);
        text.remove(0, 1);
    } else if (text.endsWith(QLatin1Char('-'))) {
        take(Sign::Minus);
        text.chop(1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        take(Sign::Plus);
        text.remove(0, 1);
    }
    // "-(12.50)": brackets inside a sign.
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        take(Sign::Minus);
        text = text.mid(1, text.size() - 2).trimmed();
    }
    // "£-12.50": the sign after the pound sign.
    if (text.startsWith(QChar(0x00A3))) {
        const QString rest = text.mid(1).trimmed();
        if (rest.startsWith(QLatin1Char('-'))) {
            take(Sign::Minus);
            text = QChar(0x00A3) + rest.mid(1);
        }
    }
    if (signs > 1) {
        return refuse(tr("It has more than one sign, so it isn't clear whether the money went "
                         "in or out."));
    }
    if (text.trimmed().isEmpty()) {
        return refuse(tr("There is no number in it."));
    }
    auto parsed = MoneyParser::parse(text);
    if (!parsed) {
        return refuse(parsed.error().message);
    }
    return Amount {parsed.value(), sign};
}

} // namespace pb
