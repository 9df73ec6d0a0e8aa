#include "spending/statementimportdialog.h"

#include "spending/paymentlistcommand.h"
#include "spending/spendingsession.h"
#include "spending/statementlayoutmemory.h"
#include "spending/statementpreviewmodel.h"
#include "widgets/checkboxtext.h"
#include "widgets/fittedtableview.h"
#include "widgets/heading.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

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

QLabel* fieldError(QWidget* parent)
{
    QLabel* label = wrapped(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->hide();
    return label;
}

int chosen(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? StatementColumns::kNone : combo->currentData().toInt();
}

void choose(QComboBox* combo, int column)
{
    const int index = combo->findData(column);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

StatementImportDialog::StatementImportDialog(SpendingSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import a statement"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(12);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    layout->addWidget(new Heading(tr("Bring in payments from a statement"), 1, content));
    layout->addWidget(hint(content,
        tr("Say which column of the statement holds what, and check the payments below. "
           "Nothing is saved until you choose Import.")));

    auto* fileRow = new QHBoxLayout;
    m_fileLine = wrapped(content);
    fileRow->addWidget(m_fileLine, 1);
    m_chooseFile = new QPushButton(tr("Choose another file…"), content);
    m_chooseFile->setAccessibleName(tr("Choose another statement file"));
    m_chooseFile->setMinimumHeight(44);
    fileRow->addWidget(m_chooseFile, 0, Qt::AlignTop);
    layout->addLayout(fileRow);
    connect(m_chooseFile, &QPushButton::clicked, this, &StatementImportDialog::chooseFile);
    m_fileError = fieldError(content);
    layout->addWidget(m_fileError);

    buildColumns(content, layout);

    layout->addWidget(new Heading(tr("The payments in the statement"), 2, content));
    m_model = new StatementPreviewModel(this);
    m_view = new FittedTableView(content);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("The payments in the statement"));
    m_view->setAccessibleDescription(
        tr("Rows that look like duplicates can be ticked to import them as well."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Row, tick, date and money fit their contents; the words and what
    // happens share the rest and wrap.
    m_view->setColumnWidthsInCharacters({0, 0, 0, 28, 0, 0, 36});
    layout->addWidget(m_view);
    connect(m_model, &StatementPreviewModel::inclusionChanged, this,
        &StatementImportDialog::updateSummary);
    layout->addStretch(1);

    // What Import will do stays in view beside the button, however long the
    // preview.
    m_summary = wrapped(this);
    outer->addWidget(m_summary);
    m_saveError = fieldError(this);
    outer->addWidget(m_saveError);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_import = new QPushButton(tr("Import"), this);
    m_import->setObjectName(QStringLiteral("primary"));
    m_import->setDefault(true);
    m_import->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel: import nothing"));
    for (QPushButton* b : {m_import, m_cancel}) {
        b->setMinimumHeight(44);
        b->setMinimumWidth(120);
        buttons->addWidget(b);
    }
    outer->addLayout(buttons);
    connect(m_import, &QPushButton::clicked, this, &StatementImportDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &StatementImportDialog::reject);

    // Big enough for the preview; smaller on a small screen.
    const int em = fontMetrics().averageCharWidth();
    QSize wanted(em * 120, fontMetrics().height() * 42);
    if (const QScreen* s = screen()) {
        wanted = wanted.boundedTo(s->availableSize() * 9 / 10);
    }
    resize(wanted);
    updateSummary();
}

void StatementImportDialog::buildColumns(QWidget* parent, QVBoxLayout* layout)
{
    m_columnsBox = new QWidget(parent);
    auto* box = new QVBoxLayout(m_columnsBox);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(8);
    box->addWidget(new Heading(tr("Which column holds what"), 2, m_columnsBox));

    m_header = new QCheckBox(
        CheckBoxText::wrapped(tr("The first row holds the names of the columns")), m_columnsBox);
    m_header->setAccessibleName(m_header->text());
    box->addWidget(m_header);
    connect(m_header, &QCheckBox::toggled, this, [this] {
        if (!m_filling) {
            const StatementColumns keep = columns();
            fillCombos();
            setColumns(keep);
            columnsEdited();
        }
    });

    // Labels above their fields, as on the plan's pages: it reads the same
    // at any text size.
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto addCombo = [this](const QString& label, const QString& name) {
        auto* combo = new QComboBox(m_columnsBox);
        combo->setAccessibleName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* l = new QLabel(label, m_columnsBox);
        l->setBuddy(combo);
        m_form->addRow(l, combo);
        connect(
            combo, &QComboBox::currentIndexChanged, this, &StatementImportDialog::columnsEdited);
        return combo;
    };
    m_date = addCombo(tr("&Date"), tr("Column with the date"));
    m_description = addCombo(tr("&What it was for"), tr("Column with what the payment was for"));
    m_payee = addCombo(
        tr("W&ho was paid (if it has a column of its own)"), tr("Column with who was paid"));

    auto* kinds = new QWidget(m_columnsBox);
    auto* kindsLayout = new QVBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    m_moneyKind = new QButtonGroup(this);
    const std::pair<MoneyColumns, QString> choices[] = {
        {MoneyColumns::MinusIsOut,
            tr("In one column: money going out has a minus, like -12.50 (most banks)")},
        {MoneyColumns::PlusIsOut,
            tr("In one column: spending has no minus, money in has one (some prepaid cards)")},
        {MoneyColumns::TwoColumns, tr("In two columns: one for money out, one for money in")},
    };
    for (const auto& [kind, text] : choices) {
        auto* radio = new QRadioButton(text, kinds);
        radio->setAccessibleName(text);
        m_moneyKind->addButton(radio, int(kind));
        kindsLayout->addWidget(radio);
    }
    m_moneyKind->button(int(MoneyColumns::MinusIsOut))->setChecked(true);
    m_form->addRow(new QLabel(tr("How the statement shows the money"), m_columnsBox), kinds);
    connect(m_moneyKind, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            columnsEdited();
        }
    });
    m_amount = addCombo(tr("&Amount"), tr("Column with the amount"));
    m_paidOut = addCombo(tr("Money &out"), tr("Column with money out"));
    m_paidIn = addCombo(tr("Money &in"), tr("Column with money in"));
    box->addLayout(m_form);
    showMoneyRows(MoneyColumns::MinusIsOut);

    m_columnsError = fieldError(m_columnsBox);
    box->addWidget(m_columnsError);
    layout->addWidget(m_columnsBox);
    m_columnsBox->setEnabled(false);
}

void StatementImportDialog::showMoneyRows(MoneyColumns kind)
{
    const bool two = kind == MoneyColumns::TwoColumns;
    m_form->setRowVisible(m_amount, !two);
    m_form->setRowVisible(m_paidOut, two);
    m_form->setRowVisible(m_paidIn, two);
}

QRadioButton* StatementImportDialog::moneyColumnsButton(MoneyColumns kind) const
{
    return qobject_cast<QRadioButton*>(m_moneyKind->button(int(kind)));
}

bool StatementImportDialog::loadFile(const QString& path)
{
    m_path = path;
    m_fileLine->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    auto file = StatementImporter::readFile(path);
    if (!file.ok()) {
        m_file.reset();
        m_fileError->setText(file.error().message);
        m_fileError->show();
        m_columnsBox->setEnabled(false);
        m_model->clear();
        updateSummary();
        m_chooseFile->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_file = file.value();
    m_fileError->hide();
    //: %2 how the file's text was encoded, e.g. "Windows-1252"
    m_fileLine->setText(
        tr("File: %1 (text read as %2)")
            .arg(QFileInfo(path).fileName(), StatementTextDecoder::encodingName(m_file->encoding)));
    m_fileLine->setToolTip(QDir::toNativeSeparators(path));

    // The choice remembered for this layout (named by its header, or by its
    // number of columns when the person said it has no header), else a
    // guess from the header's names.
    StatementColumns start = StatementColumns::guess(m_file->firstRow());
    for (const bool header : {true, false}) {
        if (const auto remembered = StatementLayoutMemory::recall(m_file->layoutSignature(header));
            remembered && remembered->firstRowIsHeader == header) {
            start = *remembered;
            break;
        }
    }
    m_filling = true;
    m_header->setChecked(start.firstRowIsHeader);
    fillCombos();
    m_filling = false;
    setColumns(start);
    m_columnsBox->setEnabled(true);
    updatePreview();
    m_date->setFocus(Qt::OtherFocusReason);
    return true;
}

void StatementImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a statement"), start,
        tr("Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

void StatementImportDialog::fillCombos()
{
    const bool hadFilling = m_filling;
    m_filling = true;
    const int count = m_file ? m_file->columnCount : 0;
    const QStringList names = m_file && m_header->isChecked() ? m_file->firstRow() : QStringList();
    // A sample of each column, from the first row that isn't the header.
    QStringList sample;
    if (m_file) {
        const qsizetype row = m_header->isChecked() ? 1 : 0;
        if (row < m_file->records.size()) {
            sample = m_file->records.at(row).fields;
        }
    }
    const auto fill = [&](QComboBox* combo, const QString& none) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(none, StatementColumns::kNone);
        for (int i = 0; i < count; ++i) {
            const QString name = names.value(i).simplified();
            const QString example = sample.value(i).simplified().left(24);
            QString text;
            if (!name.isEmpty()) {
                //: a column of a statement: "Column 2: Description"
                text = tr("Column %1: %2").arg(i + 1).arg(name);
            } else if (!example.isEmpty()) {
                //: a column of a statement with its first value: "Column 2 (like TESCO STORES)"
                text = tr("Column %1 (like %2)").arg(i + 1).arg(example);
            } else {
                text = tr("Column %1").arg(i + 1);
            }
            combo->addItem(text, i);
        }
    };
    fill(m_date, tr("Choose a column"));
    fill(m_description, tr("Not in this statement"));
    fill(m_payee, tr("Not in this statement"));
    fill(m_amount, tr("Choose a column"));
    fill(m_paidOut, tr("Not in this statement"));
    fill(m_paidIn, tr("Not in this statement"));
    m_filling = hadFilling;
}

StatementColumns StatementImportDialog::columns() const
{
    StatementColumns c;
    c.firstRowIsHeader = m_header->isChecked();
    c.date = chosen(m_date);
    c.description = chosen(m_description);
    c.payee = chosen(m_payee);
    const auto kind = MoneyColumns(m_moneyKind->checkedId());
    if (kind == MoneyColumns::TwoColumns) {
        c.paidOut = chosen(m_paidOut);
        c.paidIn = chosen(m_paidIn);
    } else {
        c.amount = chosen(m_amount);
        c.outgoingNegative = kind == MoneyColumns::MinusIsOut;
    }
    return c;
}

void StatementImportDialog::setColumns(const StatementColumns& c)
{
    const bool hadFilling = m_filling;
    m_filling = true;
    if (m_header->isChecked() != c.firstRowIsHeader) {
        m_header->setChecked(c.firstRowIsHeader);
        fillCombos();
    }
    choose(m_date, c.date);
    choose(m_description, c.description);
    choose(m_payee, c.payee);
    choose(m_amount, c.amount);
    choose(m_paidOut, c.paidOut);
    choose(m_paidIn, c.paidIn);
    const MoneyColumns kind = c.usesAmountColumn()
            || (c.paidOut == StatementColumns::kNone && c.paidIn == StatementColumns::kNone)
        ? (c.outgoingNegative ? MoneyColumns::MinusIsOut : MoneyColumns::PlusIsOut)
        : MoneyColumns::TwoColumns;
    m_moneyKind->button(int(kind))->setChecked(true);
    showMoneyRows(kind);
    m_filling = hadFilling;
    if (!m_filling) {
        updatePreview();
    }
}

void StatementImportDialog::columnsEdited()
{
    showMoneyRows(MoneyColumns(m_moneyKind->checkedId()));
    if (!m_filling) {
        updatePreview();
    }
}

void StatementImportDialog::updatePreview()
{
    m_saveError->hide();
    if (!m_file) {
        m_model->clear();
        updateSummary();
        return;
    }
    auto preview = StatementImporter::preview(
        *m_file, columns(), m_session->payments(), m_session->plan().items, m_session->person().id);
    if (!preview.ok()) {
        m_columnsError->setText(preview.error().message);
        m_columnsError->show();
        m_model->clear();
    } else {
        m_columnsError->hide();
        m_model->show(preview.value());
    }
    updateSummary();
}

int StatementImportDialog::paymentsToImport() const
{
    return int(m_model->preview().payments().size());
}

void StatementImportDialog::updateSummary()
{
    using RowStatus = StatementImporter::RowStatus;
    const StatementImporter::Preview& p = m_model->preview();
    const int n = paymentsToImport();
    QStringList parts;
    if (!m_file) {
        parts.append(tr("Nothing can be imported from this file."));
    } else if (!m_columnsError->isHidden()) {
        parts.append(tr("Choose the columns above to see the payments."));
    } else {
        parts.append(n == 0 ? tr("There are no payments to import.")
                : n == 1    ? tr("1 payment will be imported.")
                            : tr("%1 payments will be imported.").arg(n));
        const int unreadable = p.count(RowStatus::Unreadable);
        if (unreadable > 0) {
            parts.append(unreadable == 1
                    ? tr("1 row can't be read and will be left out; the reason is beside it.")
                    : tr("%1 rows can't be read and will be left out; the reason is beside each.")
                          .arg(unreadable));
        }
        int leftOut = 0;
        for (const auto& row : p.rows) {
            if (row.status != RowStatus::Ready && row.status != RowStatus::Unreadable
                && !row.include) {
                ++leftOut;
            }
        }
        if (leftOut > 0) {
            parts.append(leftOut == 1
                    ? tr("1 row looks like a payment already listed and is left out. Tick it to "
                         "import it as well.")
                    : tr("%1 rows look like payments already listed and are left out. Tick them "
                         "to import them as well.")
                          .arg(leftOut));
        }
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_summary->setAccessibleName(m_summary->text());
    m_view->setVisible(m_model->rowCount() > 0);
    m_import->setEnabled(n > 0);
    m_import->setText(n == 1 ? tr("Import 1 payment") : tr("Import %1 payments").arg(n));
    m_import->setAccessibleName(m_import->text());
}

void StatementImportDialog::accept()
{
    const QList<Payment> payments = m_model->preview().payments();
    if (payments.isEmpty() || !m_file) {
        return;
    }
    const qsizetype before = m_session->payments().size();
    QString failure;
    const auto watch = connect(m_session, &SpendingSession::editFailed, this,
        [&failure](const QString& message) { failure = message; });
    m_session->undoStack()->push(new PaymentListCommand(
        m_session, payments, PaymentListCommand::Change::Add, tr("import a statement")));
    disconnect(watch);
    if (m_session->payments().size() != before + payments.size()) {
        // Not saved (the disk said no): nothing was imported; say why here.
        m_saveError->setText(failure.isEmpty()
                ? tr("The payments couldn't be saved, so nothing was imported.")
                : failure);
        m_saveError->show();
        return;
    }
    const StatementColumns c = columns();
    StatementLayoutMemory::remember(m_file->layoutSignature(c.firstRowIsHeader), c);
    m_imported = int(payments.size());
    QDialog::accept();
}

} // namespace pb::ui
