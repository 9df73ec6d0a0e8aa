#include "plan/steps/budget/rasquestionnaire.h"

#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "plan/steps/budget/budgetfieldeditcommand.h"
#include "plan/steps/budget/rasexplanationpanel.h"
#include "ras/rascalculator.h"
#include "ras/rasschemeloader.h"
#include "widgets/choicegroup.h"
#include "widgets/choiceoption.h"
#include "widgets/heading.h"

#include <QBoxLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QShortcut>

namespace pb::ui {

namespace {

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* hint = new QLabel(text, parent);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    return hint;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* error = new QLabel(parent);
    error->setObjectName(QStringLiteral("fieldError"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    return error;
}

QPushButton* pageButton(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    button->setMinimumHeight(44);
    button->setMinimumWidth(100);
    button->setAutoDefault(false);
    return button;
}

// Enter on a page does what its Continue button does (UI-GUIDE: Enter
// activates the default button).
void continueOnEnter(QWidget* page, QPushButton* button)
{
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(
            QKeySequence(key), page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
}

// The saved answers this scheme has questions and answers for. Answers
// saved for another scheme (or a version of it with other questions) can't
// be worked out with; the page says so before the next answer drops them.
QMap<QString, QString> fittingAnswers(const RasScheme& scheme, const QMap<QString, QString>& saved)
{
    QMap<QString, QString> answers;
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const RasScheme::Question* question = scheme.question(it.key());
        if (question && question->option(it.value())) {
            answers.insert(it.key(), it.value());
        }
    }
    return answers;
}

QString pointsText(qint64 points)
{
    // Singular and plural as two strings, as RasExplainer does.
    return points == 1 ? RasQuestionnaire::tr("1 point")
                       : RasQuestionnaire::tr("%1 points").arg(QLocale().toString(points));
}

} // namespace

RasQuestionnaire::RasQuestionnaire(PlanSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    for (const QString& path : RasSchemeLoader::shippedSchemePaths()) {
        auto loaded = RasSchemeLoader::load(path);
        if (loaded.ok()) {
            m_schemes.append(loaded.value());
        } else {
            m_unreadSchemes.append(loaded.error().message);
        }
    }
    // Every button the pages will need is made now, in reading order, so the
    // tab order follows the page whichever scheme is chosen.
    for (const RasScheme& scheme : std::as_const(m_schemes)) {
        m_mostQuestions = std::max(m_mostQuestions, int(scheme.questions.size()));
        for (const auto& question : scheme.questions) {
            m_mostOptions = std::max(m_mostOptions, int(question.options.size()));
        }
    }

    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setSpacing(24);
    auto* pages = new QVBoxLayout;
    pages->setSpacing(0);
    m_schemePage = new QWidget(this);
    m_questionPage = new QWidget(this);
    m_summaryPage = new QWidget(this);
    buildSchemePage(m_schemePage);
    buildQuestionPage(m_questionPage);
    buildSummaryPage(m_summaryPage);
    for (QWidget* page : {m_schemePage, m_questionPage, m_summaryPage}) {
        pages->addWidget(page);
    }
    pages->addStretch(1);
    m_columns->addLayout(pages, 3);
    m_side = new QWidget(this);
    buildSide(m_side);
    m_columns->addWidget(m_side, 2);

    setPage(Page::Scheme);
    refresh();
    showWhereToStart();
}

void RasQuestionnaire::buildSchemePage(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new Heading(tr("Whose questions do you want to answer?"), 2, page));
    layout->addWidget(hintLabel(
        tr("Councils work out a first estimate of your budget from your answers to their "
           "questions (a resource allocation system, or RAS). The program comes with examples "
           "that show how this works. They are not any council's real figures, so your "
           "council's own questions may give a different amount."),
        page));
    m_schemeMessage = errorLabel(page);
    layout->addWidget(m_schemeMessage);

    m_schemeChoice = new ChoiceGroup(page);
    m_schemeChoice->setAccessibleName(tr("Whose questions do you want to answer?"));
    const QLocale locale;
    for (int i = 0; i < m_schemes.size(); ++i) {
        const RasScheme& scheme = m_schemes[i];
        // One fact a line: who, when, that it is an example, where from.
        QStringList about;
        about << tr("From: %1").arg(scheme.council);
        about << tr("Figures as of %1, with %2 questions")
                     .arg(locale.toString(scheme.ratesAsOf, QStringLiteral("d MMMM yyyy")))
                     .arg(scheme.questions.size());
        if (scheme.example) {
            about << tr("An example: not any council's real figures");
        }
        if (!scheme.source.isEmpty()) {
            about << tr("Source: %1").arg(scheme.source);
        }
        m_schemeChoice->addOption(i, scheme.name, about.join(QLatin1Char('\n')));
    }
    layout->addWidget(m_schemeChoice);
    connect(m_schemeChoice, &ChoiceGroup::chosenByPerson, this, &RasQuestionnaire::chooseScheme);
    m_schemeError = errorLabel(page);
    layout->addWidget(m_schemeError);

    m_schemeContinue = pageButton(tr("Continue"), tr("Continue to the questions"), page);
    m_schemeContinue->setObjectName(QStringLiteral("primary"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_schemeContinue);
    buttons->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    connect(m_schemeContinue, &QPushButton::clicked, this, &RasQuestionnaire::goOn);
    continueOnEnter(page, m_schemeContinue);
}

void RasQuestionnaire::buildQuestionPage(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("questionProgress"));
    layout->addWidget(m_progress);
    m_caption = hintLabel(QString(), page);
    layout->addWidget(m_caption);
    m_questionHeading = new Heading(QString(), 2, page);
    layout->addWidget(m_questionHeading);
    m_questionHint = hintLabel(QString(), page);
    layout->addWidget(m_questionHint);
    m_error = errorLabel(page);
    layout->addWidget(m_error);
    m_options = new ChoiceGroup(page);
    m_options->reserve(m_mostOptions);
    layout->addWidget(m_options);
    connect(m_options, &ChoiceGroup::chosenByPerson, this, &RasQuestionnaire::answer);

    m_back = pageButton(tr("Back"), tr("Back to the question before"), page);
    m_continue = pageButton(tr("Continue"), tr("Continue to the next question"), page);
    m_continue->setObjectName(QStringLiteral("primary"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_continue);
    buttons->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &RasQuestionnaire::goBack);
    connect(m_continue, &QPushButton::clicked, this, &RasQuestionnaire::goOn);
    continueOnEnter(page, m_continue);
}

void RasQuestionnaire::buildSummaryPage(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new Heading(tr("Check your answers"), 2, page));
    m_summaryIntro = hintLabel(QString(), page);
    layout->addWidget(m_summaryIntro);

    auto* schemeRow = new QHBoxLayout;
    m_summarySchemeName = new QLabel(page);
    m_summarySchemeName->setWordWrap(true);
    m_summarySchemeName->setTextFormat(Qt::PlainText);
    schemeRow->addWidget(m_summarySchemeName, 1);
    m_changeScheme = pageButton(tr("Change"), tr("Change whose questions you answer"), page);
    schemeRow->addWidget(m_changeScheme, 0, Qt::AlignTop);
    layout->addLayout(schemeRow);
    connect(m_changeScheme, &QPushButton::clicked, this, [this] {
        m_backToSummary = true;
        showSchemeChoice();
        focusPage();
    });

    m_summaryGrid = new QGridLayout;
    m_summaryGrid->setColumnStretch(0, 1);
    m_summaryGrid->setHorizontalSpacing(16);
    m_summaryGrid->setVerticalSpacing(4);
    layout->addLayout(m_summaryGrid);
    for (int i = 0; i < m_mostQuestions; ++i) {
        SummaryRow row;
        auto* line = new QFrame(page);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        row.line = line;
        row.question = new QLabel(page);
        row.question->setWordWrap(true);
        row.question->setTextFormat(Qt::RichText);
        row.answer = new QLabel(page);
        row.answer->setWordWrap(true);
        row.answer->setTextFormat(Qt::PlainText);
        row.change = pageButton(tr("Change"), tr("Change your answer"), page);
        m_summaryGrid->addWidget(row.line, i * 3, 0, 1, 2);
        m_summaryGrid->addWidget(row.question, i * 3 + 1, 0);
        m_summaryGrid->addWidget(row.answer, i * 3 + 2, 0);
        m_summaryGrid->addWidget(row.change, i * 3 + 1, 1, 2, 1, Qt::AlignTop);
        connect(row.change, &QPushButton::clicked, this, [this, i] {
            m_backToSummary = true;
            showQuestion(i);
            focusPage();
        });
        m_summaryRows.append(row);
    }

    m_summaryAmount = new QLabel(page);
    m_summaryAmount->setWordWrap(true);
    m_summaryAmount->setTextFormat(Qt::RichText);
    layout->addWidget(m_summaryAmount);
    layout->addWidget(hintLabel(tr("This is a first estimate of your budget. The council looks at "
                                   "it with your plan and tells you the amount it agrees. When "
                                   "you're ready, go on to the next step."),
        page));

    auto* back = pageButton(tr("Back"), tr("Back to the last question"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, &RasQuestionnaire::goBack);
}

void RasQuestionnaire::buildSide(QWidget* side)
{
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_sideWaiting = hintLabel(tr("When you have chosen whose questions to answer, your budget is "
                                 "worked out here as you go, with the reasons for it."),
        side);
    layout->addWidget(m_sideWaiting);
    m_amount = new Heading(QString(), 2, side);
    m_amount->setObjectName(QStringLiteral("rasAmount"));
    layout->addWidget(m_amount);
    m_amountTerm = hintLabel(QString(), side);
    layout->addWidget(m_amountTerm);
    m_agreedNote = new QLabel(side);
    m_agreedNote->setWordWrap(true);
    layout->addWidget(m_agreedNote);
    m_changeNote = new QLabel(side);
    m_changeNote->setWordWrap(true);
    m_changeNote->setObjectName(QStringLiteral("rasChange"));
    layout->addWidget(m_changeNote);
    m_explanation = new RasExplanationPanel(side);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
}

const RasScheme* RasQuestionnaire::scheme() const
{
    const QString& id = m_session->plan().budget.rasSchemeId;
    for (const RasScheme& s : m_schemes) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

Budget RasQuestionnaire::workedOut(Budget budget) const
{
    const RasScheme* s = nullptr;
    for (const RasScheme& candidate : m_schemes) {
        if (candidate.id == budget.rasSchemeId) {
            s = &candidate;
        }
    }
    if (!s) {
        return budget;
    }
    const auto result = RasCalculator(*s).calculate(budget.rasAnswers);
    if (!result.ok()) {
        return budget;
    }
    // A scheme's amounts are a year's; the rest of the budget follows.
    if (budget.period != Period::Year) {
        if (budget.agreed) {
            budget.agreed = convert(*budget.agreed, budget.period, Period::Year);
        }
        for (FundingStream& stream : budget.streams) {
            stream.amount = convert(stream.amount, budget.period, Period::Year);
        }
        budget.period = Period::Year;
    }
    budget.indicative = result.value().amount;
    budget.source = BudgetSource::Ras;
    return budget;
}

// --- navigation

void RasQuestionnaire::setPage(Page page)
{
    m_page = page;
    m_schemePage->setVisible(page == Page::Scheme);
    m_questionPage->setVisible(page == Page::Question);
    m_summaryPage->setVisible(page == Page::Summary);
    showError({});
}

void RasQuestionnaire::showSchemeChoice()
{
    setPage(Page::Scheme);
    refreshSchemePage();
}

void RasQuestionnaire::showQuestion(int index)
{
    const RasScheme* s = scheme();
    if (!s || s->questions.isEmpty()) {
        showSchemeChoice();
        return;
    }
    m_question = std::clamp(index, 0, int(s->questions.size()) - 1);
    setPage(Page::Question);
    refreshQuestionPage();
}

void RasQuestionnaire::showSummary()
{
    if (!scheme()) {
        showSchemeChoice();
        return;
    }
    m_backToSummary = false;
    setPage(Page::Summary);
    refreshSummaryPage();
}

void RasQuestionnaire::showWhereToStart()
{
    const RasScheme* s = scheme();
    if (!s) {
        showSchemeChoice();
    } else if (m_result && m_result->isComplete()) {
        showSummary();
    } else {
        int first = 0;
        if (m_result && !m_result->unanswered.isEmpty()) {
            for (int i = 0; i < s->questions.size(); ++i) {
                if (s->questions[i].id == m_result->unanswered.first()) {
                    first = i;
                    break;
                }
            }
        }
        showQuestion(first);
    }
}

void RasQuestionnaire::focusPage()
{
    ChoiceGroup* group = m_page == Page::Scheme ? m_schemeChoice
        : m_page == Page::Question              ? m_options
                                                : nullptr;
    if (group && group->count() > 0) {
        ChoiceOption* option = group->option(group->chosen());
        if (!option) {
            option = group->options().first();
        }
        option->button()->setFocus(Qt::OtherFocusReason);
    } else if (m_page == Page::Summary && !changeButtons().isEmpty()) {
        changeButtons().first()->setFocus(Qt::OtherFocusReason);
    }
}

void RasQuestionnaire::goOn()
{
    const RasScheme* s = scheme();
    switch (m_page) {
    case Page::Scheme:
        if (!s) {
            showError(tr("Choose whose questions you want to answer."));
            return;
        }
        if (m_backToSummary) {
            showSummary();
        } else {
            showQuestion(0);
        }
        break;
    case Page::Question:
        // An agreed plan can be read through without answering.
        if (m_editable && m_options->chosen() < 0) {
            showError(tr("Choose the answer that fits you best. If none fits exactly, choose the "
                         "nearest one."));
            return;
        }
        if (m_backToSummary || m_question + 1 >= s->questions.size()) {
            showSummary();
        } else {
            showQuestion(m_question + 1);
        }
        break;
    case Page::Summary:
        return;
    }
    focusPage();
}

void RasQuestionnaire::goBack()
{
    switch (m_page) {
    case Page::Scheme:
        if (m_backToSummary) {
            showSummary();
        }
        break;
    case Page::Question:
        if (m_backToSummary) {
            showSummary();
        } else if (m_question > 0) {
            showQuestion(m_question - 1);
        } else {
            showSchemeChoice();
        }
        break;
    case Page::Summary:
        if (const RasScheme* s = scheme()) {
            showQuestion(int(s->questions.size()) - 1);
        }
        break;
    }
    focusPage();
}

// --- edits

void RasQuestionnaire::chooseScheme(int index)
{
    if (!m_editable || index < 0 || index >= m_schemes.size()) {
        return;
    }
    const RasScheme& chosen = m_schemes[index];
    Budget after = m_session->plan().budget;
    if (after.rasSchemeId != chosen.id) {
        // Answers belong to one scheme's questions.
        after.rasAnswers.clear();
        after.rasSchemeId = chosen.id;
    }
    after.source = BudgetSource::Ras;
    after = workedOut(after);
    showError({});
    BudgetFieldEditCommand::push(m_session, after, tr("choose whose questions to answer"),
        BudgetFieldEditCommand::SchemeField);
}

void RasQuestionnaire::answer(int option)
{
    const RasScheme* s = scheme();
    if (!m_editable || !s || m_question >= s->questions.size()) {
        return;
    }
    const RasScheme::Question& question = s->questions[m_question];
    if (option < 0 || option >= question.options.size()) {
        return;
    }
    Budget after = m_session->plan().budget;
    after.rasAnswers = fittingAnswers(*s, after.rasAnswers);
    after.rasAnswers.insert(question.id, question.options[option].id);
    after = workedOut(after);
    showError({});
    BudgetFieldEditCommand::push(m_session, after, tr("answer a question about your budget"),
        BudgetFieldEditCommand::questionKey(m_question));
}

// --- showing the plan

void RasQuestionnaire::calculate()
{
    m_result.reset();
    m_resultError.clear();
    const RasScheme* s = scheme();
    if (!s) {
        return;
    }
    const auto result = RasCalculator(*s).calculate(m_session->plan().budget.rasAnswers);
    if (result.ok()) {
        m_result = result.value();
    } else {
        m_resultError = tr("Some of your saved answers don't match this scheme's questions, so "
                           "the amount can't be worked out. Answer the questions again and the "
                           "old answers will be replaced.");
    }
}

void RasQuestionnaire::refresh()
{
    calculate();
    const RasScheme* s = scheme();
    const QString schemeId = s ? s->id : QString();
    const std::optional<Money> amount =
        m_result ? std::optional<Money>(m_result->amount) : std::nullopt;
    if (schemeId != m_lastSchemeId) {
        m_change.clear();
    } else if (amount && m_lastAmount && *amount != *m_lastAmount) {
        const MoneyFormatter money;
        const Money difference = *amount - *m_lastAmount;
        m_change =
            (difference.isNegative() ? tr("That change took your budget down by %1, from %2 to %3.")
                                     : tr("That change put your budget up by %1, from %2 to %3."))
                .arg(money.format(difference.isNegative() ? -difference : difference, Period::Year),
                    money.format(*m_lastAmount), money.format(*amount));
    }
    m_lastSchemeId = schemeId;
    m_lastAmount = amount;

    if (m_page != Page::Scheme && !s) {
        setPage(Page::Scheme); // the scheme was taken away (an undo)
    }
    refreshSchemePage();
    refreshQuestionPage();
    refreshSummaryPage();
    refreshSide();
}

void RasQuestionnaire::refreshSchemePage()
{
    const Budget& budget = m_session->plan().budget;
    const RasScheme* s = scheme();
    int chosen = -1;
    for (int i = 0; i < m_schemes.size(); ++i) {
        if (s && m_schemes[i].id == s->id) {
            chosen = i;
        }
    }
    m_schemeChoice->setChosen(chosen);
    QStringList messages = m_unreadSchemes;
    if (!s && !budget.rasSchemeId.isEmpty()) {
        messages << tr("Your answers were given to a scheme this program doesn't have (“%1”). To "
                       "work your budget out here, choose a scheme and answer its questions.")
                        .arg(budget.rasSchemeId);
    }
    m_schemeMessage->setText(messages.join(QLatin1Char('\n')));
    m_schemeMessage->setVisible(!messages.isEmpty());
}

void RasQuestionnaire::refreshQuestionPage()
{
    const RasScheme* s = scheme();
    if (!s || s->questions.isEmpty()) {
        return;
    }
    m_question = std::clamp(m_question, 0, int(s->questions.size()) - 1);
    const RasScheme::Question& question = s->questions[m_question];
    if (m_builtQuestion != m_question || m_builtScheme != s->id) {
        QStringList labels;
        for (const RasScheme::Option& option : question.options) {
            labels << option.label;
        }
        m_options->setOptions(labels);
        m_options->setAccessibleName(question.question);
        m_builtQuestion = m_question;
        m_builtScheme = s->id;
    }
    m_progress->setText(tr("Question %1 of %2").arg(m_question + 1).arg(s->questions.size()));
    m_caption->setText(s->terms.questionnaire.isEmpty()
            ? tr("The council's questions")
            : tr("The council's questions (its “%1”)").arg(s->terms.questionnaire));
    m_questionHeading->setText(question.question);
    m_questionHeading->setAccessibleName(question.question);
    m_questionHint->setText(question.hint);
    m_questionHint->setVisible(!question.hint.isEmpty());

    const QString chosen = m_session->plan().budget.rasAnswers.value(question.id);
    int chosenIndex = -1;
    for (int i = 0; i < question.options.size(); ++i) {
        if (question.options[i].id == chosen) {
            chosenIndex = i;
        }
    }
    m_options->setChosen(chosenIndex);
    m_continue->setAccessibleName(m_backToSummary || m_question + 1 >= s->questions.size()
            ? tr("Continue to check your answers")
            : tr("Continue to the next question"));
}

void RasQuestionnaire::refreshSummaryPage()
{
    const RasScheme* s = scheme();
    const int questions = s ? int(s->questions.size()) : 0;
    for (int i = 0; i < m_summaryRows.size(); ++i) {
        const SummaryRow& row = m_summaryRows[i];
        for (QWidget* w :
            std::initializer_list<QWidget*> {row.line, row.question, row.answer, row.change}) {
            w->setVisible(i < questions);
        }
    }
    if (!s) {
        return;
    }
    // An agreed plan's answers can be looked at, not changed: the buttons say so.
    m_summaryIntro->setText(m_editable
            ? tr("To change an answer, choose Change beside it. Your budget is worked out again "
                 "as soon as you do.")
            : tr("This plan is agreed, so these answers can't be changed. To change them, make a "
                 "new version of the plan."));
    m_summarySchemeName->setText(tr("Questions from: %1").arg(s->name));
    m_changeScheme->setText(m_editable ? tr("Change") : tr("View"));
    m_changeScheme->setAccessibleName(
        m_editable ? tr("Change whose questions you answer") : tr("See the schemes"));
    const Budget& budget = m_session->plan().budget;
    for (int i = 0; i < questions && i < m_summaryRows.size(); ++i) {
        const RasScheme::Question& question = s->questions[i];
        const SummaryRow& row = m_summaryRows[i];
        row.question->setText(QStringLiteral("<b>%1</b>").arg(question.question.toHtmlEscaped()));
        const RasScheme::Option* option = question.option(budget.rasAnswers.value(question.id));
        row.answer->setText(option ? tr("%1 (%2)").arg(option->label, pointsText(option->points))
                                   : tr("Not answered yet"));
        row.change->setText(m_editable ? tr("Change") : tr("View"));
        row.change->setAccessibleName(m_editable
                ? tr("Change your answer to: %1").arg(question.question)
                : tr("See the question: %1").arg(question.question));
    }
    const MoneyFormatter money;
    if (!m_result) {
        m_summaryAmount->setText(m_resultError.toHtmlEscaped());
    } else if (m_result->isComplete()) {
        m_summaryAmount->setText(QStringLiteral("<b>%1</b>")
                                     .arg(tr("Your budget worked out from your answers: %1")
                                              .arg(money.format(m_result->amount, Period::Year))
                                              .toHtmlEscaped()));
    } else {
        m_summaryAmount->setText(QStringLiteral("<b>%1</b>")
                                     .arg(tr("Your budget so far: %1. Answer the rest of the "
                                             "questions to finish working it out.")
                                              .arg(money.format(m_result->amount, Period::Year))
                                              .toHtmlEscaped()));
    }
}

void RasQuestionnaire::refreshSide()
{
    const RasScheme* s = scheme();
    // The column stays (a page as wide as the window is hard to read), with
    // a word about what will be in it.
    m_sideWaiting->setVisible(!s);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_amount, m_amountTerm, m_agreedNote, m_changeNote, m_explanation}) {
        w->setVisible(s != nullptr);
    }
    if (!s) {
        return;
    }
    const MoneyFormatter money;
    const Budget& budget = m_session->plan().budget;
    QString amount;
    if (!m_result) {
        amount = tr("Your budget can't be worked out yet");
    } else if (m_result->isComplete()) {
        amount = tr("Your budget: %1").arg(money.format(m_result->amount, Period::Year));
    } else {
        amount = tr("Your budget so far: %1").arg(money.format(m_result->amount, Period::Year));
    }
    m_amount->setText(amount);
    m_amount->setAccessibleName(amount);
    m_amountTerm->setText(s->terms.amount.isEmpty()
            ? QString()
            : tr("The council calls this your “%1”.").arg(s->terms.amount));
    m_amountTerm->setVisible(!s->terms.amount.isEmpty());
    m_agreedNote->setVisible(budget.agreed.has_value());
    if (budget.agreed) {
        m_agreedNote->setText(tr("The council has agreed %1, so your plan uses that amount.")
                                  .arg(money.format(*budget.agreed, budget.period)));
    }
    m_changeNote->setText(m_change);
    m_changeNote->setVisible(!m_change.isEmpty());
    m_explanation->setSteps(m_result ? m_result->steps : QStringList {m_resultError});
}

void RasQuestionnaire::showError(const QString& message)
{
    QLabel* label = m_page == Page::Scheme ? m_schemeError : m_error;
    for (QLabel* each : {m_schemeError, m_error}) {
        each->setText(each == label ? message : QString());
        each->setVisible(each == label && !message.isEmpty());
    }
}

void RasQuestionnaire::setEditable(bool editable)
{
    const bool frozenNow = m_editable && !editable;
    m_editable = editable;
    m_schemeChoice->setReadOnly(!editable);
    m_options->setReadOnly(!editable);
    if (!editable) {
        showError({});
    }
    // An agreed plan's answers are for reading: all of them at once.
    if (frozenNow && scheme() && m_page == Page::Question) {
        showSummary();
    }
    refreshSummaryPage();
}

QList<QPushButton*> RasQuestionnaire::changeButtons() const
{
    QList<QPushButton*> buttons;
    const RasScheme* s = scheme();
    for (int i = 0; s && i < s->questions.size() && i < m_summaryRows.size(); ++i) {
        buttons << m_summaryRows[i].change;
    }
    return buttons;
}

QString RasQuestionnaire::progressText() const
{
    return m_progress->text();
}
QString RasQuestionnaire::questionText() const
{
    return m_questionHeading->text();
}
QString RasQuestionnaire::amountText() const
{
    return m_amount->text();
}
QString RasQuestionnaire::changeText() const
{
    return m_changeNote->text();
}
QString RasQuestionnaire::errorText() const
{
    return m_page == Page::Scheme ? m_schemeError->text() : m_error->text();
}

void RasQuestionnaire::resizeEvent(QResizeEvent* event)
{
    // Side by side when there is room for both at the current text size;
    // one above the other otherwise (at 200% text, or a narrow window).
    const int roomForBoth = fontMetrics().averageCharWidth() * 90;
    m_columns->setDirection(
        event->size().width() >= roomForBoth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

} // namespace pb::ui
