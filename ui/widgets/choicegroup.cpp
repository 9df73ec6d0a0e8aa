#include "widgets/choicegroup.h"

#include "widgets/choiceoption.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pb::ui {

ChoiceGroup::ChoiceGroup(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    connect(m_group, &QButtonGroup::idClicked, this, &ChoiceGroup::chosenByPerson);
}

ChoiceOption* ChoiceGroup::addOption(int id, const QString& label, const QString& hint)
{
    auto* option = new ChoiceOption(label, hint, this);
    option->button()->setEnabled(!m_readOnly);
    m_group->addButton(option->button(), id);
    m_layout->addWidget(option);
    m_options.append(option);
    m_shown = int(m_options.size());
    return option;
}

void ChoiceGroup::reserve(int count)
{
    const int shown = m_shown;
    while (m_options.size() < count) {
        addOption(int(m_options.size()), QString())->hide();
    }
    m_shown = shown;
}

void ChoiceGroup::setOptions(const QStringList& labels)
{
    setChosen(-1);
    reserve(int(labels.size()));
    for (int i = 0; i < m_options.size(); ++i) {
        m_group->setId(m_options[i]->button(), i);
        if (i < labels.size()) {
            m_options[i]->setText(labels[i]);
        }
        m_options[i]->setVisible(i < labels.size());
    }
    m_shown = int(labels.size());
}

void ChoiceGroup::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (ChoiceOption* option : std::as_const(m_options)) {
        option->button()->setEnabled(!readOnly);
    }
}

int ChoiceGroup::count() const
{
    return m_shown;
}

ChoiceOption* ChoiceGroup::option(int id) const
{
    for (ChoiceOption* option : options()) {
        if (m_group->id(option->button()) == id) {
            return option;
        }
    }
    return nullptr;
}

QList<ChoiceOption*> ChoiceGroup::options() const
{
    return m_options.mid(0, m_shown);
}

int ChoiceGroup::chosen() const
{
    return m_group->checkedId();
}

void ChoiceGroup::setChosen(int id)
{
    if (m_group->checkedId() == id) {
        return;
    }
    if (ChoiceOption* option = this->option(id)) {
        const QSignalBlocker block(option->button());
        option->button()->setChecked(true);
        return;
    }
    // An exclusive group keeps one button checked; to show "not answered
    // yet" it has to let go for a moment.
    m_group->setExclusive(false);
    for (ChoiceOption* option : m_options) {
        const QSignalBlocker block(option->button());
        option->button()->setChecked(false);
    }
    m_group->setExclusive(true);
}

} // namespace pb::ui
