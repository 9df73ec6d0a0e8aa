// MoneyManagementStep (step 4, "How my money is managed"): how the money is
// managed (the deployment), who holds it, and how the plan's cost is split
// between the ways.
//
// - The five choices are large radio buttons in plain words
//   (ModelLabels::deployment), each with a line saying what it means for the
//   person: records to keep, how much freedom, who to ring. The meaning is
//   taken from the domain brief and the TLAP paper (seeds/003): a direct
//   payment is cash the person (or a nominee) spends, keeping records, and
//   can't buy long-term residential care; a managed budget is arranged by the
//   council; an Individual Service Fund is held by a provider under contract
//   with the council, spent as the person directs, with unspent money rolling
//   over month to month; a third party manages a direct payment for them.
// - Under the chosen way, the name it needs: the nominee (a direct payment
//   paid to someone else), the provider holding an ISF, or the third party.
//   For a mix, the names for the ways the support actually uses (and any
//   already given). Names for other ways are kept, not cleared, so changing
//   your mind loses nothing.
// - The split by route (PlanTotals::routes()) as a small table, with a
//   sentence when more than one way is used ("£9,100 a year is paid to you;
//   £1,050 a year the council arranges.").
// - Choosing one way while some support is paid another asks (a decision
//   dialog) whether to pay for all of it the new way; yes moves every such
//   item and changes the choice in one undo step (a macro). When the answer
//   was no, a line under the choices says so and offers the same move.
//   "Support paid another way" counts only support that costs something:
//   the way of paying for unpaid help means nothing.
#pragma once

#include "model/deployment.h"
#include "plan/steppage.h"

#include <QHash>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pb::ui {

class RouteChoice;
class RouteSplitModel;

class MoneyManagementStep : public StepPage {
    Q_OBJECT
public:
    explicit MoneyManagementStep(PlanSession* session, QWidget* parent = nullptr);

    QString stepTitle() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/managed.svg"); }
    void refresh() override;
    void setEditable(bool editable) override;
    bool handles(FindingTarget target) const override;
    void showTarget(FindingTarget target, int key) override;

    // For tests.
    RouteChoice* choice(DeploymentChoice choice) const { return m_choices.value(int(choice)); }
    QLineEdit* nomineeEdit() const { return m_nominee; }
    QLineEdit* isfProviderEdit() const { return m_isfProvider; }
    QLineEdit* thirdPartyEdit() const { return m_thirdParty; }
    QTableView* splitTable() const { return m_table; }
    RouteSplitModel* splitModel() const { return m_model; }
    QLabel* splitSentence() const { return m_sentence; }
    QLabel* mismatchLine() const { return m_mismatch; }
    QPushButton* moveAllButton() const { return m_moveAll; }

private:
    static constexpr int kColumnCharacters = 90;

    QWidget* m_column = nullptr;
    enum Field { Choice, Nominee, IsfProvider, ThirdParty };

    QLineEdit* addNameField(const QString& label, const QString& hint, Field field,
        QString Deployment::*member, QWidget** block);
    void editNames(Field field, QString Deployment::*member, const QString& text);
    void choose(DeploymentChoice choice);
    // Support items costing something whose route is not `route`.
    QList<int> itemsPaidOtherwise(Route route) const;
    QStringList describeItems(const QList<int>& keys) const;
    // Moves the items to `route`, and sets `deployment` too when given, as
    // one undo step.
    void moveItems(const QList<int>& keys, Route route, std::optional<Deployment> deployment);
    void placeNameFields();
    void refreshSplit();
    QString splitSentenceText() const;

    QButtonGroup* m_group;
    QHash<int, RouteChoice*> m_choices; // by DeploymentChoice
    QLineEdit* m_nominee = nullptr;
    QLineEdit* m_isfProvider = nullptr;
    QLineEdit* m_thirdParty = nullptr;
    QWidget* m_nomineeBlock = nullptr;
    QWidget* m_isfBlock = nullptr;
    QWidget* m_thirdPartyBlock = nullptr;
    QLabel* m_mismatch;
    QPushButton* m_moveAll;
    QLabel* m_noSupport;
    QLabel* m_sentence;
    RouteSplitModel* m_model;
    QTableView* m_table;
    bool m_editable = true;
    bool m_tabOrderStale = true;
};

} // namespace pb::ui
