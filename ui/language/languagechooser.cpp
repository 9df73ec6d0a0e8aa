#include "language/languagechooser.h"

#include "language/languages.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace pb::ui {

LanguageChooser::LanguageChooser(const QString& current, QWidget* parent)
    : QWidget(parent)
    , m_list(new QComboBox(this))
    , m_use(new QPushButton(tr("&Use this language"), this))
    , m_current(current)
{
    m_list->setAccessibleName(tr("Language"));
    m_list->setToolTip(tr("The language of the program, its help and the plans it prints"));
    m_list->addItem(
        tr("The computer's language (%1)").arg(Languages::forLocale(QLocale::system()).name),
        QString());
    for (const Language& language : Languages::available()) {
        m_list->addItem(language.name, language.code);
    }
    const int index = m_list->findData(current);
    m_list->setCurrentIndex(index >= 0 ? index : 0);
    m_use->setAccessibleName(tr("Use the language chosen in the list"));
    m_use->setEnabled(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_use);
    setFocusProxy(m_list); // the "Language" label's buddy: its key reaches the list

    connect(m_list, &QComboBox::currentIndexChanged, this,
        [this] { m_use->setEnabled(m_list->currentData().toString() != m_current); });
    connect(m_use, &QPushButton::clicked, this,
        [this] { emit chosen(m_list->currentData().toString()); });
}

} // namespace pb::ui
