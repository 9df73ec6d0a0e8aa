#include "plan/steps/budget/budgetdatespanel.h"

#include "plan/plansession.h"
#include "plan/steps/budget/budgetfieldeditcommand.h"
#include "widgets/dateedit.h"
#include "widgets/fieldsync.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace pb::ui {

namespace {
// Shown as "Not set": the date fields' lowest date stands for "no date".
const QDate kNoDate(2000, 1, 1);
} // namespace

BudgetDatesPanel::BudgetDatesPanel(PlanSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_start = addDateField(tr("When your budget starts"),
        tr("Usually the date on the council's letter."), QStringLiteral("budgetStart"));
    layout->addSpacing(8);
    m_end = addDateField(tr("When it ends"), endHint(), QStringLiteral("budgetEnd"));
    m_endError = new QLabel(this);
    m_endError->setObjectName(QStringLiteral("fieldError"));
    m_endError->setWordWrap(true);
    m_endError->hide();
    layout->addWidget(m_endError);

    connect(m_start, &QDateEdit::dateChanged, this, &BudgetDatesPanel::startChanged);
    connect(m_end, &QDateEdit::dateChanged, this, &BudgetDatesPanel::endChanged);
}

QDateEdit* BudgetDatesPanel::addDateField(
    const QString& label, const QString& hint, const QString& name)
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    auto* labelWidget = new QLabel(label, this);
    auto* hintLabel = new QLabel(hint, this);
    hintLabel->setObjectName(QStringLiteral("hint"));
    hintLabel->setWordWrap(true);
    auto* edit = new DateEdit(this); // "1 February 2027", as the interface writes dates
    edit->setObjectName(name);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(tr("Not set"));
    edit->setAccessibleName(label);
    edit->setAccessibleDescription(hint);
    // The text part takes the focus: it is announced with the same name.
    if (auto* text = edit->findChild<QLineEdit*>()) {
        text->setAccessibleName(label);
    }
    edit->setMinimumHeight(44);
    labelWidget->setBuddy(edit);
    layout->addWidget(labelWidget);
    layout->addWidget(hintLabel);
    auto* row = new QHBoxLayout;
    row->addWidget(edit);
    row->addStretch(1);
    layout->addLayout(row);
    return edit;
}

QDate BudgetDatesPanel::usualEnd(QDate start)
{
    return start.isValid() ? start.addYears(1).addDays(-1) : QDate();
}

QString BudgetDatesPanel::endHint()
{
    return tr("Usually a year after it starts, when the council looks at your plan again.");
}

QString BudgetDatesPanel::endError() const
{
    return m_endError->isHidden() ? QString() : m_endError->text();
}

QDate BudgetDatesPanel::fromField(QDate shown) const
{
    return shown == kNoDate ? QDate() : shown;
}

void BudgetDatesPanel::startChanged(QDate date)
{
    const Budget& before = m_session->plan().budget;
    Budget after = before;
    after.start = fromField(date);
    if (!before.end.isValid() || before.end == usualEnd(before.start)
        || (after.start.isValid() && before.end < after.start)) {
        after.end = usualEnd(after.start);
    }
    showEndError({});
    BudgetFieldEditCommand::push(
        m_session, after, tr("change when your budget starts"), BudgetFieldEditCommand::StartField);
}

void BudgetDatesPanel::endChanged(QDate date)
{
    Budget after = m_session->plan().budget;
    after.end = fromField(date);
    if (after.end.isValid() && after.start.isValid() && after.end < after.start) {
        showEndError(tr("Your budget can't end before it starts (%1). Choose a later date.")
                         .arg(QLocale().toString(after.start, QStringLiteral("d MMMM yyyy"))));
        return;
    }
    showEndError({});
    BudgetFieldEditCommand::push(
        m_session, after, tr("change when your budget ends"), BudgetFieldEditCommand::EndField);
}

void BudgetDatesPanel::showEndError(const QString& message)
{
    m_endError->setText(message);
    m_endError->setVisible(!message.isEmpty());
    m_end->setAccessibleDescription(message.isEmpty() ? endHint() : message);
}

void BudgetDatesPanel::refresh()
{
    const Budget& b = m_session->plan().budget;
    fieldsync::setDate(m_start, b.start.isValid() ? b.start : kNoDate);
    if (m_endError->isHidden()) {
        // An end being corrected keeps what was chosen until it is put right.
        fieldsync::setDate(m_end, b.end.isValid() ? b.end : kNoDate);
    }
}

void BudgetDatesPanel::setEditable(bool editable)
{
    m_start->setReadOnly(!editable);
    m_end->setReadOnly(!editable);
    m_start->setCalendarPopup(editable);
    m_end->setCalendarPopup(editable);
}

} // namespace pb::ui
