// OutcomeCard: one outcome on the "What matters to me" step, as a card the
// person fills in from top to bottom: their own words, the life area, how
// they will know it is working, whether it is one of their three most
// important, and (from the plan's totals) how much of the plan goes to it.
// Move up, Move down (also Alt+Up / Alt+Down anywhere in the card) and Remove
// sit at the bottom, after the fields, in reading order.
//
// When the plan is agreed the text fields turn read-only (still focusable, to
// be read and copied), and the drop-down and the tick box give way to plain
// words, because disabled controls grey their words out and the agreed plan
// must stay easy to read.
//
// The card holds no plan data of its own: setOutcome() fills it quietly (FieldSync)
// and every edit is reported by a signal carrying the outcome's key, so the
// step decides what to push on the undo stack.
#pragma once

#include "model/outcome.h"
#include "money/period.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pb::ui {

class Heading;

class OutcomeCard : public QFrame {
    Q_OBJECT
public:
    explicit OutcomeCard(int key, QWidget* parent = nullptr);

    int key() const { return m_key; }

    // Puts `outcome` in the fields without making an edit. `number` counts
    // from 1; `count` is how many outcomes there are (for Move up/down);
    // `spending` is the line about the plan's money for this outcome.
    void setOutcome(const Outcome& outcome, int number, int count, const QString& spending);
    void setEditable(bool editable);

    // The fourth "most important" tick is refused: the box stays unticked
    // and `message` is shown beside it until the next change.
    void refuseTopThree(const QString& message);

    void focusWords();
    // The card's focusable widgets in reading order, for the page's tab order.
    QList<QWidget*> tabOrder() const;

    QPlainTextEdit* wordsEdit() const { return m_words; }
    QComboBox* lifeAreaCombo() const { return m_lifeArea; }
    QPlainTextEdit* howIWillKnowEdit() const { return m_howIWillKnow; }
    QCheckBox* topThreeBox() const { return m_topThree; }
    QLabel* topThreeMessage() const { return m_topThreeMessage; }
    QLabel* spendingLabel() const { return m_spending; }
    // What an agreed plan shows instead of the drop-down and the tick box.
    QLabel* lifeAreaText() const { return m_lifeAreaText; }
    QLabel* topThreeText() const { return m_topThreeText; }
    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void wordsEdited(int key, const QString& text);
    void lifeAreaChosen(int key, pb::LifeArea area);
    void howIWillKnowEdited(int key, const QString& text);
    void topThreeClicked(int key, bool checked);
    void moveRequested(int key, int steps); // -1 up, +1 down
    void removeRequested(int key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitToTextSize();

    int m_key;
    bool m_editable = true;
    int m_number = 0;
    int m_count = 0;
    Heading* m_heading;
    QLabel* m_spending;
    QPlainTextEdit* m_words;
    QComboBox* m_lifeArea;
    QPlainTextEdit* m_howIWillKnow;
    QCheckBox* m_topThree;
    QLabel* m_topThreeMessage;
    QLabel* m_lifeAreaText;
    QLabel* m_topThreeText;
    bool m_isTopThree = false;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
    QPushButton* m_remove;
};

} // namespace pb::ui
