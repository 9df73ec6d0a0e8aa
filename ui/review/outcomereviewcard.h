// OutcomeReviewCard: one outcome on the Review page: the person's words for
// it (and whether it is one of their three most important), its life area
// and how they said they would know it is working, then how it has gone
// (RatingChoice) and what they want to say about it.
//
// The card shows and reports; the page makes the edits (undo commands).
// setRating() and setComment() are quiet, for refresh().
#pragma once

#include "model/outcome.h"
#include "model/review.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace pb::ui {

class RatingChoice;

class OutcomeReviewCard : public QFrame {
    Q_OBJECT
public:
    explicit OutcomeReviewCard(const Outcome& outcome, QWidget* parent = nullptr);

    int outcomeKey() const { return m_key; }
    RatingChoice* rating() const { return m_rating; }
    QPlainTextEdit* comment() const { return m_comment; }

    void setOutcome(const Outcome& outcome);
    // nullopt: not answered yet.
    void setAnswer(const std::optional<OutcomeReview>& answer);
    void setReadOnly(bool readOnly);

signals:
    void ratingChosen(int outcomeKey, pb::OutcomeRating rating);
    void commentEdited(int outcomeKey, const QString& text);

private:
    int m_key;
    QLabel* m_text;
    QLabel* m_details;
    RatingChoice* m_rating;
    QPlainTextEdit* m_comment;
};

} // namespace pb::ui
