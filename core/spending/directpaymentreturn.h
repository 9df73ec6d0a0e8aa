// DirectPaymentReturn: the account of a direct payment for a period, the way
// councils ask for it: the balance at the start, the money paid in (by who
// paid it), the money paid out by kind of support, and the balance at the
// end, which must be the start plus in less out:
//     opening  = money in − money out, over every payment before `from`
//     closing  = opening + money in − money out, over `from`..`to` (inclusive)
// Kinds of support are the support items' types (ModelLabels::supportType),
// in that list's order; payments linked to no item of the plan come last as
// "Other spending". Money in is grouped by who paid it in (ignoring case and
// spacing; the first spelling is shown), in the order first paid.
//
// As CSV (toCsv): UTF-8 with a byte order mark, a header row (Section,
// Description, Amount), CRLF, RFC 4180 quoting, amounts as plain pounds
// ("1234.50"), and text cells guarded against spreadsheet formulas, all as
// SupportItemsCsv does. As a document (toDocument): a PlanDocument with the
// summary, the two tables and every payment of the period, for ui's PDF
// renderer. Councils' forms differ; this holds what they all ask for.
#pragma once

#include "document/plandocument.h"
#include "model/person.h"
#include "model/plan.h"
#include "money/money.h"
#include "spending/payment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace pb {

class DirectPaymentReturn {
    Q_DECLARE_TR_FUNCTIONS(DirectPaymentReturn)
public:
    struct Line {
        QString what;
        Money amount;
    };

    // `from` must not be after `to`.
    static DirectPaymentReturn make(const Person& person, const Plan& plan,
        const QList<Payment>& payments, QDate from, QDate to);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    Money opening() const { return m_opening; }
    Money moneyIn() const { return m_in; }
    Money moneyOut() const { return m_out; }
    Money closing() const { return m_opening + m_in - m_out; }
    const QList<Line>& inLines() const { return m_inLines; }
    const QList<Line>& outLines() const { return m_outLines; }
    const QList<Payment>& payments() const { return m_payments; } // in the period, by date

    QByteArray toCsv(QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom)) const;
    PlanDocument toDocument(
        QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom)) const;
    // "direct-payment-return-2026-04-01-to-2026-06-30": a file name's stem.
    QString fileStem() const;

private:
    QString periodText(const QLocale& locale) const;

    Person m_person;
    Plan m_plan;
    QDate m_from;
    QDate m_to;
    Money m_opening;
    Money m_in;
    Money m_out;
    QList<Line> m_inLines;
    QList<Line> m_outLines;
    QList<Payment> m_payments;
};

} // namespace pb
