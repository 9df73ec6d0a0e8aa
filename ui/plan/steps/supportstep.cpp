#include "plan/steps/supportstep.h"

#include "appearance.h"
#include "commands/editemergencyplancommand.h"
#include "commands/listentrycommand.h"
#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "plan/steps/support/personalassistantcalculator.h"
#include "plan/steps/support/supportitemdialog.h"
#include "plan/steps/support/supportitemsmodel.h"
#include "widgets/fieldsync.h"
#include "widgets/fittedtableview.h"
#include "widgets/heading.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}

} // namespace

SupportStep::SupportStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("My support"),
        tr("List the support you will use, who gives it and what it costs. Include help that costs "
           "nothing."),
        parent)
{
    buildItems();
    buildEmergency();
    setEditable(!session->isFrozen());
    refresh();
}

QString SupportStep::stepTitle() const
{
    return tr("My support");
}

void SupportStep::buildItems()
{
    content()->addWidget(new Heading(tr("The support in my plan"), 2, this));

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(
        Appearance::icon(QStringLiteral(":/icons/add.svg")), tr("Add support"), this);
    m_add->setObjectName(QStringLiteral("primary"));
    m_add->setAccessibleName(tr("Add support"));
    m_change = new QPushButton(tr("Change"), this);
    m_change->setAccessibleName(tr("Change the chosen support"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setAccessibleName(tr("Remove the chosen support"));
    m_remove->setToolTip(tr("Takes it out of the plan. Undo (Ctrl+Z) puts it back."));
    for (QPushButton* button : {m_add, m_change, m_remove}) {
        button->setMinimumHeight(44);
        buttons->addWidget(button);
    }
    m_add->setMinimumWidth(m_add->sizeHint().width() * 5 / 4);
    buttons->addStretch(1);
    content()->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &SupportStep::addSupport);
    connect(m_change, &QPushButton::clicked, this, &SupportStep::changeSelected);
    connect(m_remove, &QPushButton::clicked, this, &SupportStep::removeSelected);

    m_empty = hintLabel(tr("You haven't added any support yet. Choose “Add support” to start. "
                           "Include help from family, friends or your community, which costs "
                           "nothing."),
        this);
    content()->addWidget(m_empty);

    m_model = new SupportItemsModel(this);
    m_table = new FittedTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("The support in my plan"));
    m_table->setAccessibleDescription(
        tr("Enter or double-click changes the chosen support; Delete removes it."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // What, who, how often, (cost a week, cost a year: as wide as the money), paid by, helps with.
    m_table->setColumnWidthsInCharacters({26, 15, 19, 0, 0, 15, 30});
    // With large text, "Helps with" and then "Paid by" give way (the item's
    // dialog shows both) rather than the table running off the page.
    m_table->setColumnsThatCanGo({6, 5});
    content()->addWidget(m_table);
    connect(m_table, &QTableView::activated, this, [this] { changeSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SupportStep::updateButtons);

    m_table->installEventFilter(this); // Delete removes, Insert adds

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    auto* totals = new QVBoxLayout;
    totals->setSpacing(4);
    totals->addWidget(rule);
    m_total = new QLabel(this);
    QFont bold;
    bold.setBold(true); // only the weight: the size follows the text size setting
    m_total->setFont(bold);
    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totals->addWidget(m_total);
    m_ratesNote = hintLabel(QString(), this);
    m_ratesNote->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totals->addWidget(m_ratesNote);
    content()->addLayout(totals);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    content()->addWidget(m_message);

    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->hide();
    content()->addWidget(m_advice);

    m_calculatorButton = new QPushButton(tr("Work out what a personal assistant costs"), this);
    m_calculatorButton->setAccessibleName(tr("Work out what a personal assistant costs"));
    m_calculatorButton->setMinimumHeight(44);
    auto* calculatorRow = new QHBoxLayout;
    calculatorRow->addWidget(m_calculatorButton);
    calculatorRow->addStretch(1);
    content()->addWidget(hintLabel(
        tr("Employing a personal assistant costs more than their pay. See what it costs with "
           "holiday pay, National Insurance, a pension, insurance and payroll."),
        this));
    content()->addLayout(calculatorRow);
    connect(m_calculatorButton, &QPushButton::clicked, this, &SupportStep::openCalculator);
}

void SupportStep::buildEmergency()
{
    content()->addSpacing(8);
    content()->addWidget(new Heading(tr("If my support can't come (back-up plan)"), 2, this));
    auto* whatLabel = new QLabel(tr("What happens if my support can't come?"), this);
    const QString whatHint = tr("For example: “If my assistant is ill, my sister Jo comes. If she "
                                "can't, I ring the agency.”");
    m_emergencyWhat = new QPlainTextEdit(this);
    m_emergencyWhat->setTabChangesFocus(true);
    m_emergencyWhat->setAccessibleName(tr("What happens if my support can't come?"));
    m_emergencyWhat->setAccessibleDescription(whatHint);
    m_emergencyWhat->setMaximumHeight(m_emergencyWhat->fontMetrics().lineSpacing() * 6);
    whatLabel->setBuddy(m_emergencyWhat);
    content()->addWidget(whatLabel);
    content()->addWidget(hintLabel(whatHint, this));
    content()->addWidget(m_emergencyWhat);
    connect(m_emergencyWhat, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_emergencyWhat->toPlainText();
        editEmergency(WhatToDo, [&](EmergencyPlan& e) { e.whatToDo = text; });
    });

    m_emergencyContact = addEmergencyLine(tr("Who to call (back-up contact)"),
        tr("A person or a service"), ContactName, &EmergencyPlan::contactName);
    m_emergencyPhone = addEmergencyLine(
        tr("Their phone number"), QString(), ContactPhone, &EmergencyPlan::contactPhone);
}

QLineEdit* SupportStep::addEmergencyLine(
    const QString& label, const QString& hint, EmergencyField field, QString EmergencyPlan::*member)
{
    auto* labelWidget = new QLabel(label, this);
    auto* edit = new QLineEdit(this);
    edit->setAccessibleName(label);
    labelWidget->setBuddy(edit);
    content()->addWidget(labelWidget);
    if (!hint.isEmpty()) {
        edit->setAccessibleDescription(hint);
        content()->addWidget(hintLabel(hint, this));
    }
    content()->addWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field, member](const QString& text) {
        editEmergency(field, [&](EmergencyPlan& e) { e.*member = text; });
    });
    m_emergencyLines.append({edit, member});
    return edit;
}

void SupportStep::editEmergency(
    EmergencyField field, const std::function<void(EmergencyPlan&)>& change)
{
    const EmergencyPlan before = session()->plan().emergency;
    EmergencyPlan after = before;
    change(after);
    if (after == before || session()->isFrozen()) {
        return;
    }
    push(new EditEmergencyPlanCommand(
        session(), before, after, tr("change the back-up plan"), field));
}

void SupportStep::refresh()
{
    const Plan& plan = session()->plan();
    const PlanTotals& totals = session()->totals();
    const int selected = selectedKey();
    m_message->hide();

    {
        // Filling the table is not a choice the person made.
        const QSignalBlocker block(m_table->selectionModel());
        m_model->show(plan, totals);
    }
    const bool empty = plan.items.isEmpty();
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    if (selected != 0 && m_model->rowOfKey(selected) >= 0) {
        selectKey(selected);
    }

    const MoneyFormatter money;
    const Money yearly = totals.plannedYearly();
    m_total->setText(
        tr("Total: %1 a week, %2 a year")
            .arg(money.format(convert(yearly, Period::Year, Period::Week)), money.format(yearly)));
    m_total->setAccessibleName(m_total->text());
    if (totals.assistantsEmployed() > 0) {
        m_ratesNote->setText(
            tr("Personal assistants are costed with holiday pay, National Insurance, a pension, "
               "insurance and payroll, using the rates as of %1.")
                .arg(QLocale().toString(totals.ratesAsOf(), QStringLiteral("d MMMM yyyy"))));
        m_ratesNote->show();
    } else {
        m_ratesNote->hide();
    }

    QStringList advice;
    for (const Finding& finding : session()->findings()) {
        if (finding.target == FindingTarget::SupportItem
            || finding.code == QLatin1String("rates-not-for-plan-date")) {
            advice.append(QStringLiteral("• ") + finding.message);
        }
    }
    if (!advice.isEmpty()) {
        advice.prepend(tr("Things to look at:"));
    }
    m_advice->setText(advice.join(QLatin1Char('\n')));
    m_advice->setVisible(!advice.isEmpty());

    fieldsync::setText(m_emergencyWhat, plan.emergency.whatToDo);
    for (const auto& [edit, member] : m_emergencyLines) {
        fieldsync::setText(edit, plan.emergency.*member);
    }
    updateButtons();
}

void SupportStep::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    m_change->setText(editable ? tr("Change") : tr("See details"));
    m_change->setAccessibleName(
        editable ? tr("Change the chosen support") : tr("See the details of the chosen support"));
    m_emergencyWhat->setReadOnly(!editable);
    for (const auto& [edit, member] : m_emergencyLines) {
        edit->setReadOnly(!editable);
    }
    updateButtons();
}

void SupportStep::updateButtons()
{
    const bool chosen = selectedKey() != 0;
    m_change->setEnabled(chosen);
    m_remove->setEnabled(chosen && m_editable);
}

bool SupportStep::handles(FindingTarget target) const
{
    return target == FindingTarget::SupportItem || target == FindingTarget::EmergencyPlan;
}

void SupportStep::showTarget(FindingTarget target, int key)
{
    if (target == FindingTarget::SupportItem && m_model->rowOfKey(key) >= 0) {
        selectKey(key);
        m_table->setFocus(Qt::OtherFocusReason);
        bringIntoView(m_table);
    } else if (target == FindingTarget::EmergencyPlan) {
        m_emergencyWhat->setFocus(Qt::OtherFocusReason);
        bringIntoView(m_emergencyWhat);
    }
}

SupportItemDialog* SupportStep::itemDialog() const
{
    return m_itemDialog;
}

PersonalAssistantCalculator* SupportStep::calculator() const
{
    return m_calculator;
}

int SupportStep::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->keyAt(rows.first().row());
}

void SupportStep::selectKey(int key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateButtons();
}

void SupportStep::addSupport()
{
    if (!m_editable || m_itemDialog) {
        return;
    }
    openItemDialog(new SupportItemDialog(
        session(), SupportItemDialog::newItem(*session()), SupportItemDialog::Mode::Add, this));
}

void SupportStep::changeSelected()
{
    const SupportItem* item = session()->plan().item(selectedKey());
    if (!item || m_itemDialog) {
        return;
    }
    auto* dialog = new SupportItemDialog(session(), *item, SupportItemDialog::Mode::Change, this);
    dialog->setReadOnly(!m_editable);
    openItemDialog(dialog);
}

void SupportStep::openItemDialog(SupportItemDialog* dialog)
{
    m_itemDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int key = dialog->itemKey();
    connect(dialog, &QDialog::accepted, this, [this, key] {
        selectKey(key);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void SupportStep::removeSelected()
{
    const SupportItem* item = session()->plan().item(selectedKey());
    if (!m_editable || !item) {
        return;
    }
    const SupportItem removed = *item;
    const int row = m_model->rowOfKey(removed.key);
    push(new SupportItemListCommand(session(), removed, SupportItemListCommand::Change::Remove));
    if (session()->plan().item(removed.key)) {
        return; // not saved: the plan page says why
    }
    // Keep a row chosen, so Delete can be pressed again.
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0) {
        selectKey(m_model->keyAt(next));
    }
    m_message->setText(
        tr("Removed “%1”. To put it back, choose Undo (Ctrl+Z).").arg(removed.what.simplified()));
    m_message->show();
}

void SupportStep::openCalculator()
{
    if (m_calculator) {
        m_calculator->raise();
        return;
    }
    m_calculator = new PersonalAssistantCalculator(
        session()->rates(), PersonalAssistantCalculator::Purpose::AddToPlan, this);
    m_calculator->setAttribute(Qt::WA_DeleteOnClose);
    m_calculator->mainButton()->setVisible(m_editable);
    PersonalAssistantCalculator* calculator = m_calculator;
    connect(calculator, &QDialog::accepted, this, [this, calculator] {
        const auto hours = calculator->hoursHundredths();
        const auto wage = calculator->hourlyWage();
        if (!hours || !wage || !m_editable || m_itemDialog) {
            return;
        }
        auto* dialog = new SupportItemDialog(
            session(), SupportItemDialog::newItem(*session()), SupportItemDialog::Mode::Add, this);
        dialog->fillPersonalAssistant(*hours, *wage);
        openItemDialog(dialog);
    });
    m_calculator->open();
}

bool SupportStep::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Insert) {
            addSupport();
            return true;
        }
    }
    return StepPage::eventFilter(watched, event);
}

void SupportStep::bringIntoView(QWidget* widget)
{
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            scroll->ensureWidgetVisible(widget);
            return;
        }
    }
}

} // namespace pb::ui
