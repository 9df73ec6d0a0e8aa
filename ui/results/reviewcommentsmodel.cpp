#include "results/reviewcommentsmodel.h"

#include "results/resultslabels.h"
#include "results/resultssession.h"
#include "results/themelist.h"

namespace pb::ui {

ReviewCommentsModel::ReviewCommentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReviewCommentsModel::setSession(const ResultsSession& session)
{
    beginResetModel();
    m_rows.clear();
    const ResultsFilter& filter = session.filter();
    for (const qsizetype at : session.results().counted()) {
        const CaseloadReview& r = session.reviews().at(at);
        const auto add = [&](ReviewQuestion question, int key, const QString& label,
                             const QString& said) {
            if (said.trimmed().isEmpty()) {
                return;
            }
            m_rows.append(Row {r.comment(question, key), r.name, label, said.trimmed(),
                r.themesOf(question, key)});
        };
        for (const OutcomeReview& o : r.review.outcomes) {
            const Outcome* outcome = r.outcome(o.outcomeKey);
            if (outcome && filter.acceptsLifeArea(outcome->lifeArea)) {
                //: which question a comment answers: "About: See my friends"
                add(ReviewQuestion::Outcome, o.outcomeKey, tr("About: %1").arg(outcome->text),
                    o.comment);
            }
        }
        add(ReviewQuestion::Working, 0, ResultsLabels::question(ReviewQuestion::Working),
            r.review.working);
        add(ReviewQuestion::NotWorking, 0, ResultsLabels::question(ReviewQuestion::NotWorking),
            r.review.notWorking);
        add(ReviewQuestion::ImportantForFuture, 0,
            ResultsLabels::question(ReviewQuestion::ImportantForFuture),
            r.review.importantForFuture);
    }
    endResetModel();
}

int ReviewCommentsModel::rowOf(const ReviewComment& comment) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).comment == comment) {
            return i;
        }
    }
    return -1;
}

int ReviewCommentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewCommentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewCommentsModel::text(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Question:
        return row.question;
    case Said:
        return row.text;
    case Themes:
        return row.themes.isEmpty() ? tr("None yet") : ThemeList::format(row.themes);
    default:
        return {};
    }
}

QVariant ReviewCommentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, index.column());
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(
            headerData(index.column(), Qt::Horizontal).toString(), text(row, index.column()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant ReviewCommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Question:
        return tr("Question");
    case Said:
        return tr("What was said");
    case Themes:
        return tr("Themes");
    default:
        return {};
    }
}

} // namespace pb::ui
