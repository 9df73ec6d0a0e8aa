// CaseloadFilterModel: the caseload as the table shows it: searched by name
// (QSortFilterProxyModel's own filter on the name column) and, when asked,
// only the people whose review is due (CaseloadModel::Row::reviewDue, which
// core's ReviewDue decides), so a broker can see who to visit next.
#pragma once

#include <QSortFilterProxyModel>

namespace pb::ui {

class CaseloadFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseloadFilterModel(QObject* parent = nullptr);

    void setReviewDueOnly(bool on);
    bool reviewDueOnly() const { return m_reviewDueOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_reviewDueOnly = false;
};

} // namespace pb::ui
