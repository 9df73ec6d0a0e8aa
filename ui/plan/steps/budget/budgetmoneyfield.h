// BudgetMoneyField: ties a MoneyEdit to one amount of the budget (the amount,
// the agreed amount, a funding stream's amount), so every money field of the
// budget step behaves the same way:
//   - each valid amount typed is saved at once (the running total follows),
//     one undo step for the whole field;
//   - an amount that stops being valid ("12," on the way to "12,34") puts the
//     plan back to what it was before the person started typing in the field,
//     so a half-typed figure never stays in the plan; the field keeps what was
//     typed, with the message beside it (MoneyEdit), to be corrected;
//   - refresh() leaves the field alone while it holds the person's typing,
//     and shows the plan's amount when something else changed it (an undo,
//     another field).
// It also keeps the field about as wide as an amount (30 characters at the
// current text size), rather than the width of the page.
#pragma once

#include "model/budget.h"

#include <QObject>

#include <functional>
#include <optional>

namespace pb::ui {

class MoneyEdit;
class PlanSession;

class BudgetMoneyField : public QObject {
    Q_OBJECT
public:
    using Getter = std::function<std::optional<Money>(const Budget&)>;
    using Setter = std::function<void(Budget&, std::optional<Money>)>;

    // The merge key comes from mergeKey() at each edit, so it can follow the
    // funding stream being edited.
    BudgetMoneyField(PlanSession* session, MoneyEdit* edit, Getter get, Setter set,
        std::function<int()> mergeKey, QString undoText, QObject* parent = nullptr);

    // Shows the plan's amount, unless the field holds the person's typing.
    void refresh();
    // The field now stands for a different amount (another funding stream):
    // forget the typing and show it.
    void reset();
    // True while this field's own edit is being saved (and the plan's
    // changed() is running): lets a page tell its own edits from others.
    bool isSaving() const { return m_saving; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void typed();
    void fitWidth();
    void save(std::optional<Money> amount);

    PlanSession* m_session;
    MoneyEdit* m_edit;
    Getter m_get;
    Setter m_set;
    std::function<int()> m_mergeKey;
    QString m_undoText;
    bool m_typing = false;
    bool m_saving = false;
    std::optional<Money> m_beforeTyping; // the plan's amount when the typing began
    std::optional<Money> m_lastSaved; // what this field last put in the plan
};

} // namespace pb::ui
