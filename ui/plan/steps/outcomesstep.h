// OutcomesStep (step 3, "What matters to me"): the person's outcomes in
// their own words, each with a life area and "how I will know it is
// working", and the three that matter most.
//
// The outcomes are a column of cards (OutcomeCard), one per outcome, in the
// plan's order, with a large "Add an outcome" button under them. Cards were
// chosen over a list-and-editor pair because everything about an outcome is
// in view at once and there is no hidden "selected" state to understand,
// which matters for people who rarely use a computer.
//
// - A line above the cards says how many of the three most important have
//   been picked; a fourth tick is refused kindly (the box stays unticked and
//   the card says to untick another first). Imported plans with more than
//   three picked are shown as they are, with a line asking to untick some.
// - Remove needs no confirmation: it is undoable, and a notice takes the
//   removed card's place, saying so, with "Put it back" (undo).
// - Each card says how much of the plan's money goes to the outcome, from
//   PlanTotals::outcome(), or "No support yet".
// - Edits: EditOutcomeCommand, one undo step per outcome and text field
//   while it is typed in; OutcomeListCommand to add and remove;
//   MoveOutcomeCommand to move up and down (buttons, or Alt+Up / Alt+Down).
//
// Cards whose outcome has gone are dropped a moment later rather than at
// once, so a move (taken out, put back at once) keeps the same card and the
// focus stays where the person was.
#pragma once

#include "plan/steppage.h"

#include <QHash>

#include <functional>

class QLabel;
class QPushButton;
class QFrame;

namespace pb {
struct Outcome;
}

namespace pb::ui {

class OutcomeCard;

class OutcomesStep : public StepPage {
    Q_OBJECT
public:
    explicit OutcomesStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/outcomes.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
    void showTarget(FindingTarget target, int key) override;

    // For tests: the cards in the plan's order, and the page's own controls.
    QList<OutcomeCard*> cards() const;
    OutcomeCard* card(int key) const { return m_cards.value(key); }
    QPushButton* addButton() const { return m_add; }
    QLabel* topThreeLine() const { return m_topThreeLine; }
    QFrame* removedNotice() const { return m_notice; }
    QPushButton* putBackButton() const { return m_putBack; }

private:
    static constexpr int kColumnCharacters = 90;

    QWidget* m_column = nullptr;
    enum Field { Words, LifeAreaField, HowIWillKnow, TopThree, FieldCount };

    OutcomeCard* createCard(int key);
    void edit(int key, Field field, const std::function<void(Outcome&)>& change);
    void addOutcome();
    void removeOutcome(int key);
    void moveOutcome(int key, int steps);
    void topThreeClicked(int key, bool checked);
    QString spendingText(int key) const;
    void layOutCards();
    void scheduleDropRemovedCards();
    void dropRemovedCards();
    void hideNotice();
    void scrollTo(QWidget* widget);

    QLabel* m_topThreeLine;
    QLabel* m_empty;
    QWidget* m_listHolder;
    QFrame* m_notice;
    QLabel* m_noticeText;
    QPushButton* m_putBack;
    QPushButton* m_add;
    QHash<int, OutcomeCard*> m_cards;
    QList<QWidget*> m_order; // what the list layout holds, top to bottom
    int m_noticeIndex = -1; // where the notice stands among the cards; -1: hidden
    int m_noticeStackIndex = -1; // the undo stack's index just after the removal
    bool m_dropScheduled = false;
    bool m_editable = true;
};

} // namespace pb::ui
