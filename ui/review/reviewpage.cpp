#include "review/reviewpage.h"

#include "appearance.h"
#include "commands/editreviewcommand.h"
#include "document/exportfilename.h"
#include "document/pdfexporter.h"
#include "document/planprinting.h"
#include "model/reviewschedule.h"
#include "plan/plansession.h"
#include "results/resultslabels.h"
#include "results/reviewdocumentbuilder.h"
#include "results/reviewdue.h"
#include "review/outcomereviewcard.h"
#include "review/ratingchoice.h"
#include "widgets/choicegroup.h"
#include "widgets/choiceoption.h"
#include "widgets/dateedit.h"
#include "widgets/fieldsync.h"
#include "widgets/heading.h"
#include "widgets/readingcolumn.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

namespace {

QLabel* wrapped(QWidget* parent, const QString& text = QString())
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* hint(QWidget* parent, const QString& text)
{
    QLabel* label = wrapped(parent, text);
    label->setObjectName(QStringLiteral("hint"));
    return label;
}

QDateEdit* dateEdit(QWidget* parent, const QString& name)
{
    auto* edit = new DateEdit(parent);
    edit->setAccessibleName(name);
    return edit;
}

QPushButton* bigButton(QWidget* parent, const QString& text, const QString& accessibleName)
{
    auto* button = new QPushButton(text, parent);
    button->setMinimumHeight(44);
    button->setAccessibleName(accessibleName);
    return button;
}

// Widgets Tab stops at, inside `w`, in the order they were made.
QList<QWidget*> tabStops(QWidget* w)
{
    QList<QWidget*> stops;
    for (QWidget* child : w->findChildren<QWidget*>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && !child->focusProxy()) {
            stops.append(child);
        }
    }
    return stops;
}

} // namespace

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent)
    , m_personName(new Heading(QString(), 2, this))
    , m_message(wrapped(this))
    , m_intro(nullptr)
    , m_notAgreed(nullptr)
    , m_form(nullptr)
    , m_status(nullptr)
    , m_newReview(nullptr)
    , m_date(nullptr)
    , m_reviewer(nullptr)
    , m_cardsBox(nullptr)
    , m_happiness(nullptr)
    , m_nextReview(nullptr)
    , m_nextReviewSentence(nullptr)
    , m_keep(nullptr)
    , m_change(nullptr)
    , m_decided(nullptr)
    , m_decision(nullptr)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back to the plan"), this);
    back->setMinimumHeight(44);
    back->setAccessibleName(tr("Back to the plan"));
    back->setToolTip(tr("Back to the steps of the plan (Alt+B)"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_B));
    connect(back, &QPushButton::clicked, this, &ReviewPage::backToPlan);
    top->addWidget(back);
    top->addWidget(m_personName, 1);
    layout->addLayout(top);
    m_message->setObjectName(QStringLiteral("fieldError"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a tab stop of its own: it still scrolls to the field with the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    auto* column = new ReadingColumn(90, inner);
    QVBoxLayout* c = column->column();
    c->setSpacing(12);
    column->addTo(innerLayout);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    c->addWidget(new Heading(tr("Review my plan"), 1, column));
    m_intro = wrapped(column);
    c->addWidget(m_intro);
    m_notAgreed = wrapped(column,
        tr("A review looks back at an agreed plan. This version of the plan is not agreed yet, "
           "so there is nothing to review: go back to the plan to finish and agree it."));
    c->addWidget(m_notAgreed);

    m_form = new QWidget(column);
    c->addWidget(m_form);
    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(8);

    // --- which review
    m_status = wrapped(m_form);
    form->addWidget(m_status);
    m_newReview = bigButton(m_form, tr("Start a new review"), tr("Start a new review"));
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(m_newReview);
    newRow->addStretch(1);
    form->addLayout(newRow);
    connect(m_newReview, &QPushButton::clicked, this, &ReviewPage::startNewReview);

    form->addWidget(new Heading(tr("About this review"), 2, m_form));
    auto* dateLabel = new QLabel(tr("Date of the review"), m_form);
    m_date = dateEdit(m_form, tr("Date of the review"));
    dateLabel->setBuddy(m_date);
    form->addWidget(dateLabel);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    form->addLayout(dateRow);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        edit(
            Date, 0, [&](Review& r) { r.date = date; }, tr("change the date of the review"));
    });
    auto* whoLabel = new QLabel(tr("Who took part"), m_form);
    const QString whoHint = tr("For example: Aisha Khan, her brother Sam and Kim Lee (support "
                               "planner)");
    m_reviewer = new QLineEdit(m_form);
    m_reviewer->setAccessibleName(tr("Who took part"));
    m_reviewer->setAccessibleDescription(whoHint);
    whoLabel->setBuddy(m_reviewer);
    form->addWidget(whoLabel);
    form->addWidget(hint(m_form, whoHint));
    form->addWidget(m_reviewer);
    connect(m_reviewer, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(
            Reviewer, 0, [&](Review& r) { r.reviewer = text; }, tr("change who took part"));
    });

    // --- the outcomes
    form->addSpacing(8);
    form->addWidget(new Heading(tr("What matters to me"), 2, m_form));
    form->addWidget(hint(m_form,
        tr("For each thing that matters to you, say whether life is better, the same or worse "
           "since your plan began, or has not changed yet.")));
    m_cardsBox = new QWidget(m_form);
    auto* cards = new QVBoxLayout(m_cardsBox);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(12);
    form->addWidget(m_cardsBox);

    // --- Working Together for Change
    form->addSpacing(8);
    form->addWidget(new Heading(tr("How things are going"), 2, m_form));
    m_working = addQuestion(m_form, tr("What is working"),
        tr("What is going well, and what you want to keep."), Working, &Review::working);
    m_notWorking = addQuestion(m_form, tr("What is not working"),
        tr("What is hard, or not happening the way it should."), NotWorking, &Review::notWorking);
    m_future = addQuestion(m_form, tr("What is important for the future"),
        tr("What you would like to happen next."), Future, &Review::importantForFuture);

    // --- happiness
    form->addSpacing(8);
    auto* happyHeading = new Heading(tr("How happy I am with my support"), 2, m_form);
    form->addWidget(happyHeading);
    m_happiness = new ChoiceGroup(m_form);
    for (int level = ResultsLabels::kHappinessChoices; level >= 1; --level) {
        m_happiness->addOption(level, ResultsLabels::happiness(level));
    }
    m_happiness->setAccessibleName(tr("How happy I am with my support"));
    form->addWidget(m_happiness);
    connect(m_happiness, &ChoiceGroup::chosenByPerson, this, [this](int level) {
        edit(
            Happiness, 0, [&](Review& r) { r.overallHappiness = level; },
            tr("say how happy you are"));
    });

    // --- what happens next
    form->addSpacing(8);
    form->addWidget(new Heading(tr("What happens next"), 2, m_form));
    m_decided = new QFrame(m_form);
    m_decided->setFrameShape(QFrame::StyledPanel);
    auto* decided = new QVBoxLayout(m_decided);
    decided->setContentsMargins(16, 12, 16, 12);
    m_decision = wrapped(m_decided);
    // Focusable, so after deciding the focus lands here and a screen reader
    // says what happened.
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_decision->setFocusPolicy(Qt::StrongFocus);
    m_decision->setAccessibleName(tr("What was decided"));
    decided->addWidget(m_decision);
    form->addWidget(m_decided);

    auto* nextLabel = new QLabel(tr("Date of the next review"), m_form);
    m_nextReview = dateEdit(m_form, tr("Date of the next review"));
    nextLabel->setBuddy(m_nextReview);
    form->addWidget(nextLabel);
    form->addWidget(hint(m_form,
        tr("We suggest a year after this review. Plans are looked at again at least once a "
           "year.")));
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextReview);
    nextRow->addStretch(1);
    form->addLayout(nextRow);
    m_nextReviewSentence = wrapped(m_form);
    form->addWidget(m_nextReviewSentence);
    connect(m_nextReview, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_nextReviewSentence->setText(
            tr("Your next review will be on %1.").arg(ResultsLabels::date(date)));
        // Once the plan is kept, the date is the plan's, and changing it is an edit.
        if (m_session && reviewExists() && current().decision == ReviewDecision::KeepPlan) {
            edit(
                Keep, 0, [](Review&) {}, tr("change the date of the next review"), date);
        }
    });

    // Keeping is offered until the plan is kept; afterwards the panel above
    // says so, and the date can still be moved.
    m_keepBox = new QWidget(m_form);
    auto* keepBox = new QVBoxLayout(m_keepBox);
    keepBox->setContentsMargins(0, 0, 0, 0);
    m_keep = bigButton(m_keepBox, tr("Keep my plan"), tr("Keep my plan as it is"));
    m_keep->setObjectName(QStringLiteral("primary"));
    m_keep->setIcon(Appearance::icon(QStringLiteral(":/icons/agree.svg")));
    keepBox->addWidget(hint(m_keepBox,
        tr("Keep my plan: your plan stays as it is, and is looked at again on the date above.")));
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    keepBox->addLayout(keepRow);
    form->addWidget(m_keepBox);
    connect(m_keep, &QPushButton::clicked, this, &ReviewPage::keepPlan);

    m_change = bigButton(
        m_form, tr("Change my plan"), tr("Change my plan: make a new version from this one"));
    form->addWidget(hint(m_form,
        tr("Change my plan: a new version of your plan is made from this one, for you to change "
           "what is not working. This review is kept with the version it looked at.")));
    auto* changeRow = new QHBoxLayout;
    changeRow->addWidget(m_change);
    changeRow->addStretch(1);
    form->addLayout(changeRow);
    connect(m_change, &QPushButton::clicked, this, &ReviewPage::changePlan);

    // --- on paper
    form->addSpacing(8);
    form->addWidget(new Heading(tr("On paper"), 2, m_form));
    form->addWidget(hint(m_form,
        tr("Print an easy-read form with pictures to fill in by hand, or print or save this "
           "review.")));
    auto* paper = new QGridLayout;
    paper->setHorizontalSpacing(8);
    paper->setVerticalSpacing(8);
    auto* printForm = bigButton(m_form, tr("Print the easy-read form…"),
        tr("Print an easy-read review form to fill in by hand"));
    connect(printForm, &QPushButton::clicked, this, &ReviewPage::printForm);
    paper->addWidget(printForm, 0, 0);
    m_reviewOutput = new QWidget(m_form);
    auto* output = new QGridLayout(m_reviewOutput);
    output->setContentsMargins(0, 0, 0, 0);
    output->setHorizontalSpacing(8);
    output->setVerticalSpacing(8);
    auto* printReview =
        bigButton(m_reviewOutput, tr("Print this review…"), tr("Print this review"));
    connect(printReview, &QPushButton::clicked, this, &ReviewPage::printReview);
    auto* pdf = bigButton(m_reviewOutput, tr("Save as PDF…"), tr("Save this review as a PDF"));
    connect(pdf, &QPushButton::clicked, this, [this] { chooseReviewPdf(DocumentForm::Standard); });
    auto* easyPdf = bigButton(
        m_reviewOutput, tr("Save easy-read PDF…"), tr("Save this review in easy-read as a PDF"));
    connect(
        easyPdf, &QPushButton::clicked, this, [this] { chooseReviewPdf(DocumentForm::EasyRead); });
    output->addWidget(printReview, 0, 0);
    output->addWidget(pdf, 0, 1);
    output->addWidget(easyPdf, 0, 2);
    output->setColumnStretch(3, 1);
    paper->addWidget(m_reviewOutput, 1, 0, 1, 2);
    paper->setColumnStretch(1, 1);
    form->addLayout(paper);
}

void ReviewPage::printForm()
{
    if (!m_session) {
        return;
    }
    const auto printed =
        PlanPrinting::print(ReviewDocumentBuilder::questionnaire(
                                m_session->person(), m_session->plan(), QDate::currentDate()),
            this);
    if (!printed.ok()) {
        showMessage(printed.error().message);
    }
}

void ReviewPage::printReview()
{
    if (!reviewExists()) {
        return;
    }
    const auto printed =
        PlanPrinting::print(ReviewDocumentBuilder::review(m_session->person(), m_session->plan(),
                                m_index, DocumentForm::Standard, QDate::currentDate()),
            this);
    if (!printed.ok()) {
        showMessage(printed.error().message);
    }
}

void ReviewPage::chooseReviewPdf(DocumentForm form)
{
    if (!reviewExists()) {
        return;
    }
    //: the file name offered for a saved review: "Review - Jo Bloggs.pdf"
    const QString name = ExportFileName::safe(form == DocumentForm::EasyRead
            ? tr("Easy-read review - %1").arg(m_session->person().name)
            : tr("Review - %1").arg(m_session->person().name));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save this review as PDF"),
        QDir(QDir::homePath()).filePath(name + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        saveReviewPdf(path, form);
    }
}

bool ReviewPage::saveReviewPdf(const QString& path, DocumentForm form)
{
    if (!reviewExists()) {
        return false;
    }
    const Status written =
        PdfExporter::write(ReviewDocumentBuilder::review(m_session->person(), m_session->plan(),
                               m_index, form, QDate::currentDate()),
            path);
    if (!written.ok()) {
        showMessage(written.error().message);
        return false;
    }
    return true;
}

ReviewPage::~ReviewPage() = default;

QPlainTextEdit* ReviewPage::addQuestion(QWidget* parent, const QString& label,
    const QString& hintText, Field field, QString Review::*member)
{
    auto* box = parent->layout();
    auto* labelWidget = new QLabel(label, parent);
    auto* editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setAccessibleName(label);
    editor->setAccessibleDescription(hintText);
    editor->setMaximumHeight(editor->fontMetrics().lineSpacing() * 6);
    labelWidget->setBuddy(editor);
    box->addWidget(labelWidget);
    box->addWidget(hint(parent, hintText));
    box->addWidget(editor);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, field, member, label] {
        const QString text = editor->toPlainText();
        //: an undo step: "Undo change: What is working"
        edit(
            field, 0, [&](Review& r) { r.*member = text; }, tr("change: %1").arg(label));
    });
    return editor;
}

void ReviewPage::setSession(PlanSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_planId = 0;
    if (!session) {
        return;
    }
    connect(session, &PlanSession::changed, this, &ReviewPage::refresh);
    connect(session, &PlanSession::editFailed, this, &ReviewPage::showMessage);
    chooseReview();
}

bool ReviewPage::reviewExists() const
{
    return m_session && m_index < m_session->plan().reviews.size();
}

Review ReviewPage::current() const
{
    if (reviewExists()) {
        return m_session->plan().reviews.at(m_index);
    }
    // Not stored yet: what the form shows.
    Review blank;
    blank.date = m_date->date();
    blank.reviewer = m_reviewer->text();
    return blank;
}

void ReviewPage::chooseReview()
{
    if (!m_session) {
        return;
    }
    const Plan& plan = m_session->plan();
    m_planId = plan.id;
    const int count = int(plan.reviews.size());
    const bool due =
        ReviewDue::daysOverdue(plan.status, plan.reviewDate, QDate::currentDate()).has_value();
    if (count > 0 && plan.reviews.constLast().decision == ReviewDecision::Undecided) {
        m_index = count - 1;
    } else if (count > 0 && !due) {
        m_index = count - 1;
    } else {
        m_index = count;
    }
    if (m_index == count) {
        const QSignalBlocker blockDate(m_date);
        const QSignalBlocker blockWho(m_reviewer);
        m_date->setDate(QDate::currentDate());
        m_reviewer->clear();
    }
    const QDate reviewed = m_index < count ? plan.reviews.at(m_index).date : QDate::currentDate();
    {
        const QSignalBlocker block(m_nextReview);
        m_nextReview->setDate(
            ReviewSchedule::nextReview(reviewed.isValid() ? reviewed : QDate::currentDate()));
    }
    m_nextReviewSentence->setText(
        tr("Your next review will be on %1.").arg(ResultsLabels::date(m_nextReview->date())));
    m_message->hide();
    rebuildCards();
    refresh();
}

void ReviewPage::startNewReview()
{
    if (!m_session) {
        return;
    }
    m_index = int(m_session->plan().reviews.size());
    {
        const QSignalBlocker blockDate(m_date);
        const QSignalBlocker blockWho(m_reviewer);
        m_date->setDate(QDate::currentDate());
        m_reviewer->clear();
        const QSignalBlocker blockNext(m_nextReview);
        m_nextReview->setDate(ReviewSchedule::nextReview(QDate::currentDate()));
    }
    refresh();
    m_date->setFocus(Qt::OtherFocusReason);
}

void ReviewPage::rebuildCards()
{
    const Plan& plan = m_session->plan();
    QList<int> keys;
    for (const Outcome& o : plan.outcomes) {
        keys.append(o.key);
    }
    if (keys == m_cardKeys) {
        for (int i = 0; i < m_cards.size(); ++i) {
            m_cards[i]->setOutcome(plan.outcomes.at(i));
        }
        return;
    }
    qDeleteAll(m_cards);
    m_cards.clear();
    m_cardKeys = keys;
    for (const Outcome& o : plan.outcomes) {
        auto* card = new OutcomeReviewCard(o, m_cardsBox);
        m_cardsBox->layout()->addWidget(card);
        connect(
            card, &OutcomeReviewCard::ratingChosen, this, [this](int key, OutcomeRating rating) {
                edit(
                    Rating, key,
                    [&](Review& r) {
                        for (OutcomeReview& answer : r.outcomes) {
                            if (answer.outcomeKey == key) {
                                answer.rating = rating;
                                return;
                            }
                        }
                        r.outcomes.append(OutcomeReview {key, rating, {}});
                    },
                    tr("say how it has gone"));
            });
        connect(
            card, &OutcomeReviewCard::commentEdited, this, [this](int key, const QString& text) {
                edit(
                    Comment, key,
                    [&](Review& r) {
                        for (OutcomeReview& answer : r.outcomes) {
                            if (answer.outcomeKey == key) {
                                answer.comment = text;
                                return;
                            }
                        }
                        r.outcomes.append(OutcomeReview {key, OutcomeRating::NotYet, text});
                    },
                    tr("change what you said"));
            });
        m_cards.append(card);
    }
    // The cards are made after the questions below them: put them back in
    // reading order for Tab.
    QWidget* previous = m_reviewer;
    for (OutcomeReviewCard* card : std::as_const(m_cards)) {
        for (QWidget* stop : tabStops(card)) {
            setTabOrder(previous, stop);
            previous = stop;
        }
    }
    setTabOrder(previous, m_working);
}

void ReviewPage::edit(Field field, int outcomeKey, const std::function<void(Review&)>& change,
    const QString& what, QDate reviewDate)
{
    if (!m_session || m_session->plan().status != PlanStatus::Agreed) {
        return;
    }
    const Plan& plan = m_session->plan();
    ReviewEdit before {m_index, std::nullopt, plan.reviewDate};
    if (reviewExists()) {
        before.review = plan.reviews.at(m_index);
    }
    ReviewEdit after = before;
    Review review = current();
    change(review);
    after.review = review;
    if (reviewDate.isValid()) {
        after.reviewDate = reviewDate;
    }
    if (after == before) {
        return;
    }
    // Typing in one field is one undo step (merge key per field and outcome);
    // choices are a step each.
    const bool typing = field == Date || field == Reviewer || field == Working
        || field == NotWorking || field == Future || field == Comment || field == Keep;
    const int mergeKey = typing ? field + 16 * outcomeKey : -1;
    m_session->undoStack()->push(new EditReviewCommand(m_session, before, after, what, mergeKey));
}

void ReviewPage::keepPlan()
{
    if (!m_session) {
        return;
    }
    const QDate next = m_nextReview->date();
    edit(
        Keep, -1, [](Review& r) { r.decision = ReviewDecision::KeepPlan; }, tr("keep the plan"),
        next);
    if (reviewExists() && current().decision == ReviewDecision::KeepPlan) {
        m_decision->setFocus(Qt::OtherFocusReason);
    }
}

void ReviewPage::changePlan()
{
    if (!m_session) {
        return;
    }
    if (m_session->changePlanAfterReview(m_index, current())) {
        emit planChanged();
    }
}

void ReviewPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void ReviewPage::refresh()
{
    if (!m_session) {
        return;
    }
    const Plan& plan = m_session->plan();
    if (plan.id != m_planId) {
        chooseReview(); // a new version: start again (calls refresh)
        return;
    }
    m_message->hide();
    m_personName->setText(m_session->person().name);
    const bool agreed = plan.status == PlanStatus::Agreed;
    m_notAgreed->setVisible(!agreed);
    m_form->setVisible(agreed);
    m_intro->setVisible(agreed);
    if (!agreed) {
        return;
    }
    rebuildCards();
    m_intro->setText(tr("Look back at version %1 of your plan, agreed on %2. Your answers are "
                        "saved as you give them.")
                         .arg(plan.version)
                         .arg(ResultsLabels::date(plan.agreedAt.toLocalTime().date())));

    const bool exists = reviewExists();
    const Review review = current();
    const int count = int(plan.reviews.size());
    QString status;
    if (!exists) {
        status = count == 0
            ? tr("This is the first review of this version.")
            : tr("This is a new review. Earlier reviews of this version: %1.").arg(count);
        if (ReviewDue::daysOverdue(plan.status, plan.reviewDate, QDate::currentDate())) {
            //: %1 a date: "It was due on 12 August 2026."
            status += QLatin1Char(' ')
                + tr("It was due on %1.").arg(ResultsLabels::date(plan.reviewDate));
        }
    } else if (review.decision == ReviewDecision::Undecided) {
        status = tr("This review was started on %1 and is not finished yet.")
                     .arg(ResultsLabels::date(review.date));
    } else {
        status = ResultsLabels::reviewLine(review);
    }
    m_status->setText(status);
    m_newReview->setVisible(exists && review.decision != ReviewDecision::Undecided);
    m_reviewOutput->setVisible(exists);

    fieldsync::setDate(m_date, review.date.isValid() ? review.date : m_date->date());
    fieldsync::setText(m_reviewer, review.reviewer);
    for (OutcomeReviewCard* card : std::as_const(m_cards)) {
        std::optional<OutcomeReview> answer;
        for (const OutcomeReview& o : review.outcomes) {
            if (o.outcomeKey == card->outcomeKey()) {
                answer = o;
            }
        }
        card->setAnswer(answer);
    }
    fieldsync::setText(m_working, review.working);
    fieldsync::setText(m_notWorking, review.notWorking);
    fieldsync::setText(m_future, review.importantForFuture);
    m_happiness->setChosen(review.overallHappiness >= 1 ? review.overallHappiness : -1);

    const bool kept = exists && review.decision == ReviewDecision::KeepPlan;
    m_decided->setVisible(kept);
    m_keepBox->setVisible(!kept);
    m_nextReviewSentence->setVisible(!kept);
    if (kept) {
        fieldsync::setDate(m_nextReview, plan.reviewDate);
        m_nextReviewSentence->setText(
            tr("Your next review will be on %1.").arg(ResultsLabels::date(plan.reviewDate)));
        m_decision->setText(tr("You decided to keep your plan as it is. Your next review is on "
                               "%1. If things change, you can still change your plan below.")
                                .arg(ResultsLabels::date(plan.reviewDate)));
    }
    // The next review can't come before this one.
    const QSignalBlocker block(m_nextReview);
    m_nextReview->setMinimumDate(review.date.isValid() ? review.date : QDate::currentDate());
}

} // namespace pb::ui
