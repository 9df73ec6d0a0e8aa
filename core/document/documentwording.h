// DocumentWording: the words both forms of a printed plan share, so the
// standard and easy-read plans (and the window's print preview) name a plan
// the same way: the title, the footer on every page, the watermark, the
// document's language, dates written out ("20 July 2027") and money.
//
// Footer: "<name> · plan version N · draft <today>" for a draft (a draft
// changes, so the day it was printed is what tells two printouts apart),
// "… · agreed <date>" for an agreed plan, and for a replaced one
// "… · agreed <date>, replaced by a newer version".
// Watermark: "DRAFT" for a draft and "REPLACED" for a version a newer one has
// replaced (both are "not agreed" in the sense of not in force, but calling an
// old agreed version a draft would be untrue); none for the agreed plan in force.
#pragma once

#include "document/plandocument.h"
#include "model/person.h"
#include "model/plan.h"
#include "money/moneyformatter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace pb {

class DocumentWording {
    Q_DECLARE_TR_FUNCTIONS(DocumentWording)
public:
    explicit DocumentWording(QLocale locale);

    // A document with title, author, language, footer and watermark filled
    // in, and no sections yet.
    PlanDocument start(
        DocumentForm form, const Person& person, const Plan& plan, QDate today) const;

    static QString title(DocumentForm form, const Person& person);
    QString footer(const Person& person, const Plan& plan, QDate today) const;
    static QString watermark(const Plan& plan);

    // "20 July 2027"; "" for a null date.
    QString date(QDate day) const;
    // The day the plan was agreed, in the plan's own time zone as stored.
    static QDate agreedOn(const Plan& plan);
    // Text typed on several lines (an address) as one line, the lines joined by ", ".
    static QString oneLine(const QString& text);
    // "draft", "agreed 12 May 2026", …: the state as the footer says it.
    QString state(const Plan& plan, QDate today) const;

    // How a table shows its amounts: with pence on every amount when any of
    // them has pence, so a column of figures lines up ("£15,257.00" over
    // "£2,476.56"), else in whole pounds.
    static MoneyFormatter::Pence tablePence(const QList<Money>& amounts);

    const QLocale& locale() const { return m_locale; }
    const MoneyFormatter& money() const { return m_money; }

private:
    QLocale m_locale;
    MoneyFormatter m_money;
};

} // namespace pb
