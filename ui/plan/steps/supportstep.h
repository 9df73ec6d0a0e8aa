// SupportStep (step 5, "My support"): the support in the plan and what it
// costs, and the back-up plan for when support can't come.
//
// The items are a table (SupportItemsModel: what, who, how often, the cost a
// week and a year, who pays, what it helps with) with the plan's total in
// bold under it, all from PlanTotals. "Add support" and "Change" open
// SupportItemDialog, which saves through one undo command; "Remove" takes the
// item out at once (it can be undone, so there is no "are you sure?"), as
// does the Delete key on the table; Enter or a double-click on a row opens
// Change. "Work out what a personal assistant costs" opens
// PersonalAssistantCalculator, and its "Add this personal assistant to my
// plan" goes on to the add dialog with the figures filled in, so the person
// can say who the assistant is and what they help with before it is added.
//
// The back-up plan's three fields save as they are typed, one undo step per
// field (EditEmergencyPlanCommand with the field as merge key), like About me.
//
// Findings: the step puts right findings about support items (showTarget
// selects the item's row) and the emergency plan (focuses its first field),
// and lists the checker's advice about items beside the table. StepPage's
// handles() sees only the target, not the finding's code, so plan-level
// findings are left to other steps (the only cost one, rates-not-for-plan-
// date, is still listed here).
//
// An agreed plan: Add, Remove and the back-up fields are read-only; Change
// becomes "See details" and opens the item read-only. The calculator still
// works, without adding.
#pragma once

#include "model/emergencyplan.h"
#include "plan/steppage.h"

#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pb::ui {

class FittedTableView;
class PersonalAssistantCalculator;
class SupportItemDialog;
class SupportItemsModel;

class SupportStep : public StepPage {
    Q_OBJECT
public:
    explicit SupportStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/support.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
    void showTarget(FindingTarget target, int key) override;

    // The actions, as the buttons and keys do them.
    void addSupport();
    void changeSelected();
    void removeSelected();
    void openCalculator();
    int selectedKey() const; // 0 when no row is selected

    FittedTableView* table() const { return m_table; }
    SupportItemsModel* model() const { return m_model; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* calculatorButton() const { return m_calculatorButton; }
    QLabel* totalLine() const { return m_total; }
    QLabel* messageLine() const { return m_message; }
    QPlainTextEdit* emergencyWhatEdit() const { return m_emergencyWhat; }
    QLineEdit* emergencyContactEdit() const { return m_emergencyContact; }
    QLineEdit* emergencyPhoneEdit() const { return m_emergencyPhone; }
    // The dialog open now, if any.
    SupportItemDialog* itemDialog() const;
    PersonalAssistantCalculator* calculator() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum EmergencyField { WhatToDo, ContactName, ContactPhone };
    void buildItems();
    void buildEmergency();
    QLineEdit* addEmergencyLine(const QString& label, const QString& hint, EmergencyField field,
        QString EmergencyPlan::*member);
    void editEmergency(EmergencyField field, const std::function<void(EmergencyPlan&)>& change);
    void openItemDialog(SupportItemDialog* dialog);
    void selectKey(int key);
    void updateButtons();
    void bringIntoView(QWidget* widget);

    SupportItemsModel* m_model = nullptr;
    FittedTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_calculatorButton = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_ratesNote = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_advice = nullptr;
    QPlainTextEdit* m_emergencyWhat = nullptr;
    QLineEdit* m_emergencyContact = nullptr;
    QLineEdit* m_emergencyPhone = nullptr;
    QList<std::pair<QLineEdit*, QString EmergencyPlan::*>> m_emergencyLines;
    QPointer<SupportItemDialog> m_itemDialog;
    QPointer<PersonalAssistantCalculator> m_calculator;
    bool m_editable = true;
};

} // namespace pb::ui
