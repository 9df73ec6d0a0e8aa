// ReviewPage: looking back at an agreed plan with the person (issue 6,
// "Reviewing a plan"; LGA/ADASS "checking the results"). For each outcome:
// better, the same, worse or not yet, and a comment (OutcomeReviewCard);
// the Working Together for Change questions (what is working, what is not
// working, what is important for the future); how happy the person is with
// their support, in five plain-word choices; then what happens next:
//   - "Keep my plan": the plan stays as it is and the next review is set,
//     a year after this one unless the person picks another day;
//   - "Change my plan": a new draft version is made from the agreed plan
//     and the review is linked to it (PlanSession::changePlanAfterReview);
//     planChanged() asks the window to show the draft.
//
// Which review the page works on: an unfinished one (not decided yet) if the
// version has one; else a new one when the review is due or the person asks
// for one ("Start a new review"); else the last one, to read or correct.
// A new review is not stored until its first answer, which adds it.
//
// Every answer is saved as it is given and can be undone, like the plan's
// steps: an EditReviewCommand through PlanSession, one undo step per field
// (typing in one field merges). Keeping the plan is one undoable step too
// (the review and the next review date together). Changing the plan, like
// "Make a new version", is a decision that clears the undo history. The
// next review date typed before "Keep my plan" lives in its field only
// until the plan is kept.
//
// The page also prints the easy-read review form to fill in by hand, and
// prints or saves the review (standard or easy-read) as PDF, through the
// shared renderer (ReviewDocumentBuilder, PlanPrinting, PdfExporter).
#pragma once

#include "document/plandocument.h"
#include "model/review.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pb::ui {

class ChoiceGroup;
class OutcomeReviewCard;
class PlanSession;

class ReviewPage : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);
    ~ReviewPage() override;

    // Shows `session`'s plan; the page does not own it. nullptr: nothing.
    void setSession(PlanSession* session);
    PlanSession* session() const { return m_session; }
    // Picks the review to work on again (see above); the window calls it
    // each time the page is opened.
    void chooseReview();

    // The review being worked on: its position in the agreed version, and
    // whether it is stored yet.
    int reviewIndex() const { return m_index; }
    bool reviewExists() const;

    QList<OutcomeReviewCard*> outcomeCards() const { return m_cards; }
    QDateEdit* reviewDateEdit() const { return m_date; }
    QLineEdit* reviewerEdit() const { return m_reviewer; }
    QPlainTextEdit* workingEdit() const { return m_working; }
    QPlainTextEdit* notWorkingEdit() const { return m_notWorking; }
    QPlainTextEdit* futureEdit() const { return m_future; }
    ChoiceGroup* happiness() const { return m_happiness; }
    QDateEdit* nextReviewEdit() const { return m_nextReview; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* newReviewButton() const { return m_newReview; }
    QLabel* decisionText() const { return m_decision; }
    QLabel* messageLabel() const { return m_message; }

    // Saves the review being worked on as a PDF; false (and a message on
    // the page) when it can't.
    bool saveReviewPdf(const QString& path, DocumentForm form);

signals:
    void backToPlan();
    void planChanged();

private:
    enum Field { Date, Reviewer, Working, NotWorking, Future, Happiness, Rating, Comment, Keep };

    void refresh();
    void rebuildCards();
    Review current() const;
    void edit(Field field, int outcomeKey, const std::function<void(Review&)>& change,
        const QString& what, QDate reviewDate = {});
    QPlainTextEdit* addQuestion(QWidget* parent, const QString& label, const QString& hint,
        Field field, QString Review::*member);
    void keepPlan();
    void changePlan();
    void startNewReview();
    void showMessage(const QString& message);
    void printForm();
    void printReview();
    void chooseReviewPdf(DocumentForm form);

    PlanSession* m_session = nullptr;
    qint64 m_planId = 0; // the version the page was set up for
    int m_index = 0;
    QList<int> m_cardKeys; // the outcomes the cards were made for, in order

    QLabel* m_personName;
    QLabel* m_message;
    QLabel* m_intro;
    QLabel* m_notAgreed;
    QWidget* m_form;
    QLabel* m_status;
    QPushButton* m_newReview;
    QDateEdit* m_date;
    QLineEdit* m_reviewer;
    QWidget* m_cardsBox;
    QList<OutcomeReviewCard*> m_cards;
    QPlainTextEdit* m_working = nullptr;
    QPlainTextEdit* m_notWorking = nullptr;
    QPlainTextEdit* m_future = nullptr;
    ChoiceGroup* m_happiness;
    QDateEdit* m_nextReview;
    QLabel* m_nextReviewSentence;
    QWidget* m_keepBox = nullptr;
    QPushButton* m_keep;
    QPushButton* m_change;
    QFrame* m_decided;
    QLabel* m_decision;
    QWidget* m_reviewOutput = nullptr; // printing or saving a stored review
};

} // namespace pb::ui
