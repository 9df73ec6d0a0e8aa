#include "spending/directpaymentreturn.h"

#include "document/documentblocks.h"
#include "document/standardplanwriter.h"
#include "document/supportitemscsv.h"
#include "model/modellabels.h"
#include "money/moneyformatter.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>

namespace pb {

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

QString csvLine(const QStringList& fields)
{
    return fields.join(QLatin1Char(',')) + kLineEnd;
}

QString longDate(const QLocale& locale, QDate date)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

DirectPaymentReturn DirectPaymentReturn::make(
    const Person& person, const Plan& plan, const QList<Payment>& payments, QDate from, QDate to)
{
    Q_ASSERT(from <= to);
    DirectPaymentReturn r;
    r.m_person = person;
    r.m_plan = plan;
    r.m_from = from;
    r.m_to = to;

    for (const Payment& p : payments) {
        if (p.date < from) {
            r.m_opening += p.signedAmount();
        } else if (p.date <= to) {
            r.m_payments.append(p);
        }
    }
    std::stable_sort(
        r.m_payments.begin(), r.m_payments.end(), [](const Payment& a, const Payment& b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });

    QHash<QString, qsizetype> payers; // who paid in, folded -> index in m_inLines
    std::map<int, Money> kinds; // SupportType as int (enum order); -1 for other spending
    for (const Payment& p : std::as_const(r.m_payments)) {
        if (p.isMoneyIn()) {
            r.m_in += p.amount;
            const QString who = p.payee.simplified();
            const QString key = who.toCaseFolded();
            if (!payers.contains(key)) {
                payers.insert(key, r.m_inLines.size());
                r.m_inLines.append(Line {who.isEmpty() ? tr("Money paid in") : who, {}});
            }
            r.m_inLines[payers.value(key)].amount += p.amount;
        } else {
            r.m_out += p.amount;
            const SupportItem* item = p.itemKey ? plan.item(*p.itemKey) : nullptr;
            kinds[item ? int(item->type) : std::numeric_limits<int>::max()] += p.amount;
        }
    }
    for (const auto& [kind, amount] : kinds) {
        const QString what = kind == std::numeric_limits<int>::max()
            ? tr("Other spending (not linked to support in the plan)")
            : ModelLabels::supportType(static_cast<SupportType>(kind));
        r.m_outLines.append(Line {what, amount});
    }
    return r;
}

QString DirectPaymentReturn::periodText(const QLocale& locale) const
{
    //: a period of time: "1 April 2026 to 30 June 2026"
    return tr("%1 to %2").arg(longDate(locale, m_from), longDate(locale, m_to));
}

QString DirectPaymentReturn::fileStem() const
{
    return QStringLiteral("direct-payment-return-%1-to-%2")
        .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
}

QByteArray DirectPaymentReturn::toCsv(QLocale locale) const
{
    const auto text = [](const QString& t) { return SupportItemsCsv::textField(t); };
    const auto amount = [](Money m) { return SupportItemsCsv::amountField(m); };
    const QString openingLabel = tr("Opening balance");
    const QString in = tr("Money in");
    const QString out = tr("Money out");
    const QString closingLabel = tr("Closing balance");

    QString csv = csvLine({text(tr("Section")), text(tr("Description")), text(tr("Amount (£)"))});
    //: %1 a date: the money in the account at the start of that day
    csv += csvLine({text(openingLabel), text(tr("Balance on %1").arg(longDate(locale, m_from))),
        amount(m_opening)});
    for (const Line& line : m_inLines) {
        csv += csvLine({text(in), text(line.what), amount(line.amount)});
    }
    csv += csvLine({text(in), text(tr("Total money in")), amount(m_in)});
    for (const Line& line : m_outLines) {
        csv += csvLine({text(out), text(line.what), amount(line.amount)});
    }
    csv += csvLine({text(out), text(tr("Total money out")), amount(m_out)});
    //: %1 a date: the money in the account at the end of that day
    csv += csvLine({text(closingLabel), text(tr("Balance on %1").arg(longDate(locale, m_to))),
        amount(closing())});
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

PlanDocument DirectPaymentReturn::toDocument(QLocale locale) const
{
    const MoneyFormatter money; // pounds as on the council's letters; dates in `locale`
    const auto pounds = [&money](
                            Money m) { return money.format(m, MoneyFormatter::Pence::Always); };
    const QString name = m_person.name.simplified();

    PlanDocument doc;
    doc.form = DocumentForm::Standard;
    doc.style = StandardPlanWriter::style();
    doc.title =
        name.isEmpty() ? tr("Direct payment return") : tr("Direct payment return for %1").arg(name);
    doc.author = name;
    doc.language = locale.bcp47Name();
    doc.footer = tr("%1 - direct payment return, %2").arg(name, periodText(locale));

    DocumentSection summary = DocumentBlocks::section(QStringLiteral("summary"), tr("Summary"));
    summary.blocks.append(DocumentBlocks::facts({
        {tr("Period"), periodText(locale)},
        {tr("Money in the account on %1").arg(longDate(locale, m_from)), pounds(m_opening)},
        {tr("Money in"), pounds(m_in)},
        {tr("Money out"), pounds(m_out)},
        {tr("Money in the account on %1").arg(longDate(locale, m_to)), pounds(closing())},
    }));
    if (!m_plan.deployment.nominee.trimmed().isEmpty()) {
        summary.blocks.append(DocumentBlocks::paragraph(
            tr("The direct payment is paid to %1.").arg(m_plan.deployment.nominee.simplified())));
    }

    const auto lineTable = [&](const QString& heading, const QList<Line>& lines,
                               const QString& total, Money sum) {
        DocumentTable table;
        table.headers = {heading, tr("Amount")};
        table.alignment = {DocumentTable::Align::Left, DocumentTable::Align::Right};
        for (const Line& line : lines) {
            table.rows.append({line.what, pounds(line.amount)});
        }
        table.totals = {total, pounds(sum)};
        return DocumentBlocks::table(table);
    };
    DocumentSection in = DocumentBlocks::section(QStringLiteral("money-in"), tr("Money in"));
    if (m_inLines.isEmpty()) {
        in.blocks.append(DocumentBlocks::paragraph(tr("No money was paid in during this period.")));
    } else {
        in.blocks.append(lineTable(tr("Paid in by"), m_inLines, tr("Total money in"), m_in));
    }
    DocumentSection out =
        DocumentBlocks::section(QStringLiteral("money-out"), tr("Money out, by kind of support"));
    if (m_outLines.isEmpty()) {
        out.blocks.append(
            DocumentBlocks::paragraph(tr("No money was paid out during this period.")));
    } else {
        out.blocks.append(
            lineTable(tr("Kind of support"), m_outLines, tr("Total money out"), m_out));
    }

    DocumentSection list = DocumentBlocks::section(QStringLiteral("payments"), tr("Every payment"));
    if (m_payments.isEmpty()) {
        list.blocks.append(DocumentBlocks::paragraph(tr("There were no payments in this period.")));
    } else {
        DocumentTable table;
        table.headers = {tr("Date"), tr("Who"), tr("What for"), tr("Money in"), tr("Money out")};
        table.alignment = {DocumentTable::Align::Left, DocumentTable::Align::Left,
            DocumentTable::Align::Left, DocumentTable::Align::Right, DocumentTable::Align::Right};
        for (const Payment& p : m_payments) {
            table.rows.append(
                {locale.toString(p.date, QStringLiteral("d MMM yyyy")), p.payee.simplified(),
                    p.description.simplified(), p.isMoneyIn() ? pounds(p.amount) : QString(),
                    p.isMoneyIn() ? QString() : pounds(p.amount)});
        }
        table.totals = {tr("Total"), QString(), QString(), pounds(m_in), pounds(m_out)};
        list.blocks.append(DocumentBlocks::table(table));
    }
    doc.sections = {summary, in, out, list};
    return doc;
}

} // namespace pb
