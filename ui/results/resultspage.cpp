#include "results/resultspage.h"

#include "appearance.h"
#include "document/atomicfilewriter.h"
#include "document/pdfexporter.h"
#include "document/planprinting.h"
#include "model/modellabels.h"
#include "results/resultschart.h"
#include "results/resultscsv.h"
#include "results/resultsdocumentbuilder.h"
#include "results/resultslabels.h"
#include "results/resultssession.h"
#include "results/resultstablemodel.h"
#include "results/reviewcommentsmodel.h"
#include "results/setthemescommand.h"
#include "results/themecountsmodel.h"
#include "results/themelist.h"
#include "results/worseoutcomesmodel.h"
#include "widgets/checkboxtext.h"
#include "widgets/dateedit.h"
#include "widgets/fittedtableview.h"
#include "widgets/heading.h"
#include "widgets/readingcolumn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
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

FittedTableView* tableView(
    QWidget* parent, QAbstractItemModel* model, const QString& name, const QList<int>& widths)
{
    auto* view = new FittedTableView(parent);
    view->setModel(model);
    view->setColumnWidthsInCharacters(widths);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

// A list that may be long: a dozen rows high, scrolling inside, one line a
// row (the same height for every row, so thousands of them cost nothing).
QTableView* listView(
    QWidget* parent, QAbstractItemModel* model, const QString& name, const QList<int>& widths)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    const int character = view->fontMetrics().averageCharWidth();
    for (int column = 0; column < widths.size(); ++column) {
        view->setColumnWidth(column, widths.at(column) * character);
    }
    return view;
}

// As tall as its rows, up to a dozen (then it scrolls), and at least three.
void fitRows(QTableView* view)
{
    const int rows = std::clamp(view->model()->rowCount(), 3, 12);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
        + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
}

QPushButton* button(QWidget* parent, const QString& text, const QString& name)
{
    auto* b = new QPushButton(text, parent);
    b->setMinimumHeight(44);
    b->setAccessibleName(name);
    return b;
}

QString fileStem()
{
    return QStringLiteral("checking-the-results-%1")
        .arg(QDate::currentDate().toString(Qt::ISODate));
}

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* back = button(this, tr("All people"), tr("Back to all people"));
    back->setIcon(Appearance::icon(QStringLiteral(":/icons/caseload.svg")));
    back->setToolTip(tr("Back to the list of everyone (the caseload)"));
    connect(back, &QPushButton::clicked, this, &ResultsPage::backToCaseload);
    top->addWidget(back);
    top->addStretch(1);
    layout->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    // Wider than a text column: the tables need the room.
    auto* column = new ReadingColumn(130, inner);
    QVBoxLayout* c = column->column();
    c->setSpacing(12);
    column->addTo(innerLayout);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    c->addWidget(new Heading(tr("Checking the results"), 1, column));
    c->addWidget(wrapped(column,
        tr("How people's lives have changed, from what they said at their reviews: for each "
           "thing that matters to them, whether it is better, the same or worse since their "
           "plan began.")));

    // --- which reviews
    c->addWidget(new Heading(tr("Which reviews to count"), 2, column));
    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(12);
    filters->setVerticalSpacing(8);
    m_period = new QCheckBox(tr("Only reviews from"), column);
    m_period->setAccessibleName(tr("Only reviews between two dates"));
    m_from = new DateEdit(column);
    m_to = new DateEdit(column);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First review date"));
    m_to->setAccessibleName(tr("Last review date"));
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addYears(-1).addDays(1));
    m_to->setDate(today);
    auto* toLabel = new QLabel(tr("to"), column);
    toLabel->setBuddy(m_to);
    auto* periodRow = new QHBoxLayout;
    periodRow->setSpacing(8);
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(toLabel);
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    filters->addLayout(periodRow, 0, 0, 1, 2);

    auto* routeLabel = new QLabel(tr("How the money is managed"), column);
    m_route = new QComboBox(column);
    m_route->addItem(tr("Any way"), -1);
    for (const DeploymentChoice choice : allEnumValues<DeploymentChoice>()) {
        m_route->addItem(ModelLabels::deployment(choice), int(choice));
    }
    m_route->setAccessibleName(tr("How the money is managed"));
    // As wide as the column allows, not as the longest choice (in some
    // languages wider than the screen at large text).
    m_route->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_route->setMinimumContentsLength(16);
    routeLabel->setBuddy(m_route);
    filters->addWidget(routeLabel, 1, 0);
    filters->addWidget(m_route, 1, 1);

    auto* areaLabel = new QLabel(tr("Life area"), column);
    m_lifeArea = new QComboBox(column);
    m_lifeArea->addItem(tr("All life areas"), -1);
    for (const LifeArea area : allEnumValues<LifeArea>()) {
        m_lifeArea->addItem(ModelLabels::lifeArea(area), int(area));
    }
    m_lifeArea->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lifeArea->setMinimumContentsLength(16);
    m_lifeArea->setAccessibleName(tr("Life area"));
    areaLabel->setBuddy(m_lifeArea);
    filters->addWidget(areaLabel, 2, 0);
    filters->addWidget(m_lifeArea, 2, 1);
    filters->setColumnStretch(2, 1);
    c->addLayout(filters);

    m_everyReview = new QCheckBox(
        CheckBoxText::wrapped(tr("Count every review, not just each person's most recent one")),
        column);
    m_everyReview->setAccessibleName(tr("Count every review"));
    c->addWidget(m_everyReview);

    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        readFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ResultsPage::readFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ResultsPage::readFilter);
    connect(m_route, &QComboBox::currentIndexChanged, this, &ResultsPage::readFilter);
    connect(m_lifeArea, &QComboBox::currentIndexChanged, this, &ResultsPage::readFilter);
    connect(m_everyReview, &QCheckBox::toggled, this, &ResultsPage::readFilter);

    // --- the figures
    c->addSpacing(8);
    c->addWidget(new Heading(tr("How things have gone"), 2, column));
    m_coverage = hint(column, QString());
    c->addWidget(m_coverage);
    m_summary = wrapped(column);
    // Focusable, so a screen reader user can reach the figures in words.
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setAccessibleName(tr("Summary of the results"));
    c->addWidget(m_summary);
    m_nothing = wrapped(column,
        tr("No outcomes have been rated in these reviews. Reviews are recorded from a person's "
           "agreed plan: open their plan and choose “Review this plan”."));
    c->addWidget(m_nothing);
    m_chart = new ResultsChart(column);
    c->addWidget(m_chart);
    m_tableModel = new ResultsTableModel(this);
    m_table = tableView(column, m_tableModel, tr("Results by life area"), {30, 0, 0, 0, 0, 0});
    c->addWidget(m_table);

    // --- outcomes that got worse
    c->addSpacing(8);
    c->addWidget(new Heading(tr("Outcomes that got worse"), 2, column));
    c->addWidget(hint(column,
        tr("Someone should talk with each of these people about what has changed and what would "
           "help. Choose a row and open the person's plan (or double-click it).")));
    m_noneWorse = wrapped(column, tr("No outcome got worse in these reviews."));
    c->addWidget(m_noneWorse);
    m_worseModel = new WorseOutcomesModel(this);
    m_worseView = listView(column, m_worseModel, tr("Outcomes that got worse"), {22, 18, 40});
    c->addWidget(m_worseView);
    m_openWorse = button(column, tr("Open their plan"), tr("Open the plan of the chosen person"));
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_openWorse);
    openRow->addStretch(1);
    c->addLayout(openRow);
    connect(m_openWorse, &QPushButton::clicked, this, &ResultsPage::openWorse);
    connect(m_worseView, &QTableView::activated, this, &ResultsPage::openWorse);

    // --- themes
    c->addSpacing(8);
    c->addWidget(new Heading(tr("What people said"), 2, column));
    c->addWidget(hint(column,
        tr("Tag what people said with themes, like “transport” or “staff keep "
           "changing”, to see what comes up most often (Working Together for Change).")));
    m_noThemes = wrapped(column, tr("No comments have been tagged with themes yet."));
    c->addWidget(m_noThemes);
    m_themesModel = new ThemeCountsModel(this);
    m_themesView =
        tableView(column, m_themesModel, tr("Themes, most common first"), {24, 0, 0, 0, 0, 0});
    c->addWidget(m_themesView);

    c->addWidget(new Heading(tr("Comments to tag"), 2, column));
    m_commentsModel = new ReviewCommentsModel(this);
    m_commentsView =
        listView(column, m_commentsModel, tr("What people said in their reviews"), {20, 30, 50});
    c->addWidget(m_commentsView);
    m_chosenComment = hint(column, QString());
    c->addWidget(m_chosenComment);
    auto* themesLabel = new QLabel(tr("Themes of the chosen comment"), column);
    m_themesEdit = new QLineEdit(column);
    m_themesEdit->setAccessibleName(tr("Themes of the chosen comment"));
    const QString themesHint = tr("Separate themes with commas, for example: transport, staff "
                                  "keep changing. Press Enter to save.");
    m_themesEdit->setAccessibleDescription(themesHint);
    m_themesEdit->setEnabled(false);
    themesLabel->setBuddy(m_themesEdit);
    c->addWidget(themesLabel);
    c->addWidget(hint(column, themesHint));
    c->addWidget(m_themesEdit);
    connect(m_commentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ResultsPage::commentChosen);
    connect(m_themesEdit, &QLineEdit::editingFinished, this, &ResultsPage::saveThemes);

    // --- saving and printing
    c->addSpacing(8);
    c->addWidget(new Heading(tr("Save or print the report"), 2, column));
    auto* outputs = new QHBoxLayout;
    auto* csv = button(column, tr("Save as a spreadsheet (CSV)…"),
        tr("Save a table of the report as a spreadsheet (CSV)"));
    auto* csvMenu = new QMenu(csv);
    csvMenu->addAction(tr("Results by life area"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save results by life area"),
            QDir(QDir::homePath()).filePath(fileStem() + QStringLiteral(".csv")),
            tr("Spreadsheets (*.csv)"));
        if (!path.isEmpty()) {
            exportCsv(CsvTable::ByLifeArea, path);
        }
    });
    csvMenu->addAction(tr("Outcomes that got worse"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save outcomes that got worse"),
            QDir(QDir::homePath()).filePath(fileStem() + QStringLiteral("-worse.csv")),
            tr("Spreadsheets (*.csv)"));
        if (!path.isEmpty()) {
            exportCsv(CsvTable::Worse, path);
        }
    });
    csvMenu->addAction(tr("Themes"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save themes"),
            QDir(QDir::homePath()).filePath(fileStem() + QStringLiteral("-themes.csv")),
            tr("Spreadsheets (*.csv)"));
        if (!path.isEmpty()) {
            exportCsv(CsvTable::Themes, path);
        }
    });
    csv->setMenu(csvMenu);
    auto* pdf = button(column, tr("Save as PDF…"), tr("Save the report as a PDF"));
    connect(pdf, &QPushButton::clicked, this, &ResultsPage::choosePdf);
    auto* printButton = button(column, tr("Print…"), tr("Print the report"));
    connect(printButton, &QPushButton::clicked, this, &ResultsPage::print);
    outputs->addWidget(csv);
    outputs->addWidget(pdf);
    outputs->addWidget(printButton);
    outputs->addStretch(1);
    c->addLayout(outputs);

    refresh();
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::setDatabase(Database* db)
{
    m_db = db;
    m_session.reset();
    if (db) {
        m_session = std::make_unique<ResultsSession>(*db);
        connect(m_session.get(), &ResultsSession::changed, this, &ResultsPage::refresh);
        connect(m_session.get(), &ResultsSession::failed, this, &ResultsPage::failed);
        readFilter();
    }
    refresh();
}

QUndoStack* ResultsPage::undoStack() const
{
    return m_session ? m_session->undoStack() : nullptr;
}

bool ResultsPage::reload()
{
    return m_session && m_session->reload();
}

void ResultsPage::readFilter()
{
    if (!m_session) {
        return;
    }
    ResultsFilter filter;
    if (m_period->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    if (const int route = m_route->currentData().toInt(); route >= 0) {
        filter.route = DeploymentChoice(route);
    }
    if (const int area = m_lifeArea->currentData().toInt(); area >= 0) {
        filter.lifeArea = LifeArea(area);
    }
    filter.count = m_everyReview->isChecked() ? ResultsFilter::Count::EveryReview
                                              : ResultsFilter::Count::LatestReviewPerPerson;
    m_session->setFilter(filter);
}

void ResultsPage::refresh()
{
    if (!m_session) {
        m_summary->setText(tr("Open a caseload file to see its results."));
        return;
    }
    const CaseloadResults& results = m_session->results();
    m_coverage->setText(ResultsLabels::coverage(results.filter()));
    //: %1 people, %2 reviews: "12 people, 15 reviews."
    const QString counted = tr("People counted: %1. Reviews counted: %2.")
                                .arg(results.peopleCounted())
                                .arg(results.reviewsCounted());
    m_summary->setText(ResultsLabels::summary(results.total()) + QLatin1Char(' ') + counted);
    const bool any = results.total().total() > 0;
    m_nothing->setVisible(!any);
    m_chart->setVisible(any);
    m_table->setVisible(any);
    m_chart->setResults(results);
    m_tableModel->setResults(results);
    m_worseModel->setResults(results);
    fitRows(m_worseView);
    m_noneWorse->setVisible(results.worse().isEmpty());
    m_worseView->setVisible(!results.worse().isEmpty());
    m_openWorse->setVisible(!results.worse().isEmpty());
    m_themesModel->setResults(results);
    m_noThemes->setVisible(results.themes().isEmpty());
    m_themesView->setVisible(!results.themes().isEmpty());

    // Keep the chosen comment chosen when its themes change.
    std::optional<ReviewComment> chosen;
    const QModelIndexList rows = m_commentsView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        chosen = m_commentsModel->row(rows.first().row()).comment;
    }
    {
        const QSignalBlocker block(m_commentsView->selectionModel());
        m_commentsModel->setSession(*m_session);
        fitRows(m_commentsView);
        const int row = chosen ? m_commentsModel->rowOf(*chosen) : -1;
        if (row >= 0) {
            m_commentsView->selectRow(row);
        }
    }
    commentChosen();
}

void ResultsPage::commentChosen()
{
    const QModelIndexList rows = m_commentsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_chosenComment->setText(tr("Choose a comment in the table to tag it."));
        const QSignalBlocker block(m_themesEdit);
        m_themesEdit->clear();
        m_themesEdit->setEnabled(false);
        return;
    }
    const ReviewCommentsModel::Row& row = m_commentsModel->row(rows.first().row());
    //: the comment being tagged: "Ann Ames, What is working: “My PA”"
    m_chosenComment->setText(tr("%1, %2: “%3”").arg(row.name, row.question, row.text));
    m_themesEdit->setEnabled(true);
    const QString shown = ThemeList::format(row.themes);
    // Leave what is being typed alone unless it means something else.
    if (ThemeList::parse(m_themesEdit->text()) != row.themes) {
        const QSignalBlocker block(m_themesEdit);
        m_themesEdit->setText(shown);
    }
}

void ResultsPage::saveThemes()
{
    const QModelIndexList rows = m_commentsView->selectionModel()->selectedRows();
    if (!m_session || rows.isEmpty()) {
        return;
    }
    const ReviewCommentsModel::Row row = m_commentsModel->row(rows.first().row());
    const QStringList after = ThemeList::parse(m_themesEdit->text());
    if (after == row.themes) {
        return;
    }
    m_session->undoStack()->push(
        new SetThemesCommand(m_session.get(), row.comment, row.themes, after));
}

void ResultsPage::openWorse()
{
    const QModelIndexList rows = m_worseView->selectionModel()->selectedRows();
    const QModelIndex current = m_worseView->currentIndex();
    const int row = !rows.isEmpty() ? rows.first().row() : current.row();
    if (row < 0) {
        return;
    }
    emit openPerson(m_worseModel->outcome(row).personId);
}

bool ResultsPage::exportCsv(CsvTable table, const QString& path)
{
    if (!m_session) {
        return false;
    }
    const CaseloadResults& results = m_session->results();
    QByteArray bytes;
    switch (table) {
    case CsvTable::ByLifeArea:
        bytes = ResultsCsv::byLifeArea(results);
        break;
    case CsvTable::Worse:
        bytes = ResultsCsv::worse(results);
        break;
    case CsvTable::Themes:
        bytes = ResultsCsv::themes(results);
        break;
    }
    const Status written = AtomicFileWriter::write(path, bytes);
    if (!written.ok()) {
        emit failed(written.error().message);
        return false;
    }
    emit informed(tr("The table was saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ResultsPage::exportPdf(const QString& path)
{
    if (!m_session) {
        return false;
    }
    const Status written = PdfExporter::write(
        ResultsDocumentBuilder::build(m_session->results(), QDate::currentDate()), path);
    if (!written.ok()) {
        emit failed(written.error().message);
        return false;
    }
    emit informed(tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ResultsPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
        QDir(QDir::homePath()).filePath(fileStem() + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        exportPdf(path);
    }
}

void ResultsPage::print()
{
    if (!m_session) {
        return;
    }
    const auto printed = PlanPrinting::print(
        ResultsDocumentBuilder::build(m_session->results(), QDate::currentDate()), this);
    if (!printed.ok()) {
        emit failed(printed.error().message);
    }
}

} // namespace pb::ui
