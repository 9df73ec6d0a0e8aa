#include "caseload/caseloadfiltermodel.h"

#include "caseload/caseloadmodel.h"

namespace pb::ui {

CaseloadFilterModel::CaseloadFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void CaseloadFilterModel::setReviewDueOnly(bool on)
{
    if (on == m_reviewDueOnly) {
        return;
    }
    m_reviewDueOnly = on;
    invalidateRowsFilter();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent)) {
        return false;
    }
    if (!m_reviewDueOnly) {
        return true;
    }
    const auto* caseload = qobject_cast<const CaseloadModel*>(sourceModel());
    return caseload && caseload->rowAt(sourceRow).reviewDue;
}

} // namespace pb::ui
