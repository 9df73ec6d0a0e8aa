#include "dialogs/welcomedialog.h"

#include "widgets/heading.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Personal Budget Planner"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addWidget(new Heading(tr("Welcome"), 1, this));
    auto* intro = new QLabel(
        tr("This program helps you plan how to use your personal budget for care and support. "
           "Everything you type is saved on this computer as you go."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* own = new QPushButton(tr("Start with my own plan"), this);
    own->setObjectName(QStringLiteral("primary"));
    own->setDefault(true);
    auto* example = new QPushButton(tr("Start with an example caseload to look around"), this);
    for (QPushButton* b : {own, example}) {
        b->setMinimumHeight(56);
        b->setAccessibleName(b->text());
        layout->addWidget(b);
    }
    connect(own, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OwnPlan;
        accept();
    });
    connect(example, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Example;
        accept();
    });
}

} // namespace pb::ui
