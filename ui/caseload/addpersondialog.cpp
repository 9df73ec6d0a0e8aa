#include "caseload/addpersondialog.h"

#include "widgets/heading.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

AddPersonDialog::AddPersonDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a person"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new Heading(tr("Who is this plan for?"), 1, this));
    auto* label = new QLabel(tr("Their &name"), this);
    label->setBuddy(m_name);
    layout->addWidget(label);
    m_name->setAccessibleName(tr("Their name"));
    layout->addWidget(m_name);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    auto* add = buttons->addButton(tr("Add this person"), QDialogButtonBox::AcceptRole);
    add->setDefault(true);
    add->setAccessibleName(tr("Add this person"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AddPersonDialog::name() const
{
    return m_name->text().trimmed();
}

void AddPersonDialog::accept()
{
    if (name().isEmpty()) {
        m_error->setText(tr("Enter the person's name"));
        m_error->show();
        m_name->setAccessibleDescription(m_error->text());
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pb::ui
