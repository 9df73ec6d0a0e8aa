#include "plan/steps/outcomesstep.h"

#include "appearance.h"
#include "commands/editoutcomecommand.h"
#include "commands/listentrycommand.h"
#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "plan/steps/outcomes/moveoutcomecommand.h"
#include "plan/steps/outcomes/outcomecard.h"
#include "widgets/readingcolumn.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

namespace {
// The start of an outcome's words, for a one-line notice.
QString shortWords(const QString& text)
{
    constexpr int kLength = 60;
    const QString words = text.simplified();
    return words.size() <= kLength ? words : words.left(kLength - 1).trimmed() + QChar(0x2026);
}
} // namespace

OutcomesStep::OutcomesStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("What matters to me"),
        tr("Write what you want your support to help with, in your own words. Then pick the three "
           "that matter most."),
        parent)
    , m_topThreeLine(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_listHolder(new QWidget(this))
    , m_notice(new QFrame(this))
    , m_noticeText(new QLabel(m_notice))
    , m_putBack(new QPushButton(tr("Put it back"), m_notice))
    , m_add(new QPushButton(
          Appearance::icon(QStringLiteral(":/icons/add.svg")), tr("&Add an outcome"), this))
{
    // Everything in one column no wider than about 90 characters (UI-GUIDE:
    // text columns no wider than about 75), on the left.
    auto* reading = new ReadingColumn(kColumnCharacters, this);
    m_column = reading;
    auto* column = reading->column();
    column->setSpacing(16);
    reading->addTo(content());

    m_topThreeLine->setWordWrap(true);
    m_topThreeLine->setTextFormat(Qt::PlainText);
    m_topThreeLine->setObjectName(QStringLiteral("topThreeLine"));
    column->addWidget(m_topThreeLine);

    m_empty->setWordWrap(true);
    m_empty->setText(tr("You have not written any outcomes yet. Choose “Add an outcome” "
                        "and start with the thing that matters most to you."));
    column->addWidget(m_empty);

    auto* list = new QVBoxLayout(m_listHolder);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(16);
    column->addWidget(m_listHolder);

    // Stands where a removed outcome was, so the way back is right there.
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setObjectName(QStringLiteral("removedNotice"));
    auto* noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(16, 8, 16, 8);
    auto* info = new QLabel(m_notice);
    info->setPixmap(Appearance::icon(QStringLiteral(":/icons/information.svg")).pixmap(24, 24));
    noticeLayout->addWidget(info, 0, Qt::AlignTop);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    noticeLayout->addWidget(m_noticeText, 1);
    m_putBack->setMinimumHeight(44);
    m_putBack->setAccessibleName(tr("Put the removed outcome back"));
    noticeLayout->addWidget(m_putBack);
    m_notice->hide();
    connect(m_putBack, &QPushButton::clicked, this, [this] {
        QUndoStack* undo = this->session()->undoStack();
        if (undo->index() == m_noticeStackIndex) {
            undo->undo();
        }
    });
    connect(session->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (m_noticeIndex >= 0 && index != m_noticeStackIndex) {
            hideNotice();
        }
    });

    m_add->setMinimumHeight(48);
    m_add->setIconSize(QSize(24, 24));
    m_add->setAccessibleName(tr("Add an outcome"));
    m_add->setToolTip(tr("Add something that matters to you (Alt+A)"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    column->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &OutcomesStep::addOutcome);

    refresh();
}

QString OutcomesStep::stepTitle() const
{
    return tr("What matters to me");
}

OutcomeCard* OutcomesStep::createCard(int key)
{
    auto* card = new OutcomeCard(key, m_listHolder);
    card->setEditable(m_editable);
    connect(card, &OutcomeCard::wordsEdited, this,
        [this](int k, const QString& text) { edit(k, Words, [&](Outcome& o) { o.text = text; }); });
    connect(card, &OutcomeCard::howIWillKnowEdited, this, [this](int k, const QString& text) {
        edit(k, HowIWillKnow, [&](Outcome& o) { o.howIWillKnow = text; });
    });
    connect(card, &OutcomeCard::lifeAreaChosen, this, [this](int k, LifeArea area) {
        edit(k, LifeAreaField, [&](Outcome& o) { o.lifeArea = area; });
    });
    connect(card, &OutcomeCard::topThreeClicked, this, &OutcomesStep::topThreeClicked);
    connect(card, &OutcomeCard::moveRequested, this, &OutcomesStep::moveOutcome);
    connect(card, &OutcomeCard::removeRequested, this, &OutcomesStep::removeOutcome);
    m_cards.insert(key, card);
    return card;
}

void OutcomesStep::edit(int key, Field field, const std::function<void(Outcome&)>& change)
{
    const Outcome* current = session()->plan().outcome(key);
    if (current == nullptr) {
        return;
    }
    const Outcome before = *current;
    Outcome after = before;
    change(after);
    if (after == before) {
        return;
    }
    // Typing in one text field of one outcome is one undo step; a choice
    // (life area, most important) is a step of its own.
    const bool typed = field == Words || field == HowIWillKnow;
    push(new EditOutcomeCommand(
        session(), before, after, tr("change an outcome"), typed ? key * FieldCount + field : -1));
}

void OutcomesStep::addOutcome()
{
    if (!m_editable) {
        return;
    }
    Outcome outcome;
    outcome.key = session()->nextKey();
    push(new OutcomeListCommand(session(), outcome, OutcomeListCommand::Change::Add));
    if (OutcomeCard* card = m_cards.value(outcome.key)) {
        card->focusWords();
        scrollTo(card);
    }
}

void OutcomesStep::removeOutcome(int key)
{
    const auto& outcomes = session()->plan().outcomes;
    const auto it = std::find_if(
        outcomes.cbegin(), outcomes.cend(), [key](const Outcome& o) { return o.key == key; });
    if (!m_editable || it == outcomes.cend()) {
        return;
    }
    const Outcome removed = *it;
    const int index = int(it - outcomes.cbegin());
    const int before = session()->undoStack()->index();
    push(new OutcomeListCommand(session(), removed, OutcomeListCommand::Change::Remove));
    if (session()->plan().outcome(key) != nullptr || session()->undoStack()->index() == before) {
        return; // not saved: PlanPage shows why
    }
    const QString words = shortWords(removed.text);
    m_noticeText->setText(words.isEmpty()
            ? tr("Outcome %1 was taken out of your plan. You can undo this.").arg(index + 1)
            : tr("“%1” was taken out of your plan. You can undo this.").arg(words));
    m_notice->setAccessibleName(m_noticeText->text());
    m_noticeIndex = index;
    m_noticeStackIndex = session()->undoStack()->index();
    layOutCards();
    dropRemovedCards();
    m_notice->show();
    m_putBack->setFocus(Qt::OtherFocusReason);
}

void OutcomesStep::moveOutcome(int key, int steps)
{
    const auto& outcomes = session()->plan().outcomes;
    int from = -1;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes[i].key == key) {
            from = i;
        }
    }
    const int to = from + steps;
    if (!m_editable || from < 0 || to < 0 || to >= outcomes.size()) {
        return;
    }
    OutcomeCard* card = m_cards.value(key);
    QWidget* focused = card && card->isAncestorOf(focusWidget()) ? focusWidget() : nullptr;
    push(new MoveOutcomeCommand(session(), key, to));
    if (card == nullptr) {
        return;
    }
    // A move button that can go no further is disabled and has lost the
    // focus: give it to the other one, so the keyboard can carry on.
    if (focused && !focused->isEnabled()) {
        focused = focused == card->moveUpButton() ? card->moveDownButton() : card->moveUpButton();
    }
    if (focused) {
        focused->setFocus(Qt::OtherFocusReason);
    }
    scrollTo(card);
}

void OutcomesStep::topThreeClicked(int key, bool checked)
{
    if (checked) {
        const auto& outcomes = session()->plan().outcomes;
        const auto others = std::count_if(outcomes.cbegin(), outcomes.cend(),
            [key](const Outcome& o) { return o.topThree && o.key != key; });
        if (others >= Outcome::kMostImportant) {
            if (OutcomeCard* card = m_cards.value(key)) {
                card->refuseTopThree(
                    tr("You have already picked %1. To pick this one, untick one of the others "
                       "first.")
                        .arg(Outcome::kMostImportant));
            }
            return;
        }
    }
    edit(key, TopThree, [checked](Outcome& o) { o.topThree = checked; });
}

QString OutcomesStep::spendingText(int key) const
{
    const PlanTotals& totals = session()->totals();
    const PlanTotals::OutcomeTotal* total = totals.outcome(key);
    if (total == nullptr || total->items == 0) {
        return tr("No support yet");
    }
    if (total->yearly.isZero()) {
        return tr("Helped by support that costs nothing");
    }
    return tr("%1 of your plan goes to this")
        .arg(MoneyFormatter().format(
            total->inBudgetPeriod, totals.budgetPeriod(), MoneyFormatter::Pence::Never));
}

void OutcomesStep::refresh()
{
    const auto& outcomes = session()->plan().outcomes;
    const int count = int(outcomes.size());
    for (int i = 0; i < count; ++i) {
        const Outcome& o = outcomes[i];
        OutcomeCard* card = m_cards.value(o.key);
        if (card == nullptr) {
            card = createCard(o.key);
        }
        card->setOutcome(o, i + 1, count, spendingText(o.key));
    }
    if (m_cards.size() > count) {
        scheduleDropRemovedCards();
    }
    layOutCards();

    const auto marked = std::count_if(
        outcomes.cbegin(), outcomes.cend(), [](const Outcome& o) { return o.topThree; });
    if (marked > Outcome::kMostImportant) {
        m_topThreeLine->setText(tr("You have picked %1 outcomes as most important. Untick some, so "
                                   "that only %2 are picked.")
                                    .arg(marked)
                                    .arg(Outcome::kMostImportant));
    } else {
        m_topThreeLine->setText(tr("You have picked %1 of %2 most important outcomes.")
                                    .arg(marked)
                                    .arg(Outcome::kMostImportant));
    }
    m_topThreeLine->setAccessibleName(m_topThreeLine->text());
    m_topThreeLine->setVisible(count > 0);
    m_empty->setVisible(count == 0 && m_noticeIndex < 0);
}

void OutcomesStep::layOutCards()
{
    // The plan's order, the removal notice where the outcome stood, and
    // (until they are dropped) cards whose outcome has gone, at the end.
    QList<QWidget*> order;
    for (const Outcome& o : session()->plan().outcomes) {
        order.append(m_cards.value(o.key));
    }
    for (OutcomeCard* card : std::as_const(m_cards)) {
        if (!order.contains(card)) {
            order.append(card);
        }
    }
    if (m_noticeIndex >= 0) {
        order.insert(
            std::min<qsizetype>(m_noticeIndex, session()->plan().outcomes.size()), m_notice);
    }
    if (order == m_order) {
        return;
    }
    auto* list = static_cast<QVBoxLayout*>(m_listHolder->layout());
    for (QWidget* w : std::as_const(m_order)) {
        list->removeWidget(w);
    }
    for (QWidget* w : std::as_const(order)) {
        list->addWidget(w);
        // A layout shows a new child only later; it must be usable at once
        // (the focus goes into a new card straight away).
        w->setVisible(true);
    }
    m_order = order;

    // Tab order follows reading order. The chain is hung from the Add
    // button's place, which never moves, and ends with the button.
    QWidget* previous = m_add;
    const auto chain = [&previous](QWidget* next) {
        setTabOrder(previous, next);
        previous = next;
    };
    for (QWidget* w : std::as_const(order)) {
        if (auto* card = qobject_cast<OutcomeCard*>(w)) {
            for (QWidget* field : card->tabOrder()) {
                chain(field);
            }
        } else if (w == m_notice) {
            chain(m_putBack);
        }
    }
    if (previous != m_add) {
        setTabOrder(previous, m_add);
    }
}

void OutcomesStep::scheduleDropRemovedCards()
{
    if (m_dropScheduled) {
        return;
    }
    m_dropScheduled = true;
    QTimer::singleShot(0, this, [this] { dropRemovedCards(); });
}

void OutcomesStep::dropRemovedCards()
{
    m_dropScheduled = false;
    const Plan& plan = session()->plan();
    const auto keys = m_cards.keys();
    for (int key : keys) {
        if (plan.outcome(key) != nullptr) {
            continue;
        }
        OutcomeCard* card = m_cards.take(key);
        if (card->isAncestorOf(focusWidget())) {
            m_add->setFocus(Qt::OtherFocusReason);
        }
        card->hide();
        card->deleteLater();
        m_order.removeAll(card);
        m_listHolder->layout()->removeWidget(card);
    }
}

void OutcomesStep::hideNotice()
{
    const bool hadFocus = m_notice->isAncestorOf(focusWidget());
    m_noticeIndex = -1;
    m_noticeStackIndex = -1;
    m_notice->hide();
    layOutCards();
    m_empty->setVisible(session()->plan().outcomes.isEmpty());
    if (hadFocus) {
        m_add->setFocus(Qt::OtherFocusReason);
    }
}

void OutcomesStep::setEditable(bool editable)
{
    m_editable = editable;
    for (OutcomeCard* card : std::as_const(m_cards)) {
        card->setEditable(editable);
    }
    m_add->setVisible(editable);
    m_putBack->setEnabled(editable);
}

bool OutcomesStep::handles(FindingTarget target) const
{
    // Plan-wide findings are about outcomes (none yet, the top three), so
    // they are put right here.
    return target == FindingTarget::Outcome || target == FindingTarget::Plan;
}

void OutcomesStep::showTarget(FindingTarget target, int key)
{
    if (target != FindingTarget::Outcome) {
        return;
    }
    if (OutcomeCard* card = m_cards.value(key)) {
        card->focusWords();
        scrollTo(card);
    }
}

QList<OutcomeCard*> OutcomesStep::cards() const
{
    QList<OutcomeCard*> cards;
    for (const Outcome& o : session()->plan().outcomes) {
        if (OutcomeCard* card = m_cards.value(o.key)) {
            cards.append(card);
        }
    }
    return cards;
}

void OutcomesStep::scrollTo(QWidget* widget)
{
    // Later, once the layout has placed the widget (a new card has no place yet).
    QTimer::singleShot(0, widget, [this, widget] {
        for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(widget, 0, 24);
                return;
            }
        }
    });
}

} // namespace pb::ui
