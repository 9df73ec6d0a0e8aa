#include "plan/planpage.h"

#include "appearance.h"
#include "plan/plansession.h"
#include "plan/stepfactory.h"
#include "plan/steppage.h"
#include "spending/spendingwindow.h"
#include "widgets/heading.h"
#include "widgets/runningtotal.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pb::ui {

PlanPage::PlanPage(QWidget* parent)
    : QWidget(parent)
    , m_personName(new Heading(QString(), 2, this))
    , m_message(new QLabel(this))
    , m_frozenBanner(new QLabel(this))
    , m_newVersion(new QPushButton(tr("Make a new version"), this))
    , m_review(new QPushButton(tr("Review this plan"), this))
    , m_trackMoney(new QPushButton(Appearance::icon(QStringLiteral(":/icons/budget.svg")),
          tr("Keep track of the money"), this))
    , m_stepList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_total(new RunningTotal(this))
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* caseload = new QPushButton(
        Appearance::icon(QStringLiteral(":/icons/caseload.svg")), tr("All people"), this);
    caseload->setAccessibleName(tr("Back to all people"));
    caseload->setToolTip(tr("Back to the list of everyone (the caseload)"));
    connect(caseload, &QPushButton::clicked, this, &PlanPage::backToCaseload);
    // Tab order follows reading order: this button (made after the others),
    // the banner's button, the step list; then the step, Back and Next (see
    // buildSteps).
    setTabOrder(caseload, m_newVersion);
    setTabOrder(m_newVersion, m_stepList);
    top->addWidget(caseload);
    top->addWidget(m_personName, 1);
    layout->addLayout(top);

    m_message->setObjectName(QStringLiteral("fieldError"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* frozen = new QHBoxLayout;
    m_frozenBanner->setWordWrap(true);
    frozen->addWidget(m_frozenBanner, 1);
    m_newVersion->setAccessibleName(tr("Make a new version of this plan"));
    frozen->addWidget(m_newVersion);
    m_review->setAccessibleName(tr("Review this plan: how things have gone since it was agreed"));
    m_review->setObjectName(QStringLiteral("primary"));
    m_review->setMinimumHeight(44);
    frozen->addWidget(m_review);
    setTabOrder(m_newVersion, m_review);
    connect(m_review, &QPushButton::clicked, this, &PlanPage::reviewRequested);
    m_trackMoney->setAccessibleName(tr("Keep track of the money: what has been spent"));
    m_trackMoney->setMinimumHeight(44);
    frozen->addWidget(m_trackMoney);
    setTabOrder(m_review, m_trackMoney);
    connect(m_trackMoney, &QPushButton::clicked, this, &PlanPage::trackMoney);
    layout->addLayout(frozen);
    connect(m_newVersion, &QPushButton::clicked, this, [this] {
        if (m_session) {
            m_session->makeNewVersion();
        }
    });

    auto* middle = new QHBoxLayout;
    m_stepList->setAccessibleName(tr("Steps of the plan"));
    m_stepList->setIconSize(QSize(32, 32));
    m_stepList->setSpacing(2);
    m_stepList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_stepList->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    middle->addWidget(m_stepList);
    middle->addWidget(m_stack, 1);
    layout->addLayout(middle, 1);
    connect(m_stepList, &QListWidget::currentRowChanged, this, &PlanPage::goToStep);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    layout->addWidget(line);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_total, 1);
    m_back->setAccessibleName(tr("Back to the previous step"));
    m_next->setAccessibleName(tr("Next step"));
    // Alt+B and Alt+N, as in any step-by-step window. Shortcuts of their
    // own: a button's shortcut is reset whenever its words change, and
    // Next's words say where it goes (so the key is not underlined in them).
    for (const auto& [button, key] :
        {std::pair {m_back, Qt::Key_B}, std::pair {m_next, Qt::Key_N}}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | key), this);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    m_back->setToolTip(tr("Go back to the previous step (Alt+B)"));
    m_next->setToolTip(tr("Go on to the next step (Alt+N)"));
    m_next->setObjectName(QStringLiteral("primary"));
    for (QPushButton* button : {m_back, m_next}) {
        button->setMinimumHeight(44);
        button->setMinimumWidth(100);
        bottom->addWidget(button);
    }
    layout->addLayout(bottom);
    connect(m_back, &QPushButton::clicked, this, [this] { goToStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToStep(currentStep() + 1); });
}

PlanPage::~PlanPage() = default;

void PlanPage::setSession(PlanSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    buildSteps();
    if (!session) {
        return;
    }
    connect(session, &PlanSession::changed, this, &PlanPage::refresh);
    connect(session, &PlanSession::editFailed, this, &PlanPage::showMessage);
    for (StepPage* step : m_steps) {
        step->setEditable(!session->isFrozen());
    }
    refresh();
    goToStep(0);
    // A plan opens with the focus on the step list: it says where you are,
    // and Tab goes on into the step. (Otherwise the focus would stay with a
    // button of the page just hidden, or go wherever the stack puts it.)
    m_stepList->setFocus(Qt::OtherFocusReason);
}

void PlanPage::buildSteps()
{
    while (m_stack->count() > 0) {
        QWidget* w = m_stack->widget(0);
        m_stack->removeWidget(w);
        w->deleteLater();
    }
    m_stepList->clear();
    m_steps.clear();
    if (!m_session) {
        return;
    }
    m_steps = StepFactory::create(m_session);
    for (int i = 0; i < m_steps.size(); ++i) {
        StepPage* step = m_steps[i];
        connect(step, &StepPage::findingActivated, this, &PlanPage::showFinding);
        connect(step, &StepPage::stepRequested, this, &PlanPage::showStep);
        auto* scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // Not a stop of its own in the tab order: it would take the focus
        // with nothing to show it. It still scrolls to the field with the
        // focus.
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setWidget(step);
        m_stack->addWidget(scroll);
        auto* item = new QListWidgetItem(
            Appearance::icon(step->iconPath()), tr("%1. %2").arg(i + 1).arg(step->stepTitle()));
        item->setSizeHint(QSize(item->sizeHint().width(), 44));
        m_stepList->addItem(item);
    }
    // The steps are made after Back and Next, so they would come after them
    // in the tab order (and after the step list's neighbours): put the
    // buttons after the last step's last widget.
    QWidget* last = m_stepList;
    for (QWidget* w = m_stepList->nextInFocusChain(); w != m_stepList; w = w->nextInFocusChain()) {
        if (m_stack->isAncestorOf(w)) {
            last = w;
        }
    }
    setTabOrder(last, m_back);
    setTabOrder(m_back, m_next);
}

void PlanPage::refresh()
{
    m_message->hide();
    m_personName->setText(
        m_session->person().name.isEmpty() ? tr("New plan") : m_session->person().name);
    const bool frozen = m_session->isFrozen();
    const Plan& plan = m_session->plan();
    m_frozenBanner->setText(frozen
            ? tr("Version %1 of this plan was agreed on %2, so it can't be changed. "
                 "To change it, make a new version.")
                  .arg(plan.version)
                  .arg(QLocale().toString(plan.agreedAt.date(), QStringLiteral("d MMMM yyyy")))
            : QString());
    m_frozenBanner->setVisible(frozen);
    m_newVersion->setVisible(frozen && plan.status == PlanStatus::Agreed);
    m_review->setVisible(plan.status == PlanStatus::Agreed);
    m_trackMoney->setVisible(plan.status == PlanStatus::Agreed);
    m_total->show(m_session->totals());
}

int PlanPage::stepCount() const
{
    return int(m_steps.size());
}
int PlanPage::currentStep() const
{
    return m_stack->currentIndex();
}
StepPage* PlanPage::step(int index) const
{
    return m_steps.value(index);
}

void PlanPage::goToStep(int index)
{
    if (index < 0 || index >= m_stack->count()) {
        return;
    }
    m_stack->setCurrentIndex(index);
    if (m_stepList->currentRow() != index) {
        m_stepList->setCurrentRow(index);
    }
    updateButtons();
}

void PlanPage::updateButtons()
{
    const int index = currentStep();
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_stack->count());
    if (index + 1 < m_steps.size()) {
        m_next->setText(tr("Next: %1").arg(m_steps[index + 1]->stepTitle()));
    } else {
        m_next->setText(tr("Next"));
    }
}

void PlanPage::showFinding(FindingTarget target, int key)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i]->handles(target)) {
            goToStep(i);
            m_steps[i]->showTarget(target, key);
            return;
        }
    }
}

void PlanPage::showStep(const QMetaObject* step)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i]->metaObject() == step) {
            goToStep(i);
            return;
        }
    }
}

void PlanPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void PlanPage::trackMoney()
{
    if (!m_session) {
        return;
    }
    if (auto* open = findChild<SpendingWindow*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    Error error;
    SpendingWindow* window = SpendingWindow::open(m_session->database(), m_session, this, &error);
    if (!window) {
        showMessage(error.message);
        return;
    }
    window->show();
}

} // namespace pb::ui
