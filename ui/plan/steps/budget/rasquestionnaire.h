// RasQuestionnaire: "Work it out by answering the council's questions": the
// council's Resource Allocation System (RAS) as the GOV.UK "one thing per
// page" pattern (UI-GUIDE).
//
// Pages, in order: which scheme (the example schemes shipped with the
// program, with who made each, its date and its source); then one question
// per page (the question as the heading, the hint under it, the answers as
// large radio buttons, "Question 4 of 12", Back and Continue); then "Check
// your answers", each answer with a Change button that goes back to its
// question (and Continue from there comes back to the check page).
//
// Beside the pages: the amount so far, worked out again at every answer, and
// "Why this amount?" (RasExplanationPanel). Each answer is saved as it is
// chosen (Budget::rasAnswers, one undo step per question), and the amount
// worked out becomes the budget's indicative amount, a year (workedOut()),
// so the running total follows too. The sum itself is RasCalculator's.
//
// The page shown is the window's, not the plan's: opening the step goes to
// where the person left off (the first question not answered, or the check
// page when all are).
#pragma once

#include "model/budget.h"
#include "ras/rasresult.h"
#include "ras/rasscheme.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QPushButton;

namespace pb::ui {

class ChoiceGroup;
class Heading;
class PlanSession;
class RasExplanationPanel;

class RasQuestionnaire : public QWidget {
    Q_OBJECT
public:
    enum class Page { Scheme, Question, Summary };

    explicit RasQuestionnaire(PlanSession* session, QWidget* parent = nullptr);

    void refresh();
    void setEditable(bool editable);

    // The scheme the plan's answers belong to; nullptr when none is chosen or
    // the program doesn't have it.
    const RasScheme* scheme() const;
    const QList<RasScheme>& schemes() const { return m_schemes; }
    // `budget` with its amount worked out from its answers to its scheme (an
    // amount a year: an agreed amount and the funding streams are converted
    // to a year too). Unchanged when there is no scheme to work it out with.
    Budget workedOut(Budget budget) const;

    // Navigation (also for showTarget and tests).
    Page page() const { return m_page; }
    int questionIndex() const { return m_question; }
    void showSchemeChoice();
    void showQuestion(int index);
    void showSummary();
    void showWhereToStart();
    void focusPage();

    // For tests and screen readers.
    ChoiceGroup* schemeChoice() const { return m_schemeChoice; }
    ChoiceGroup* answers() const { return m_options; }
    QPushButton* schemeContinueButton() const { return m_schemeContinue; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* backButton() const { return m_back; }
    QString progressText() const;
    QString questionText() const;
    QString amountText() const;
    QString changeText() const;
    QString errorText() const;
    RasExplanationPanel* explanation() const { return m_explanation; }
    QList<QPushButton*> changeButtons() const; // one per question of the scheme

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct SummaryRow {
        QWidget* line;
        QLabel* question;
        QLabel* answer;
        QPushButton* change;
    };

    void buildSchemePage(QWidget* page);
    void buildQuestionPage(QWidget* page);
    void buildSummaryPage(QWidget* page);
    void buildSide(QWidget* side);
    void setPage(Page page);

    void chooseScheme(int index);
    void answer(int option);
    void goOn();
    void goBack();

    void calculate();
    void refreshSchemePage();
    void refreshQuestionPage();
    void refreshSummaryPage();
    void refreshSide();
    void showError(const QString& message);

    PlanSession* m_session;
    QList<RasScheme> m_schemes;
    QStringList m_unreadSchemes; // messages for shipped schemes that could not be read
    bool m_editable = true;

    Page m_page = Page::Scheme;
    int m_question = 0;
    bool m_backToSummary = false; // came here with a Change button
    int m_builtQuestion = -1; // whose answers the option buttons show
    QString m_builtScheme;

    std::optional<RasResult> m_result;
    QString m_resultError;
    std::optional<Money> m_lastAmount;
    QString m_lastSchemeId;
    QString m_change;

    int m_mostQuestions = 0; // of any scheme, and the most answers of any question
    int m_mostOptions = 0;

    QBoxLayout* m_columns = nullptr;
    QWidget* m_schemePage = nullptr;
    QWidget* m_questionPage = nullptr;
    QWidget* m_summaryPage = nullptr;
    QWidget* m_side = nullptr;

    ChoiceGroup* m_schemeChoice = nullptr;
    QLabel* m_schemeMessage = nullptr;
    QLabel* m_schemeError = nullptr;
    QPushButton* m_schemeContinue = nullptr;

    QLabel* m_caption = nullptr;
    QLabel* m_progress = nullptr;
    Heading* m_questionHeading = nullptr;
    QLabel* m_questionHint = nullptr;
    ChoiceGroup* m_options = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_continue = nullptr;

    QLabel* m_summaryIntro = nullptr;
    QLabel* m_summarySchemeName = nullptr;
    QPushButton* m_changeScheme = nullptr;
    QGridLayout* m_summaryGrid = nullptr;
    QList<SummaryRow> m_summaryRows; // as many as the longest scheme has questions
    QLabel* m_summaryAmount = nullptr;

    QLabel* m_sideWaiting = nullptr;
    Heading* m_amount = nullptr;
    QLabel* m_amountTerm = nullptr;
    QLabel* m_agreedNote = nullptr;
    QLabel* m_changeNote = nullptr;
    RasExplanationPanel* m_explanation = nullptr;
};

} // namespace pb::ui
