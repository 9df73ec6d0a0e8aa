#include "document/supportitemscsv.h"

#include "costing/plantotals.h"
#include "document/supportitemsummary.h"

namespace pb {

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes) {
        return field;
    }
    QString doubled = field;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString line(const QStringList& fields)
{
    return fields.join(QLatin1Char(',')) + kLineEnd;
}

} // namespace

QString SupportItemsCsv::textField(const QString& text)
{
    return quoted(startsLikeFormula(text) ? QLatin1Char('\'') + text : text);
}

QString SupportItemsCsv::amountField(Money amount)
{
    const qint64 p = amount.pence();
    const qint64 magnitude = p < 0 ? -p : p;
    return (p < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100)
        + QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QByteArray SupportItemsCsv::write(const Plan& plan, const RateTable& rates, QLocale locale)
{
    // The headings and words are translated; the locale only matters for
    // which translation is loaded, since amounts never use its separators.
    Q_UNUSED(locale);
    const PlanTotals totals = PlanTotals::calculate(plan, rates);

    QStringList headers = SupportItemSummary::headers();
    //: A CSV column heading: %1 is "Cost a week" or "Cost a year"; the amounts have no £ sign
    headers[5] = tr("%1 (£)").arg(headers[5]);
    headers[6] = tr("%1 (£)").arg(headers[6]);
    QStringList header;
    for (const QString& h : std::as_const(headers)) {
        header.append(textField(h));
    }

    QString csv = line(header);
    for (const SupportItemSummary::Row& row : SupportItemSummary::rows(plan, totals)) {
        // The person's words are kept whole here (line breaks included, in
        // quotes): a spreadsheet is where they may want to edit them.
        csv += line({textField(row.what), textField(row.who), textField(row.howOften),
            textField(row.paidBy), textField(row.helpsWith.join(QStringLiteral("; "))),
            amountField(row.weekly), amountField(row.yearly)});
    }
    const Money yearly = totals.plannedYearly();
    csv += line({textField(tr("Total")), QString(), QString(), QString(), QString(),
        amountField(convert(yearly, Period::Year, Period::Week)), amountField(yearly)});

    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace pb
