#include "plan/steps/moneymanagementstep.h"

#include "commands/editdeploymentcommand.h"
#include "commands/editsupportitemcommand.h"
#include "model/modellabels.h"
#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "plan/steps/money/movesupportdialog.h"
#include "plan/steps/money/routechoice.h"
#include "plan/steps/money/routesplitmodel.h"
#include "plan/steps/money/totalruledelegate.h"
#include "widgets/fieldsync.h"
#include "widgets/heading.h"
#include "widgets/readingcolumn.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pb::ui {

namespace {
constexpr DeploymentChoice kChoices[] = {
    DeploymentChoice::DirectPayment,
    DeploymentChoice::CouncilManaged,
    DeploymentChoice::IndividualServiceFund,
    DeploymentChoice::ThirdParty,
    DeploymentChoice::Mixed,
};

// What each way means for the person, in a sentence or two.
QString explanation(DeploymentChoice choice)
{
    switch (choice) {
    case DeploymentChoice::DirectPayment:
        return MoneyManagementStep::tr(
            "You choose your support and pay for it, and you can employ your own staff. The most "
            "freedom, but you keep receipts and records for the council. It can't pay for a long "
            "stay in a care home.");
    case DeploymentChoice::CouncilManaged:
        return MoneyManagementStep::tr(
            "The council books and pays for your support with you. No records to keep, but less "
            "choice. If something goes wrong, you ring the council.");
    case DeploymentChoice::IndividualServiceFund:
        return MoneyManagementStep::tr(
            "A provider you choose holds the money and arranges your support the way you ask. "
            "Money not spent one month carries over to the next. You ring the provider.");
    case DeploymentChoice::ThirdParty:
        return MoneyManagementStep::tr(
            "A person or organisation you trust gets the money and does the paperwork for you. "
            "You still decide what support you get. You ring them.");
    case DeploymentChoice::Mixed:
        return MoneyManagementStep::tr(
            "Part of the money is paid to you and part is arranged for you. For each piece of "
            "support you say how it is paid, under “My support”.");
    }
    Q_UNREACHABLE();
}

QString itemName(const SupportItem& item)
{
    const QString what = item.what.simplified();
    return what.isEmpty() ? ModelLabels::supportType(item.type) : what;
}
} // namespace

MoneyManagementStep::MoneyManagementStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("How my money is managed"),
        tr("Choose who looks after the money and arranges your support. You can use more than one "
           "way."),
        parent)
    , m_group(new QButtonGroup(this))
    , m_mismatch(new QLabel(this))
    , m_moveAll(new QPushButton(tr("Pay for all my support this way"), this))
    , m_noSupport(new QLabel(this))
    , m_sentence(new QLabel(this))
    , m_model(new RouteSplitModel(this))
    , m_table(new QTableView(this))
{
    // Everything in one column no wider than about 90 characters (UI-GUIDE:
    // text columns no wider than about 75), on the left.
    auto* reading = new ReadingColumn(kColumnCharacters, this);
    m_column = reading;
    auto* column = reading->column();
    column->setSpacing(16);
    reading->addTo(content());

    column->addWidget(new Heading(tr("Who looks after the money"), 2, this));
    auto* choices = new QVBoxLayout;
    choices->setSpacing(8);
    for (DeploymentChoice choice : kChoices) {
        auto* route = new RouteChoice(ModelLabels::deployment(choice), explanation(choice), this);
        m_group->addButton(route->radio(), int(choice));
        m_choices.insert(int(choice), route);
        choices->addWidget(route);
    }
    column->addLayout(choices);
    connect(
        m_group, &QButtonGroup::idClicked, this, [this](int id) { choose(DeploymentChoice(id)); });

    m_nominee = addNameField(tr("Who the money is paid to, if not you (nominee)"),
        tr("For example a family member who looks after the bank account for you. Leave this "
           "empty if the money is paid to you."),
        Nominee, &Deployment::nominee, &m_nomineeBlock);
    m_isfProvider = addNameField(tr("The provider who holds the money"),
        tr("The care provider you chose, for example a home care agency."), IsfProvider,
        &Deployment::isfProvider, &m_isfBlock);
    m_thirdParty = addNameField(tr("Who manages the money for you"),
        tr("A person you trust, or an organisation such as a direct payment support service."),
        ThirdParty, &Deployment::thirdParty, &m_thirdPartyBlock);

    // Shown when one way is chosen but some support is paid another way.
    auto* mismatchRow = new QVBoxLayout;
    m_mismatch->setWordWrap(true);
    m_mismatch->setTextFormat(Qt::PlainText);
    m_mismatch->setObjectName(QStringLiteral("mismatch"));
    mismatchRow->addWidget(m_mismatch);
    auto* moveRow = new QHBoxLayout;
    m_moveAll->setMinimumHeight(44);
    moveRow->addWidget(m_moveAll);
    moveRow->addStretch(1);
    mismatchRow->addLayout(moveRow);
    column->addLayout(mismatchRow);
    connect(m_moveAll, &QPushButton::clicked, this, [this] {
        const DeploymentChoice chosen = this->session()->plan().deployment.choice;
        if (m_editable && chosen != DeploymentChoice::Mixed) {
            const Route route = defaultRoute(chosen);
            moveItems(itemsPaidOtherwise(route), route, std::nullopt);
        }
    });

    column->addWidget(new Heading(tr("How your support is paid for"), 2, this));
    m_noSupport->setWordWrap(true);
    m_noSupport->setText(tr("When you add support under “My support”, you will see here "
                            "how much is paid each way."));
    column->addWidget(m_noSupport);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    column->addWidget(m_sentence);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new TotalRuleDelegate(m_table));
    m_table->setAccessibleName(tr("How your support is paid for, a year"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RouteSplitModel::Way, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        RouteSplitModel::AmountAYear, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        RouteSplitModel::Share, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Always as tall as its rows: the page scrolls, never the table.
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column->addWidget(m_table);

    refresh();
}

QString MoneyManagementStep::stepTitle() const
{
    return tr("How my money is managed");
}

QLineEdit* MoneyManagementStep::addNameField(const QString& label, const QString& hint, Field field,
    QString Deployment::*member, QWidget** block)
{
    *block = new QWidget(this);
    auto* layout = new QVBoxLayout(*block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* labelWidget = new QLabel(label, *block);
    labelWidget->setWordWrap(true);
    auto* hintLabel = new QLabel(hint, *block);
    hintLabel->setObjectName(QStringLiteral("hint"));
    hintLabel->setWordWrap(true);
    auto* edit = new QLineEdit(*block);
    edit->setAccessibleName(label);
    edit->setAccessibleDescription(hint);
    labelWidget->setBuddy(edit);
    layout->addWidget(labelWidget);
    layout->addWidget(hintLabel);
    layout->addWidget(edit);
    (*block)->hide();
    connect(edit, &QLineEdit::textEdited, this,
        [this, field, member](const QString& text) { editNames(field, member, text); });
    return edit;
}

void MoneyManagementStep::editNames(Field field, QString Deployment::*member, const QString& text)
{
    const Deployment before = session()->plan().deployment;
    Deployment after = before;
    after.*member = text;
    if (after == before) {
        return;
    }
    push(new EditDeploymentCommand(
        session(), before, after, tr("change who holds the money"), int(field)));
}

void MoneyManagementStep::choose(DeploymentChoice choice)
{
    const Deployment before = session()->plan().deployment;
    if (!m_editable || choice == before.choice) {
        refresh();
        return;
    }
    Deployment after = before;
    after.choice = choice;
    if (choice != DeploymentChoice::Mixed) {
        const Route route = defaultRoute(choice);
        const QList<int> others = itemsPaidOtherwise(route);
        if (!others.isEmpty()) {
            MoveSupportDialog dialog(ModelLabels::deployment(choice), describeItems(others), this);
            switch (dialog.ask()) {
            case MoveSupportDialog::Decision::Cancel:
                refresh(); // the choice goes back to what it was
                m_choices.value(int(before.choice))->radio()->setFocus(Qt::OtherFocusReason);
                return;
            case MoveSupportDialog::Decision::MoveAll:
                moveItems(others, route, after);
                return;
            case MoveSupportDialog::Decision::KeepItems:
                break;
            }
        }
    }
    push(
        new EditDeploymentCommand(session(), before, after, tr("change how the money is managed")));
}

QList<int> MoneyManagementStep::itemsPaidOtherwise(Route route) const
{
    QList<int> keys;
    for (const SupportItem& item : session()->plan().items) {
        if (!item.costsNothing() && item.route != route) {
            keys.append(item.key);
        }
    }
    return keys;
}

QStringList MoneyManagementStep::describeItems(const QList<int>& keys) const
{
    constexpr int kShown = 5;
    QStringList lines;
    for (int key : keys) {
        if (lines.size() == kShown) {
            lines.append(tr("and %1 more").arg(keys.size() - kShown));
            break;
        }
        if (const SupportItem* item = session()->plan().item(key)) {
            lines.append(
                tr("%1: %2").arg(itemName(*item), ModelLabels::routeExplained(item->route)));
        }
    }
    return lines;
}

void MoneyManagementStep::moveItems(
    const QList<int>& keys, Route route, std::optional<Deployment> deployment)
{
    if (keys.isEmpty() && !deployment) {
        return;
    }
    QUndoStack* stack = session()->undoStack();
    stack->beginMacro(deployment ? tr("change how the money is managed")
                                 : tr("pay for all support the same way"));
    for (int key : keys) {
        const SupportItem* current = session()->plan().item(key);
        if (current == nullptr) {
            continue;
        }
        const SupportItem before = *current;
        SupportItem after = before;
        after.route = route;
        push(
            new EditSupportItemCommand(session(), before, after, tr("change how support is paid")));
    }
    if (deployment) {
        push(new EditDeploymentCommand(session(), session()->plan().deployment, *deployment,
            tr("change how the money is managed")));
    }
    stack->endMacro();
}

void MoneyManagementStep::refresh()
{
    const Deployment& d = session()->plan().deployment;
    if (RouteChoice* chosen = m_choices.value(int(d.choice))) {
        fieldsync::setChecked(chosen->radio(), true);
    }
    fieldsync::setText(m_nominee, d.nominee);
    fieldsync::setText(m_isfProvider, d.isfProvider);
    fieldsync::setText(m_thirdParty, d.thirdParty);
    placeNameFields();

    const QList<int> others = d.choice == DeploymentChoice::Mixed
        ? QList<int>()
        : itemsPaidOtherwise(defaultRoute(d.choice));
    if (others.isEmpty()) {
        m_mismatch->clear();
    } else {
        m_mismatch->setText(tr("Some of your support is paid another way: %1.")
                                .arg(describeItems(others).join(QStringLiteral("; "))));
    }
    m_mismatch->setVisible(!others.isEmpty());
    m_moveAll->setVisible(!others.isEmpty() && m_editable);
    m_moveAll->setAccessibleName(
        tr("Pay for all my support this way: %1").arg(ModelLabels::deployment(d.choice)));

    refreshSplit();
}

void MoneyManagementStep::placeNameFields()
{
    const Deployment& d = session()->plan().deployment;
    QSet<Route> used;
    for (const SupportItem& item : session()->plan().items) {
        used.insert(item.route);
    }
    // Where each name goes: under the chosen way, or under "A mix of these"
    // for the ways the support uses (and any name already given).
    const auto target = [&](DeploymentChoice single, Route route, const QString& name) {
        if (d.choice == single) {
            return single;
        }
        if (d.choice == DeploymentChoice::Mixed
            && (route == Route::DirectPayment || used.contains(route) || !name.isEmpty())) {
            return DeploymentChoice::Mixed;
        }
        return DeploymentChoice::CouncilManaged; // needs no name: hidden
    };
    const std::pair<QWidget*, DeploymentChoice> places[] = {
        {m_nomineeBlock, target(DeploymentChoice::DirectPayment, Route::DirectPayment, d.nominee)},
        {m_isfBlock,
            target(DeploymentChoice::IndividualServiceFund, Route::IndividualServiceFund,
                d.isfProvider)},
        {m_thirdPartyBlock, target(DeploymentChoice::ThirdParty, Route::ThirdParty, d.thirdParty)},
    };

    // Move the names only when one has to go somewhere else: moving takes
    // a field away from the person typing in it.
    QHash<int, int> shownUnder;
    bool moved = false;
    for (const auto& [block, choice] : places) {
        if (choice != DeploymentChoice::CouncilManaged) {
            shownUnder[int(choice)] += 1;
            moved = moved || !m_choices.value(int(choice))->isAncestorOf(block);
        }
    }
    if (moved) {
        for (const auto& [block, choice] : places) {
            if (QWidget* holder = block->parentWidget(); holder && holder->layout()) {
                holder->layout()->removeWidget(block);
            }
            if (choice != DeploymentChoice::CouncilManaged) {
                // In this order: nominee, provider, third party.
                m_choices.value(int(choice))->revealLayout()->addWidget(block);
            }
        }
    }
    for (const auto& [block, choice] : places) {
        block->setVisible(choice != DeploymentChoice::CouncilManaged);
    }
    for (DeploymentChoice choice : kChoices) {
        m_choices.value(int(choice))->setRevealed(shownUnder.value(int(choice)) > 0);
    }
    if (!moved && !m_tabOrderStale) {
        return;
    }
    m_tabOrderStale = false;

    // Tab order follows reading order: each way, then the names under it.
    QWidget* previous = nullptr;
    const auto chain = [&previous](QWidget* next) {
        if (previous) {
            setTabOrder(previous, next);
        }
        previous = next;
    };
    for (DeploymentChoice choice : kChoices) {
        chain(m_choices.value(int(choice))->radio());
        for (const auto& [block, under] : places) {
            if (under == choice && choice != DeploymentChoice::CouncilManaged) {
                chain(block->findChild<QLineEdit*>());
            }
        }
    }
    chain(m_moveAll);
    chain(m_table);
}

void MoneyManagementStep::refreshSplit()
{
    m_model->setTotals(session()->totals());
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_noSupport->setVisible(!any);
    const QString sentence = splitSentenceText();
    m_sentence->setText(sentence);
    m_sentence->setVisible(!sentence.isEmpty());
    m_table->setAccessibleDescription(sentence);
}

QString MoneyManagementStep::splitSentenceText() const
{
    const PlanTotals& totals = session()->totals();
    const Deployment& d = session()->plan().deployment;
    const MoneyFormatter money;
    QStringList parts;
    for (const auto& route : totals.routes()) {
        if (route.yearly.isZero()) {
            continue;
        }
        const QString amount =
            money.format(route.yearly, Period::Year, MoneyFormatter::Pence::Never);
        switch (route.route) {
        case Route::DirectPayment:
            parts.append(d.nominee.trimmed().isEmpty()
                    ? tr("%1 is paid to you").arg(amount)
                    : tr("%1 is paid to %2 for you").arg(amount, d.nominee.trimmed()));
            break;
        case Route::CouncilManaged:
            parts.append(tr("%1 the council arranges").arg(amount));
            break;
        case Route::IndividualServiceFund:
            parts.append(d.isfProvider.trimmed().isEmpty()
                    ? tr("%1 is held for you by a provider").arg(amount)
                    : tr("%1 is held for you by %2").arg(amount, d.isfProvider.trimmed()));
            break;
        case Route::ThirdParty:
            parts.append(d.thirdParty.trimmed().isEmpty()
                    ? tr("%1 is managed for you by someone else").arg(amount)
                    : tr("%1 is managed for you by %2").arg(amount, d.thirdParty.trimmed()));
            break;
        }
    }
    // One way alone is said by the table; the sentence is for a mix.
    if (parts.size() < 2) {
        return {};
    }
    return tr("%1.").arg(parts.join(QStringLiteral("; ")));
}

void MoneyManagementStep::setEditable(bool editable)
{
    m_editable = editable;
    for (RouteChoice* choice : std::as_const(m_choices)) {
        choice->radio()->setEnabled(editable);
    }
    // Names stay readable and can be copied; they can't be changed.
    for (QLineEdit* edit : {m_nominee, m_isfProvider, m_thirdParty}) {
        edit->setReadOnly(!editable);
    }
    m_moveAll->setVisible(editable && !m_mismatch->text().isEmpty());
}

bool MoneyManagementStep::handles(FindingTarget target) const
{
    return target == FindingTarget::Deployment;
}

void MoneyManagementStep::showTarget(FindingTarget target, int)
{
    if (target != FindingTarget::Deployment) {
        return;
    }
    const DeploymentChoice chosen = session()->plan().deployment.choice;
    if (RouteChoice* choice = m_choices.value(int(chosen))) {
        choice->radio()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace pb::ui
