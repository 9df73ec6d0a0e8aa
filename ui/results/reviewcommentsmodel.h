// ReviewCommentsModel: what people said in the reviews the report counts,
// one comment a row, for the broker to tag with themes: who said it, to
// which question (what is working, what is not working, what is important
// for the future, or about which outcome), the words, and the themes so far.
// Empty answers are left out; with a life-area filter, so are comments on
// outcomes in other areas (as CaseloadResults counts them).
#pragma once

#include "storage/reviewcomment.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace pb::ui {

class ResultsSession;

class ReviewCommentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Question, Said, Themes, ColumnCount };

    struct Row {
        ReviewComment comment;
        QString name;
        QString question;
        QString text;
        QStringList themes;
    };

    explicit ReviewCommentsModel(QObject* parent = nullptr);

    void setSession(const ResultsSession& session);
    const Row& row(int row) const { return m_rows.at(row); }
    // The row of `comment`, or -1.
    int rowOf(const ReviewComment& comment) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace pb::ui
