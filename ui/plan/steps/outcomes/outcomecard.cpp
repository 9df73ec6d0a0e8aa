#include "plan/steps/outcomes/outcomecard.h"

#include "model/modellabels.h"
#include "widgets/checkboxtext.h"
#include "widgets/fieldsync.h"
#include "widgets/heading.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace pb::ui {

namespace {
constexpr int kWordsLines = 3;
constexpr int kHowLines = 2;

QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setBuddy(buddy);
    return label;
}
} // namespace

OutcomeCard::OutcomeCard(int key, QWidget* parent)
    : QFrame(parent)
    , m_key(key)
    , m_heading(new Heading(QString(), 2, this))
    , m_spending(new QLabel(this))
    , m_words(new QPlainTextEdit(this))
    , m_lifeArea(new QComboBox(this))
    , m_howIWillKnow(new QPlainTextEdit(this))
    , m_topThree(
          new QCheckBox(CheckBoxText::wrapped(tr("This is one of my three most important")), this))
    , m_topThreeMessage(new QLabel(this))
    , m_lifeAreaText(new QLabel(this))
    , m_topThreeText(new QLabel(tr("This is one of my three most important"), this))
    , m_moveUp(new QPushButton(tr("Move up"), this))
    , m_moveDown(new QPushButton(tr("Move down"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setObjectName(QStringLiteral("outcomeCard"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->setContentsMargins(16, 12, 16, 12);

    layout->addWidget(m_heading);
    m_spending->setWordWrap(true);
    m_spending->setTextFormat(Qt::PlainText);
    m_spending->setObjectName(QStringLiteral("outcomeSpending"));
    layout->addWidget(m_spending);
    layout->addSpacing(6);

    layout->addWidget(fieldLabel(tr("In my own words"), m_words, this));
    m_words->setPlaceholderText(tr("For example: I want to go swimming every week with a friend"));
    m_words->setTabChangesFocus(true);
    layout->addWidget(m_words);
    connect(m_words, &QPlainTextEdit::textChanged, this,
        [this] { emit wordsEdited(m_key, m_words->toPlainText()); });

    layout->addWidget(
        fieldLabel(tr("Which part of my life it is about (life area)"), m_lifeArea, this));
    for (int i = 0; i <= int(LifeArea::CarersOwnLife); ++i) {
        m_lifeArea->addItem(ModelLabels::lifeArea(LifeArea(i)), i);
    }
    m_lifeArea->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* areaRow = new QHBoxLayout;
    areaRow->addWidget(m_lifeArea);
    m_lifeAreaText->setTextFormat(Qt::PlainText);
    m_lifeAreaText->setWordWrap(true);
    m_lifeAreaText->hide();
    areaRow->addWidget(m_lifeAreaText);
    areaRow->addStretch(1);
    layout->addLayout(areaRow);
    connect(m_lifeArea, &QComboBox::activated, this, [this](int index) {
        emit lifeAreaChosen(m_key, LifeArea(m_lifeArea->itemData(index).toInt()));
    });

    layout->addWidget(fieldLabel(tr("How I will know it is working"), m_howIWillKnow, this));
    m_howIWillKnow->setPlaceholderText(tr("For example: I have been swimming 40 times this year"));
    m_howIWillKnow->setTabChangesFocus(true);
    layout->addWidget(m_howIWillKnow);
    connect(m_howIWillKnow, &QPlainTextEdit::textChanged, this,
        [this] { emit howIWillKnowEdited(m_key, m_howIWillKnow->toPlainText()); });

    layout->addSpacing(6);
    auto* topRow = new QHBoxLayout;
    m_topThree->setMinimumHeight(44);
    topRow->addWidget(m_topThree);
    m_topThreeMessage->setObjectName(QStringLiteral("fieldError"));
    m_topThreeMessage->setWordWrap(true);
    m_topThreeMessage->setTextFormat(Qt::PlainText);
    m_topThreeMessage->hide();
    topRow->addWidget(m_topThreeMessage, 1);
    QFont bold = m_topThreeText->font();
    bold.setBold(true);
    m_topThreeText->setFont(bold);
    m_topThreeText->setWordWrap(true);
    m_topThreeText->hide();
    topRow->addWidget(m_topThreeText, 1);
    layout->addLayout(topRow);
    // `clicked` (not `toggled`) so that a refresh, which sets the box
    // quietly, never looks like the person's choice.
    connect(m_topThree, &QCheckBox::clicked, this,
        [this](bool checked) { emit topThreeClicked(m_key, checked); });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_moveUp, m_moveDown, m_remove}) {
        button->setMinimumHeight(44);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_moveUp->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_moveDown->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_moveUp->setToolTip(tr("Move this outcome up the list (Alt+Up)"));
    m_moveDown->setToolTip(tr("Move this outcome down the list (Alt+Down)"));
    m_remove->setToolTip(tr("Take this outcome out of the plan. You can undo this."));
    connect(m_moveUp, &QPushButton::clicked, this, [this] { emit moveRequested(m_key, -1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { emit moveRequested(m_key, +1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_key); });

    // The keyboard way to reorder, from anywhere in the card.
    auto* up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    auto* down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    for (QShortcut* shortcut : {up, down}) {
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(up, &QShortcut::activated, this, [this] {
        if (m_editable && m_number > 1) {
            emit moveRequested(m_key, -1);
        }
    });
    connect(down, &QShortcut::activated, this, [this] {
        if (m_editable && m_number < m_count) {
            emit moveRequested(m_key, +1);
        }
    });

    fitToTextSize();
}

void OutcomeCard::setOutcome(const Outcome& outcome, int number, int count, const QString& spending)
{
    if (number != m_number || count != m_count) {
        m_number = number;
        m_count = count;
        const QString title = tr("Outcome %1").arg(number);
        m_heading->setText(title);
        m_heading->setAccessibleName(title);
        setAccessibleName(tr("Outcome %1 of %2").arg(number).arg(count));
        m_words->setAccessibleName(tr("Outcome %1, in my own words").arg(number));
        m_lifeArea->setAccessibleName(
            tr("Outcome %1, which part of my life it is about").arg(number));
        m_howIWillKnow->setAccessibleName(
            tr("Outcome %1, how I will know it is working").arg(number));
        m_topThree->setAccessibleName(
            tr("Outcome %1 is one of my three most important").arg(number));
        m_moveUp->setAccessibleName(tr("Move outcome %1 up").arg(number));
        m_moveDown->setAccessibleName(tr("Move outcome %1 down").arg(number));
        m_remove->setAccessibleName(tr("Remove outcome %1").arg(number));
    }
    fieldsync::setText(m_words, outcome.text);
    fieldsync::setCurrentData(m_lifeArea, int(outcome.lifeArea));
    fieldsync::setText(m_howIWillKnow, outcome.howIWillKnow);
    fieldsync::setChecked(m_topThree, outcome.topThree);
    m_isTopThree = outcome.topThree;
    m_lifeAreaText->setText(ModelLabels::lifeArea(outcome.lifeArea));
    m_spending->setText(spending);
    m_spending->setAccessibleName(spending);
    m_topThreeMessage->hide();
    m_topThree->setAccessibleDescription(QString());
    setEditable(m_editable);
}

void OutcomeCard::setEditable(bool editable)
{
    m_editable = editable;
    // Read-only text stays focusable, so it can still be read and copied.
    m_words->setReadOnly(!editable);
    m_howIWillKnow->setReadOnly(!editable);
    m_lifeArea->setEnabled(editable);
    m_topThree->setEnabled(editable);
    m_lifeArea->setVisible(editable);
    m_lifeAreaText->setVisible(!editable);
    m_topThree->setVisible(editable);
    m_topThreeText->setVisible(!editable && m_isTopThree);
    m_moveUp->setVisible(editable);
    m_moveDown->setVisible(editable);
    m_remove->setVisible(editable);
    // A button that becomes disabled loses the focus; the step puts it back.
    m_moveUp->setEnabled(editable && m_number > 1);
    m_moveDown->setEnabled(editable && m_number < m_count);
}

void OutcomeCard::refuseTopThree(const QString& message)
{
    fieldsync::setChecked(m_topThree, false);
    m_topThreeMessage->setText(message);
    m_topThreeMessage->show();
    m_topThree->setAccessibleDescription(message);
}

void OutcomeCard::focusWords()
{
    m_words->setFocus(Qt::OtherFocusReason);
}

QList<QWidget*> OutcomeCard::tabOrder() const
{
    return {m_words, m_lifeArea, m_howIWillKnow, m_topThree, m_moveUp, m_moveDown, m_remove};
}

void OutcomeCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        // Later, once the fields have their new font too.
        QTimer::singleShot(0, this, &OutcomeCard::fitToTextSize);
    }
    QFrame::changeEvent(event);
}

void OutcomeCard::fitToTextSize()
{
    // Heights follow the text size (up to 200%), so a few lines always show.
    const auto fit = [](QPlainTextEdit* edit, int lines) {
        const int frame = 2 * edit->frameWidth();
        const int margins = int(2 * edit->document()->documentMargin());
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + frame + margins + 4);
    };
    fit(m_words, kWordsLines);
    fit(m_howIWillKnow, kHowLines);
    // The style's tick box stays small at 200%; this one grows with the text.
    const int box = std::max(fontMetrics().height() * 4 / 5, 12);
    m_topThree->setStyleSheet(
        QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(box));
}

} // namespace pb::ui
