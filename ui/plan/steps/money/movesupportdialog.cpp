#include "plan/steps/money/movesupportdialog.h"

#include "widgets/heading.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

MoveSupportDialog::MoveSupportDialog(const QString& way, const QStringList& others, QWidget* parent)
    : QDialog(parent)
    , m_moveAll(new QPushButton(tr("Pay for all of it this way"), this))
    , m_keep(new QPushButton(tr("Keep each as it is"), this))
    , m_cancel(new QPushButton(tr("Don't change anything"), this))
{
    setWindowTitle(tr("Pay for all your support this way?"));
    setObjectName(QStringLiteral("moveSupportDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(24, 24, 24, 24);

    auto* heading = new Heading(tr("Pay for all your support this way?"), 2, this);
    layout->addWidget(heading);

    auto* chosen = new QLabel(tr("You chose: %1.").arg(way), this);
    chosen->setWordWrap(true);
    chosen->setTextFormat(Qt::PlainText);
    layout->addWidget(chosen);

    auto* intro = new QLabel(tr("Some of your support is paid another way:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QStringList lines;
    for (const QString& other : others) {
        lines.append(QStringLiteral("• ") + other);
    }
    auto* list = new QLabel(lines.join(QLatin1Char('\n')), this);
    list->setWordWrap(true);
    list->setTextFormat(Qt::PlainText);
    list->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(list);

    auto* question = new QLabel(tr("Do you want all of your support paid this way? You can change "
                                   "each piece of support later under “My support”, and "
                                   "you can undo this."),
        this);
    question->setWordWrap(true);
    layout->addWidget(question);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    for (QPushButton* button : {m_moveAll, m_keep, m_cancel}) {
        button->setMinimumHeight(44);
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->insertStretch(2, 1);
    m_moveAll->setDefault(true);
    m_moveAll->setObjectName(QStringLiteral("primary"));
    layout->addLayout(buttons);

    // Wide enough that the list reads as lines, not as a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    setAccessibleName(windowTitle());
    setAccessibleDescription(chosen->text() + QLatin1Char(' ') + intro->text() + QLatin1Char(' ')
        + others.join(QStringLiteral("; ")));

    connect(m_moveAll, &QPushButton::clicked, this, [this] {
        m_decision = Decision::MoveAll;
        accept();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_decision = Decision::KeepItems;
        accept();
    });
    // Escape rejects, which leaves the decision at Cancel.
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_moveAll->setFocus();
}

MoveSupportDialog::Decision MoveSupportDialog::ask()
{
    m_decision = Decision::Cancel;
    exec();
    return m_decision;
}

} // namespace pb::ui
