// ResultsPage: "Checking the results" (issue 6): how people's lives have
// changed, from what they said at their reviews, across the whole caseload
// or a part of it (a period of review dates, how the money is managed, a
// life area; each person's most recent review, or every review).
//
// From the top: the filters; a sentence with the figures; a stacked bar
// chart and the same figures as a table, by life area; the outcomes that
// got worse (activate a row to open the person's plan); how often each
// theme came up; and what people said, where the broker tags each comment
// with themes (one field, themes separated by commas; saved with Enter or on
// leaving the field, one undo step each). The last two can run to thousands
// of rows in a large caseload, so they scroll inside a table of about a
// dozen rows rather than growing the page; a row's whole text is in its
// tooltip. The report can be saved as CSV
// (one table a file) or PDF, or printed, through the shared document
// renderer (ResultsDocumentBuilder, PdfExporter, PlanPrinting).
//
// The figures are core's (CaseloadResults); the page only shows them.
#pragma once

#include "results/resultsfilter.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace pb {
class Database;
}

namespace pb::ui {

class FittedTableView;
class ResultsChart;
class ResultsSession;
class ResultsTableModel;
class ReviewCommentsModel;
class ThemeCountsModel;
class WorseOutcomesModel;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    enum class CsvTable { ByLifeArea, Worse, Themes };

    explicit ResultsPage(QWidget* parent = nullptr);
    ~ResultsPage() override;

    // The caseload to report on (not owned); nullptr: none.
    void setDatabase(Database* db);
    // Reads the reviews again (the window calls it when the page is shown).
    bool reload();
    ResultsSession* session() const { return m_session.get(); }
    QUndoStack* undoStack() const;

    bool exportCsv(CsvTable table, const QString& path);
    bool exportPdf(const QString& path);

    QCheckBox* periodCheck() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* routeCombo() const { return m_route; }
    QComboBox* lifeAreaCombo() const { return m_lifeArea; }
    QCheckBox* everyReviewCheck() const { return m_everyReview; }
    QLabel* summaryLabel() const { return m_summary; }
    ResultsChart* chart() const { return m_chart; }
    FittedTableView* table() const { return m_table; }
    ResultsTableModel* tableModel() const { return m_tableModel; }
    QTableView* worseView() const { return m_worseView; }
    WorseOutcomesModel* worseModel() const { return m_worseModel; }
    ThemeCountsModel* themesModel() const { return m_themesModel; }
    QTableView* commentsView() const { return m_commentsView; }
    ReviewCommentsModel* commentsModel() const { return m_commentsModel; }
    QLineEdit* themesEdit() const { return m_themesEdit; }

signals:
    void backToCaseload();
    void openPerson(qint64 personId);
    void failed(const QString& message);
    void informed(const QString& message);

private:
    void readFilter();
    void refresh();
    void commentChosen();
    void saveThemes();
    void openWorse();
    void chooseCsv();
    void choosePdf();
    void print();

    Database* m_db = nullptr;
    std::unique_ptr<ResultsSession> m_session;

    QCheckBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_route;
    QComboBox* m_lifeArea;
    QCheckBox* m_everyReview;
    QLabel* m_coverage;
    QLabel* m_summary;
    QLabel* m_nothing;
    ResultsChart* m_chart;
    FittedTableView* m_table;
    ResultsTableModel* m_tableModel;
    QLabel* m_noneWorse;
    QTableView* m_worseView;
    WorseOutcomesModel* m_worseModel;
    QPushButton* m_openWorse;
    FittedTableView* m_themesView;
    ThemeCountsModel* m_themesModel;
    QLabel* m_noThemes;
    QTableView* m_commentsView;
    ReviewCommentsModel* m_commentsModel;
    QLabel* m_chosenComment;
    QLineEdit* m_themesEdit;
};

} // namespace pb::ui
