#include "results/worseoutcomesmodel.h"

#include "model/modellabels.h"
#include "results/resultslabels.h"

namespace pb::ui {

WorseOutcomesModel::WorseOutcomesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WorseOutcomesModel::setResults(const CaseloadResults& results)
{
    beginResetModel();
    m_rows = results.worse();
    endResetModel();
}

int WorseOutcomesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorseOutcomesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorseOutcomesModel::text(const CaseloadResults::WorseOutcome& w, int column) const
{
    switch (column) {
    case Name:
        return w.name;
    case ReviewedOn:
        return ResultsLabels::date(w.reviewDate);
    case Outcome:
        //: an outcome and its life area: "See my friends (People and community)"
        return tr("%1 (%2)").arg(w.outcome, ModelLabels::lifeArea(w.area));
    case Said:
        return w.comment;
    default:
        return {};
    }
}

QVariant WorseOutcomesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseloadResults::WorseOutcome& w = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(w, index.column());
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(
            headerData(index.column(), Qt::Horizontal).toString(), text(w, index.column()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case PersonIdRole:
        return w.personId;
    default:
        return {};
    }
}

QVariant WorseOutcomesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case ReviewedOn:
        return tr("Reviewed on");
    case Outcome:
        return tr("Outcome");
    case Said:
        return tr("What was said");
    default:
        return {};
    }
}

} // namespace pb::ui
