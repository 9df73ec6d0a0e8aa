// SummarySection: one part of the plan on the Check step, summarised the
// "check your answers" way: a heading with a Change button beside it that
// goes straight to the step where that part is edited, then rows of a short
// label and what the plan says, in plain words.
//
// setRows() only rebuilds the rows when they differ from what is shown, so a
// refresh after every edit elsewhere stays cheap and never moves the focus.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

class QGridLayout;
class QPushButton;

namespace pb::ui {

class SummarySection : public QWidget {
    Q_OBJECT
public:
    // `title`: "My budget"; the Change button's accessible name names it too
    // ("Change my budget"), since a screen reader may list buttons alone.
    explicit SummarySection(const QString& title, QWidget* parent = nullptr);

    using Row = std::pair<QString, QString>; // label, value (may have line breaks)
    // Rows from `firstTotal` on are totals: under a rule, in bold (UI-GUIDE).
    void setRows(const QList<Row>& rows, int firstTotal = -1);
    const QList<Row>& rows() const { return m_rows; }

    QString title() const { return m_title; }
    QPushButton* changeButton() const { return m_change; }
    // Agreed plans can't be changed: the button then says "See details".
    void setChangeable(bool changeable);

signals:
    void changeRequested();

private:
    QString m_title;
    QPushButton* m_change;
    QGridLayout* m_grid;
    QList<Row> m_rows;
    int m_firstTotal = -1;
};

} // namespace pb::ui
