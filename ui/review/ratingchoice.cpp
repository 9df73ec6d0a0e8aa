#include "review/ratingchoice.h"

#include "model/modellabels.h"
#include "widgets/choiceoption.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QSignalBlocker>

#include <array>

namespace pb::ui {

namespace {

// Left to right as people say it: better, the same, worse, and not yet.
constexpr std::array<OutcomeRating, 4> kOrder {
    OutcomeRating::Better, OutcomeRating::Same, OutcomeRating::Worse, OutcomeRating::NotYet};

} // namespace

QString RatingChoice::picturePath(OutcomeRating rating)
{
    switch (rating) {
    case OutcomeRating::Better:
        return QStringLiteral(":/pictures/better.svg");
    case OutcomeRating::Same:
        return QStringLiteral(":/pictures/same.svg");
    case OutcomeRating::Worse:
        return QStringLiteral(":/pictures/worse.svg");
    case OutcomeRating::NotYet:
        return QStringLiteral(":/pictures/question.svg");
    }
    return {};
}

RatingChoice::RatingChoice(const QString& outcome, QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    for (int column = 0; column < int(kOrder.size()); ++column) {
        const OutcomeRating rating = kOrder[std::size_t(column)];
        auto* picture = new QLabel(this);
        // Above the button and its word, lined up with them.
        picture->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        picture->setContentsMargins(4, 0, 0, 0);
        picture->setCursor(Qt::PointingHandCursor);
        picture->installEventFilter(this);
        // The word beside the button says it; the picture is decoration.
        picture->setAccessibleName(QString());
        auto* option = new ChoiceOption(ModelLabels::outcomeRating(rating), {}, this);
        m_group->addButton(option->button(), int(rating));
        layout->addWidget(picture, 0, column);
        layout->addWidget(option, 1, column);
        layout->setColumnStretch(column, 1);
        m_pictures.append(picture);
        m_options.append(option);
    }
    setOutcomeText(outcome);
    connect(m_group, &QButtonGroup::idClicked, this,
        [this](int id) { emit chosenByPerson(OutcomeRating(id)); });
    updatePictures();
}

void RatingChoice::setOutcomeText(const QString& outcome)
{
    for (int i = 0; i < m_options.size(); ++i) {
        QRadioButton* button = m_options[i]->button();
        const QString word = ModelLabels::outcomeRating(kOrder[std::size_t(i)]);
        button->setAccessibleName(word);
        //: read out after the answer: "Better", then "for: Go swimming every week"
        button->setAccessibleDescription(tr("for: %1").arg(outcome));
    }
}

ChoiceOption* RatingChoice::option(OutcomeRating rating) const
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (kOrder[std::size_t(i)] == rating) {
            return m_options[i];
        }
    }
    return nullptr;
}

QLabel* RatingChoice::picture(OutcomeRating rating) const
{
    for (int i = 0; i < m_pictures.size(); ++i) {
        if (kOrder[std::size_t(i)] == rating) {
            return m_pictures[i];
        }
    }
    return nullptr;
}

std::optional<OutcomeRating> RatingChoice::chosen() const
{
    const int id = m_group->checkedId();
    return id < 0 ? std::nullopt : std::optional<OutcomeRating>(OutcomeRating(id));
}

void RatingChoice::setChosen(std::optional<OutcomeRating> rating)
{
    if (chosen() == rating) {
        return;
    }
    if (rating) {
        QAbstractButton* button = m_group->button(int(*rating));
        const QSignalBlocker block(button);
        button->setChecked(true);
        return;
    }
    // An exclusive group keeps one button checked; to show "not answered
    // yet" it has to let go for a moment.
    m_group->setExclusive(false);
    for (QAbstractButton* button : m_group->buttons()) {
        const QSignalBlocker block(button);
        button->setChecked(false);
    }
    m_group->setExclusive(true);
}

void RatingChoice::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (ChoiceOption* option : std::as_const(m_options)) {
        option->button()->setEnabled(!readOnly);
    }
}

bool RatingChoice::eventFilter(QObject* watched, QEvent* event)
{
    const qsizetype at = m_pictures.indexOf(qobject_cast<QLabel*>(watched));
    if (at >= 0 && event->type() == QEvent::MouseButtonRelease && !m_readOnly) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            QRadioButton* button = m_options[at]->button();
            button->setFocus(Qt::MouseFocusReason);
            button->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RatingChoice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        updatePictures();
    }
    QWidget::changeEvent(event);
}

void RatingChoice::updatePictures()
{
    // Big enough to tell the faces apart at a glance, and growing with the text.
    const int side = fontMetrics().height() * 3;
    for (int i = 0; i < m_pictures.size(); ++i) {
        m_pictures[i]->setPixmap(QIcon(picturePath(kOrder[std::size_t(i)]))
                                     .pixmap(QSize(side, side), devicePixelRatio()));
    }
}

} // namespace pb::ui
