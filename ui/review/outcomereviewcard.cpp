#include "review/outcomereviewcard.h"

#include "model/modellabels.h"
#include "review/ratingchoice.h"
#include "widgets/fieldsync.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pb::ui {

OutcomeReviewCard::OutcomeReviewCard(const Outcome& outcome, QWidget* parent)
    : QFrame(parent)
    , m_key(outcome.key)
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rating(new RatingChoice(outcome.text, this))
    , m_comment(new QPlainTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    for (QLabel* label : {m_text, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_details->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_text);
    layout->addWidget(m_details);

    auto* question = new QLabel(tr("Since my plan began, this is:"), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    layout->addWidget(m_rating);

    auto* commentLabel = new QLabel(tr("What I want to say about it (if anything)"), this);
    commentLabel->setWordWrap(true);
    commentLabel->setBuddy(m_comment);
    layout->addWidget(commentLabel);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_comment);

    connect(m_rating, &RatingChoice::chosenByPerson, this,
        [this](OutcomeRating rating) { emit ratingChosen(m_key, rating); });
    connect(m_comment, &QPlainTextEdit::textChanged, this,
        [this] { emit commentEdited(m_key, m_comment->toPlainText()); });
    setOutcome(outcome);
}

void OutcomeReviewCard::setOutcome(const Outcome& outcome)
{
    m_text->setText(outcome.topThree
            //: an outcome that is one of the person's three most important
            ? tr("%1 (one of my three most important)").arg(outcome.text)
            : outcome.text);
    QString details = ModelLabels::lifeArea(outcome.lifeArea);
    if (!outcome.howIWillKnow.trimmed().isEmpty()) {
        //: %1 a life area, %2 the person's words
        details = tr("%1. How I will know it is working: %2")
                      .arg(details, outcome.howIWillKnow.trimmed());
    }
    m_details->setText(details);
    m_rating->setOutcomeText(outcome.text);
    //: the comment field's name for screen readers
    m_comment->setAccessibleName(tr("What I want to say about: %1").arg(outcome.text));
}

void OutcomeReviewCard::setAnswer(const std::optional<OutcomeReview>& answer)
{
    // A comment given before a rating is kept with "not yet" (the review
    // has no "no answer" for an outcome it holds), and shown as such.
    m_rating->setChosen(answer ? std::optional<OutcomeRating>(answer->rating) : std::nullopt);
    fieldsync::setText(m_comment, answer ? answer->comment : QString());
}

void OutcomeReviewCard::setReadOnly(bool readOnly)
{
    m_rating->setReadOnly(readOnly);
    m_comment->setReadOnly(readOnly);
}

} // namespace pb::ui
