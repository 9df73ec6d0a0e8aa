#include "plan/steps/support/supportitemsmodel.h"

#include "model/modellabels.h"
#include "money/moneyformatter.h"
#include "plan/steps/support/quantitytext.h"

namespace pb::ui {

namespace {

// Outcomes are the person's own sentences; the column shows the start of
// each and the tooltip the whole.
constexpr int kShortOutcome = 40;

QString shortened(const QString& text)
{
    const QString simple = text.simplified();
    if (simple.size() <= kShortOutcome) {
        return simple;
    }
    QString cut = simple.left(kShortOutcome);
    const int space = int(cut.lastIndexOf(QLatin1Char(' ')));
    if (space > kShortOutcome / 2) {
        cut.truncate(space);
    }
    return cut + QChar(0x2026); // …
}

} // namespace

SupportItemsModel::SupportItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SupportItemsModel::show(const Plan& plan, const PlanTotals& totals)
{
    QList<Row> rows;
    rows.reserve(plan.items.size());
    for (const SupportItem& item : plan.items) {
        Row row;
        row.item = item;
        if (const SupportItemCost* cost = totals.item(item.key)) {
            row.weekly = cost->in(Period::Week);
            row.yearly = cost->yearly();
            row.includesEmploymentCosts = cost->includesEmploymentCosts();
        }
        for (const Outcome& outcome : plan.outcomes) {
            if (item.outcomeKeys.contains(outcome.key)) {
                row.outcomes.append(outcome.text);
            }
        }
        rows.append(row);
    }

    bool sameItems = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameItems && i < rows.size(); ++i) {
        sameItems = rows[i].item.key == m_rows[i].item.key;
    }
    if (sameItems) {
        m_rows = rows;
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SupportItemsModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].item.key : 0;
}

int SupportItemsModel::rowOfKey(int key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].item.key == key) {
            return i;
        }
    }
    return -1;
}

int SupportItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupportItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == CostWeek || index.column() == CostYear) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case ItemKeyRole:
        return row.item.key;
    default:
        return {};
    }
}

QVariant SupportItemsModel::display(const Row& row, int column) const
{
    const SupportItem& item = row.item;
    const MoneyFormatter money;
    switch (column) {
    case What:
        return item.what.simplified();
    case Who:
        return item.provider.simplified();
    case HowOften:
        return ModelLabels::howOften(item);
    case CostWeek:
        return item.costsNothing() ? tr("No cost") : money.format(row.weekly);
    case CostYear:
        return item.costsNothing() ? tr("No cost") : money.format(row.yearly);
    case PaidBy:
        return item.costsNothing() ? tr("Unpaid") : ModelLabels::route(item.route);
    case HelpsWith: {
        QStringList parts;
        for (const QString& text : row.outcomes) {
            parts.append(shortened(text));
        }
        return parts.isEmpty() ? tr("Not linked yet") : parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant SupportItemsModel::toolTip(const Row& row, int column) const
{
    const SupportItem& item = row.item;
    switch (column) {
    case What:
        return item.notes.trimmed().isEmpty()
            ? ModelLabels::supportType(item.type)
            : tr("%1. %2").arg(ModelLabels::supportType(item.type), item.notes.trimmed());
    case CostWeek:
    case CostYear:
        if (item.costsNothing()) {
            return tr("Unpaid support costs nothing");
        }
        if (row.includesEmploymentCosts) {
            return tr("Includes the costs of employing them: holiday pay, National Insurance, "
                      "pension, insurance and payroll");
        }
        if (item.frequency == Period::Once) {
            return tr("A one-off cost, counted in full in the plan year");
        }
        return {};
    case PaidBy:
        return item.costsNothing() ? QVariant() : ModelLabels::routeExplained(item.route);
    case HelpsWith:
        return row.outcomes.isEmpty() ? tr("Choose Change to say which outcomes it helps with")
                                      : row.outcomes.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant SupportItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(
            (section == CostWeek || section == CostYear ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case What:
        return tr("What");
    case Who:
        return tr("Who");
    case HowOften:
        return tr("How often");
    case CostWeek:
        return tr("Cost a week");
    case CostYear:
        return tr("Cost a year");
    case PaidBy:
        return tr("Paid by");
    case HelpsWith:
        return tr("Helps with");
    default:
        return {};
    }
}

} // namespace pb::ui
