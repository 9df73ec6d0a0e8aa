// CaseloadPage: the start screen. Everyone in the open database, with search
// as you type, sorting by any column, and the actions a broker needs: add a
// person, open their plan, start a new version of an agreed plan, archive a
// person (hidden, never deleted) and bring them back.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pb {
class Database;
}

namespace pb::ui {

class CaseloadModel;

class CaseloadPage : public QWidget {
    Q_OBJECT
public:
    explicit CaseloadPage(QWidget* parent = nullptr);

    // Shows the people in `db` (nullptr: nothing open). Not owned.
    void setDatabase(Database* db);
    // Loads the list again from the database (after an edit elsewhere).
    void reload();
    // Loads one person's line again (after an edit to their plan): one
    // person's query instead of everyone's, so a broker with thousands of
    // people doesn't wait after each edit.
    void refreshPerson(qint64 personId);

    int visibleRows() const;
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    QCheckBox* reviewDueOnly() const { return m_reviewDue; }
    QPushButton* reviewButton() const { return m_review; }
    QPushButton* resultsButton() const { return m_results; }
    CaseloadModel* model() const { return m_model; }
    void selectPerson(qint64 personId);

signals:
    void openPerson(qint64 personId);
    void failed(const QString& message);
    // Open the person's plan at its Review page.
    void reviewPerson(qint64 personId);
    // Show "Checking the results" for the whole caseload.
    void showResults();

private:
    qint64 selectedPerson() const;
    void updateButtons();
    void addPerson();
    void newVersion();
    void toggleArchived();

    Database* m_db = nullptr;
    CaseloadModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QCheckBox* m_showArchived;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_newVersion;
    QPushButton* m_archive;
    QCheckBox* m_reviewDue = nullptr; // only people whose review is due
    QPushButton* m_review = nullptr;
    QPushButton* m_results = nullptr;
};

} // namespace pb::ui
