// BudgetDatesPanel: when the budget starts and ends, as two date fields with
// a calendar.
//
// The end follows the start while it is still the usual one (a year's budget,
// ending the day before the same date a year on, as a new plan starts): moving
// the start then moves the end with it, and an end the person chose stays put.
// An end before the start is refused with the reason beside the field, and
// nothing changes. A budget with no date yet shows "Not set" (a date field
// can't be empty).
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;

namespace pb::ui {

class PlanSession;

class BudgetDatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit BudgetDatesPanel(PlanSession* session, QWidget* parent = nullptr);

    void refresh();
    void setEditable(bool editable);

    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QString endError() const;

    // The usual end for a budget starting on `start`.
    static QDate usualEnd(QDate start);

private:
    QDateEdit* addDateField(const QString& label, const QString& hint, const QString& name);
    void startChanged(QDate date);
    void endChanged(QDate date);
    void showEndError(const QString& message);
    QDate fromField(QDate shown) const;
    static QString endHint();

    PlanSession* m_session;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLabel* m_endError = nullptr;
};

} // namespace pb::ui
