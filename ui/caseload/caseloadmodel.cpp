#include "caseload/caseloadmodel.h"

#include "costing/plantotals.h"
#include "costing/ratetableloader.h"
#include "model/modellabels.h"
#include "money/moneyformatter.h"
#include "results/reviewdue.h"

#include <QLocale>

namespace pb::ui {

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

CaseloadModel::Row CaseloadModel::makeRow(const CaseloadEntry& entry, QDate today)
{
    Row row;
    row.entry = entry;
    if (entry.hasPlan()) {
        const Plan plan = entry.costingPlan();
        const auto rates = RateTableLoader::builtInFor(PlanTotals::costingDate(plan));
        const PlanTotals totals =
            PlanTotals::calculate(plan, rates.ok() ? rates.value() : RateTable());
        row.budgetYearly = totals.budgetYearly();
        row.plannedYearly = totals.plannedYearly();
        row.leftOverYearly = totals.leftOverYearly();
        // When a review is due is core's rule.
        const auto late = ReviewDue::daysOverdue(entry, today);
        row.reviewDue = late.has_value();
        row.daysOverdue = late.value_or(0);
    }
    return row;
}

void CaseloadModel::setEntries(const QList<CaseloadEntry>& entries, QDate today)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const CaseloadEntry& entry : entries) {
        m_rows.append(makeRow(entry, today));
    }
    endResetModel();
}

void CaseloadModel::updateEntry(const CaseloadEntry& entry, QDate today)
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).entry.personId == entry.personId) {
            m_rows[r] = makeRow(entry, today);
            emit dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1));
            return;
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(makeRow(entry, today));
    endInsertRows();
}

void CaseloadModel::removeEntry(qint64 personId)
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).entry.personId == personId) {
            beginRemoveRows({}, int(r), int(r));
            m_rows.removeAt(r);
            endRemoveRows();
            return;
        }
    }
}

const CaseloadModel::Row* CaseloadModel::rowFor(qint64 personId) const
{
    for (const Row& row : m_rows) {
        if (row.entry.personId == personId) {
            return &row;
        }
    }
    return nullptr;
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::statusText(const Row& row) const
{
    const CaseloadEntry& e = row.entry;
    if (!e.hasPlan()) {
        return tr("No plan yet");
    }
    if (e.archived) {
        return tr("Archived");
    }
    if (row.reviewDue) {
        if (row.daysOverdue == 0) {
            return tr("Review due today");
        }
        const int weeks = row.daysOverdue / 7;
        if (weeks >= 2) {
            return tr("Review due (%1 weeks late)").arg(weeks);
        }
        return row.daysOverdue == 1 ? tr("Review due (1 day late)")
                                    : tr("Review due (%1 days late)").arg(row.daysOverdue);
    }
    return ModelLabels::planStatus(e.status);
}

QVariant CaseloadModel::displayValue(const Row& row, int column) const
{
    const MoneyFormatter money;
    switch (column) {
    case Name:
        return row.entry.name;
    case Status:
        return statusText(row);
    case Budget:
        return row.budgetYearly ? money.format(*row.budgetYearly, MoneyFormatter::Pence::Never)
                                : tr("Not set");
    case Planned:
        return row.entry.hasPlan() ? money.format(row.plannedYearly, MoneyFormatter::Pence::Never)
                                   : QString();
    case LeftOver:
        if (!row.leftOverYearly) {
            return QString();
        }
        return row.leftOverYearly->isNegative()
            ? tr("%1 over").arg(money.format(-*row.leftOverYearly, MoneyFormatter::Pence::Never))
            : money.format(*row.leftOverYearly, MoneyFormatter::Pence::Never);
    case NextReview:
        return row.entry.reviewDate.isValid()
            ? QLocale().toString(row.entry.reviewDate, QLocale::ShortFormat)
            : QString();
    }
    return {};
}

QVariant CaseloadModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.entry.name.toLower();
    case Status:
        return row.reviewDue ? 1000000 + row.daysOverdue : int(row.entry.status);
    case Budget:
        return row.budgetYearly ? row.budgetYearly->pence() : -1;
    case Planned:
        return row.plannedYearly.pence();
    case LeftOver:
        return row.leftOverYearly ? row.leftOverYearly->pence()
                                  : std::numeric_limits<qint64>::min();
    case NextReview:
        return row.entry.reviewDate.isValid() ? row.entry.reviewDate : QDate(9999, 12, 31);
    }
    return {};
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(headerData(index.column(), Qt::Horizontal).toString(),
            displayValue(row, index.column()).toString());
    case Qt::TextAlignmentRole:
        return index.column() >= Budget && index.column() <= LeftOver
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Status && row.reviewDue) {
            return tr("The review date was %1.")
                .arg(QLocale().toString(row.entry.reviewDate, QLocale::LongFormat));
        }
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case PersonIdRole:
        return row.entry.personId;
    case ArchivedRole:
        return row.entry.archived;
    case AgreedRole:
        return row.entry.status == PlanStatus::Agreed;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    // Short words on screen, so six columns fit at twice the text size (the
    // page says the amounts are for a year); the full words for tooltips and
    // screen readers.
    const bool full = role == Qt::ToolTipRole || role == Qt::AccessibleTextRole;
    if (role != Qt::DisplayRole && !full) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Plan");
    case Budget:
        return full ? tr("Budget a year") : tr("Budget");
    case Planned:
        return full ? tr("Planned a year") : tr("Planned");
    case LeftOver:
        return full ? tr("Left over a year") : tr("Left over");
    case NextReview:
        return tr("Next review");
    }
    return {};
}

} // namespace pb::ui
