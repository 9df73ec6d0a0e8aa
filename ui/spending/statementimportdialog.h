// StatementImportDialog: brings the payments of a bank or prepaid-card
// statement (a CSV file) into the person's record, after they have seen
// them.
//
// It shows which file was read and how (its encoding), asks which column
// holds what (the date, the words, who was paid, and the money: one column
// with money out as a minus, one with spending as a plus, or two columns for
// money out and money in), starting from the choice remembered for this
// bank's layout (StatementLayoutMemory) or a guess from the header row's
// names, and previews every row (StatementPreviewModel): what will be
// imported, the rows that can't be read with the reason, and the rows that
// look like duplicates, left out unless ticked.
//
// Nothing is stored until "Import N payments" is pressed; then all N are
// stored in one transaction as one undo step (PaymentListCommand), the
// column choice is remembered for the layout, and the dialog closes. A file
// that can't be read shows why and imports nothing. loadFile() is how a file
// gets here, from the page's file dialog, "Choose another file…" or a test.
#pragma once

#include "spending/statementcolumns.h"
#include "spending/statementimporter.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;
class QWidget;

namespace pb::ui {

class FittedTableView;
class SpendingSession;
class StatementPreviewModel;

class StatementImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class MoneyColumns { MinusIsOut, PlusIsOut, TwoColumns };

    explicit StatementImportDialog(SpendingSession* session, QWidget* parent = nullptr);

    // Reads the file at `path` and previews it; false (with the reason shown)
    // when it can't be read.
    bool loadFile(const QString& path);
    void chooseFile(); // the "Choose another file…" button

    StatementColumns columns() const;
    void setColumns(const StatementColumns& columns);
    // How many payments "Import" would store now.
    int paymentsToImport() const;
    // The number of payments the last import stored (0 before).
    int imported() const { return m_imported; }

    QLabel* fileLine() const { return m_fileLine; }
    QLabel* fileError() const { return m_fileError; }
    QCheckBox* headerBox() const { return m_header; }
    QComboBox* dateCombo() const { return m_date; }
    QComboBox* descriptionCombo() const { return m_description; }
    QComboBox* payeeCombo() const { return m_payee; }
    QComboBox* amountCombo() const { return m_amount; }
    QComboBox* paidOutCombo() const { return m_paidOut; }
    QComboBox* paidInCombo() const { return m_paidIn; }
    QRadioButton* moneyColumnsButton(MoneyColumns kind) const;
    QLabel* columnsError() const { return m_columnsError; }
    QLabel* summaryLine() const { return m_summary; }
    QLabel* saveError() const { return m_saveError; }
    FittedTableView* previewView() const { return m_view; }
    StatementPreviewModel* previewModel() const { return m_model; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }

    void accept() override;

private:
    void buildColumns(QWidget* parent, QVBoxLayout* layout);
    void fillCombos();
    void columnsEdited();
    void showMoneyRows(MoneyColumns kind);
    void updatePreview();
    void updateSummary();

    SpendingSession* m_session;
    std::optional<StatementImporter::File> m_file;
    QString m_path;
    bool m_filling = false;
    int m_imported = 0;

    QLabel* m_fileLine = nullptr;
    QLabel* m_fileError = nullptr;
    QPushButton* m_chooseFile = nullptr;
    QWidget* m_columnsBox = nullptr;
    QCheckBox* m_header = nullptr;
    QComboBox* m_date = nullptr;
    QComboBox* m_description = nullptr;
    QComboBox* m_payee = nullptr;
    QButtonGroup* m_moneyKind = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_amount = nullptr;
    QComboBox* m_paidOut = nullptr;
    QComboBox* m_paidIn = nullptr;
    QLabel* m_columnsError = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_saveError = nullptr;
    FittedTableView* m_view = nullptr;
    StatementPreviewModel* m_model = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace pb::ui
