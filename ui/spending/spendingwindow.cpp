#include "spending/spendingwindow.h"

#include "appearance.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "plan/plansession.h"
#include "spending/spendingpage.h"
#include "spending/spendingsession.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pb::ui {

SpendingWindow* SpendingWindow::open(Database& db, PlanSession* plan, QWidget* parent, Error* error)
{
    auto session = SpendingSession::open(db, plan, error);
    if (!session) {
        return nullptr;
    }
    auto* window = new SpendingWindow(std::move(session), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(plan, &QObject::destroyed, window, &QWidget::close);
    return window;
}

SpendingWindow::SpendingWindow(std::unique_ptr<SpendingSession> session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(std::move(session))
    , m_page(new SpendingPage(m_session.get(), this))
    , m_back(new QPushButton(
          Appearance::icon(QStringLiteral(":/icons/support.svg")), tr("Back to my plan"), this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_redo(new QPushButton(tr("Redo"), this))
    , m_message(new QLabel(this))
{
    const QString name = m_session->person().name.simplified();
    setWindowTitle(name.isEmpty() ? tr("Keep track of the money")
                                  : tr("Keep track of the money – %1").arg(name));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_back->setAccessibleName(tr("Back to my plan (closes this window)"));
    m_back->setToolTip(tr("Close this window and go back to the plan (Ctrl+W)"));
    m_back->setMinimumHeight(44);
    top->addWidget(m_back);
    top->addStretch(1);
    for (QPushButton* b : {m_undo, m_redo}) {
        b->setMinimumHeight(44);
        top->addWidget(b);
    }
    layout->addLayout(top);
    connect(m_back, &QPushButton::clicked, this, &QWidget::close);

    m_message->setObjectName(QStringLiteral("fieldError"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_session.get(), &SpendingSession::editFailed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(m_session.get(), &SpendingSession::changed, m_message, &QWidget::hide);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_page);
    layout->addWidget(scroll, 1);

    // Undo and redo of the payment edits, with the keys people expect.
    QUndoStack* stack = m_session->undoStack();
    auto* undo = new QAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    auto* redo = new QAction(this);
    redo->setShortcuts(QKeySequence::Redo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto* closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    // F1: this window's help page, as on the main window's pages.
    auto* help = new QAction(this);
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this, [this] {
        if (m_help == nullptr) {
            m_help = new HelpWindow(this);
        }
        m_help->showTopic(HelpTopics::forPage(this));
    });
    addActions({undo, redo, closeAction, help});
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &SpendingWindow::updateUndoButtons);
    connect(stack, &QUndoStack::cleanChanged, this, &SpendingWindow::updateUndoButtons);
    updateUndoButtons();

    const int em = fontMetrics().averageCharWidth();
    QSize wanted(em * 130, fontMetrics().height() * 48);
    if (const QScreen* s = screen()) {
        wanted = wanted.boundedTo(s->availableSize() * 9 / 10);
    }
    resize(wanted);
    m_page->addButton()->setFocus(Qt::OtherFocusReason);
}

SpendingWindow::~SpendingWindow() = default;

void SpendingWindow::updateUndoButtons()
{
    QUndoStack* stack = m_session->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    //: %1 what would be undone, e.g. "Undo add a payment"
    m_undo->setText(stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Undo"));
    m_redo->setText(stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Redo"));
    m_undo->setAccessibleName(m_undo->text());
    m_redo->setAccessibleName(m_redo->text());
    m_undo->setToolTip(tr("Ctrl+Z"));
    m_redo->setToolTip(tr("Ctrl+Shift+Z"));
}

} // namespace pb::ui
