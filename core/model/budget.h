// Budget: how much money the plan has, for how long, from where, and (when it
// was worked out here) the RAS answers that produced the indicative amount.
#pragma once

#include "model/fundingstream.h"
#include "money/money.h"
#include "money/period.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pb {

enum class BudgetSource {
    Entered, // a figure the council gave, typed in
    Ras, // worked out here from a RAS scheme and the person's answers
};

template <> struct EnumKeyTable<BudgetSource> {
    static constexpr std::pair<BudgetSource, const char*> entries[] = {
        {BudgetSource::Entered, "entered"},
        {BudgetSource::Ras, "ras"},
    };
};

struct Budget {
    std::optional<Money> indicative; // the amount the council indicates before the plan
    std::optional<Money> agreed; // the amount agreed with the plan
    Period period = Period::Year; // the period both amounts and the streams are in
    QDate start;
    QDate end;
    BudgetSource source = BudgetSource::Entered;
    QString rasSchemeId; // with source == Ras
    QMap<QString, QString> rasAnswers; // question id -> chosen option id
    QList<FundingStream> streams;

    // The amount the plan is held to: the agreed amount once there is one,
    // else the indicative amount, else nothing yet.
    std::optional<Money> amount() const { return agreed ? agreed : indicative; }
    Money streamsTotal() const
    {
        Money total;
        for (const auto& s : streams) {
            total += s.amount;
        }
        return total;
    }

    bool operator==(const Budget&) const = default;
};

} // namespace pb
