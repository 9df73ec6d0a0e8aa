#include "dialogs/preferencesdialog.h"

#include "appearance.h"
#include "appsettings.h"
#include "widgets/checkboxtext.h"
#include "widgets/heading.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pb::ui {

namespace {
// The View menu's steps, so both ways of choosing reach the same sizes.
constexpr int kTextStep = 20;
} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_textSize(new QComboBox(this))
    , m_highContrast(
          new QCheckBox(CheckBoxText::wrapped(tr("Use &high contrast: black text on white")), this))
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(new Heading(tr("How the program looks"), 1, this));
    auto* intro = new QLabel(tr("Changes apply straight away and are kept for next time."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (int percent = AppSettings::kSmallestTextPercent;
         percent <= AppSettings::kLargestTextPercent; percent += kTextStep) {
        //: a text size, as a percentage of the desktop's own
        m_textSize->addItem(tr("%1%").arg(percent), percent);
    }
    auto* sizeLabel = new QLabel(tr("&Text size"), this);
    sizeLabel->setBuddy(m_textSize);
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setAccessibleDescription(tr("Also View, Larger text (Ctrl+Plus) and Smaller text "
                                            "(Ctrl+Minus)."));
    m_form->addRow(sizeLabel, m_textSize);

    m_highContrast->setAccessibleName(tr("Use high contrast"));
    auto* contrastHint = new QLabel(
        tr("Strong colours and a yellow mark on what is chosen, for people who find pale text "
           "hard to read."),
        this);
    contrastHint->setObjectName(QStringLiteral("hint"));
    contrastHint->setWordWrap(true);
    m_form->addRow(m_highContrast);
    m_form->addRow(contrastHint);
    // Language chooser: added here by addLanguageChooser(), after these rows.
    layout->addLayout(m_form);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setAccessibleName(tr("Close preferences"));
    m_close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showCurrent();
    connect(m_textSize, &QComboBox::currentIndexChanged, this, &PreferencesDialog::textSizeChosen);
    connect(m_highContrast, &QCheckBox::toggled, this, &PreferencesDialog::highContrastToggled);
}

void PreferencesDialog::addLanguageChooser(QWidget* chooser)
{
    auto* label = new QLabel(tr("&Language"), this);
    label->setBuddy(chooser);
    if (chooser->accessibleName().isEmpty()) {
        chooser->setAccessibleName(tr("Language"));
    }
    m_form->addRow(label, chooser);
}

void PreferencesDialog::showEvent(QShowEvent* event)
{
    // The View menu may have changed the size since the dialog was made.
    showCurrent();
    QDialog::showEvent(event);
}

bool PreferencesDialog::event(QEvent* event)
{
    // View → Larger text (Ctrl+Plus) while the dialog is open: show it.
    if (event->type() == QEvent::ApplicationFontChange) {
        showCurrent();
    }
    return QDialog::event(event);
}

void PreferencesDialog::showCurrent()
{
    const AppSettings settings;
    const QSignalBlocker sizeBlocker(m_textSize);
    const QSignalBlocker contrastBlocker(m_highContrast);
    const int index = m_textSize->findData(settings.textPercent());
    m_textSize->setCurrentIndex(index >= 0 ? index : 0);
    m_highContrast->setChecked(settings.highContrast());
}

void PreferencesDialog::textSizeChosen(int index)
{
    AppSettings settings;
    settings.setTextPercent(m_textSize->itemData(index).toInt());
    Appearance::setTextPercent(settings.textPercent());
}

void PreferencesDialog::highContrastToggled(bool on)
{
    AppSettings().setHighContrast(on);
    Appearance::setHighContrast(on);
}

} // namespace pb::ui
