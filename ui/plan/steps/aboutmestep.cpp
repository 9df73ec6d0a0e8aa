#include "plan/steps/aboutmestep.h"

#include "commands/editpersoncommand.h"
#include "plan/plansession.h"
#include "widgets/checkboxtext.h"
#include "widgets/fieldsync.h"
#include "widgets/heading.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pb::ui {

AboutMeStep::AboutMeStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("About me"),
        tr("Tell us who this plan is for and how to get in touch. You can change this at any "
           "time."),
        parent)
{
    content()->addWidget(new Heading(tr("Me"), 2, this));
    m_name = addLine(tr("My name"), tr("The name you like to be called"), Name, &Person::name);
    m_helper = addLine(tr("Who helps me with this plan"),
        tr("For example a family member, a friend or a support planner"), Helper,
        &Person::helperName);
    m_language = addLine(tr("The language I prefer"),
        tr("For example English, Cymraeg, Polski or اردو"), Language, &Person::preferredLanguage);

    content()->addWidget(new Heading(tr("How to get in touch"), 2, this));
    m_phone = addLine(tr("Phone"), QString(), Phone, &Person::phone);
    m_email = addLine(tr("Email"), QString(), Email, &Person::email);

    auto* addressLabel = new QLabel(tr("Address"), this);
    m_address = new QPlainTextEdit(this);
    m_address->setTabChangesFocus(true);
    m_address->setAccessibleName(tr("Address"));
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 5);
    addressLabel->setBuddy(m_address);
    content()->addWidget(addressLabel);
    content()->addWidget(m_address);
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_address->toPlainText();
        edit(Address, [&](Person& p) { p.address = text; });
    });

    content()->addWidget(new Heading(tr("Reading my plan"), 2, this));
    m_easyRead =
        new QCheckBox(CheckBoxText::wrapped(
                          tr("I would like my plan in easy-read, with large text and pictures")),
            this);
    m_easyRead->setAccessibleName(tr("I would like easy-read"));
    content()->addWidget(m_easyRead);
    connect(m_easyRead, &QCheckBox::toggled, this,
        [this](bool on) { edit(EasyRead, [&](Person& p) { p.wantsEasyRead = on; }); });

    refresh();
}

QString AboutMeStep::stepTitle() const
{
    return tr("About me");
}

QLineEdit* AboutMeStep::addLine(
    const QString& label, const QString& hint, Field field, QString Person::*member)
{
    auto* labelWidget = new QLabel(label, this);
    auto* edit = new QLineEdit(this);
    edit->setAccessibleName(label);
    labelWidget->setBuddy(edit);
    content()->addWidget(labelWidget);
    if (!hint.isEmpty()) {
        auto* hintLabel = new QLabel(hint, this);
        hintLabel->setObjectName(QStringLiteral("hint"));
        hintLabel->setWordWrap(true);
        edit->setAccessibleDescription(hint);
        content()->addWidget(hintLabel);
    }
    content()->addWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field, member](const QString& text) {
        this->edit(field, [&](Person& p) { p.*member = text; });
    });
    m_lines.append({edit, member});
    return edit;
}

void AboutMeStep::edit(Field field, const std::function<void(Person&)>& change)
{
    const Person before = session()->person();
    Person after = before;
    change(after);
    if (after == before) {
        return;
    }
    push(new EditPersonCommand(session(), before, after, tr("change your details"), field));
}

void AboutMeStep::refresh()
{
    const Person& p = session()->person();
    for (const auto& [edit, member] : m_lines) {
        fieldsync::setText(edit, p.*member);
    }
    fieldsync::setText(m_address, p.address);
    fieldsync::setChecked(m_easyRead, p.wantsEasyRead);
}

void AboutMeStep::setEditable(bool)
{
    // About me describes the person, not a version of the plan: it can always
    // be changed, even when the plan is agreed.
}

} // namespace pb::ui
