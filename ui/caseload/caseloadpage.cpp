#include "caseload/caseloadpage.h"

#include "appearance.h"
#include "caseload/addpersondialog.h"
#include "caseload/caseloadfiltermodel.h"
#include "caseload/caseloadmodel.h"
#include "storage/caseloadquery.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"
#include "widgets/heading.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pb::ui {

CaseloadPage::CaseloadPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new CaseloadModel(this))
    , m_proxy(new CaseloadFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_showArchived(new QCheckBox(tr("Show archived people"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(
          Appearance::icon(QStringLiteral(":/icons/add.svg")), tr("Add a person"), this))
    , m_open(new QPushButton(tr("Open plan"), this))
    , m_newVersion(new QPushButton(tr("Start a new version"), this))
    , m_archive(new QPushButton(tr("Archive"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(new Heading(tr("People and their plans"), 1, this));
    auto* intro = new QLabel(tr("Open a plan to work on it, or add a person to start a new plan. "
                                "Amounts are for a whole year."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search by name"), this);
    searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Type part of a name"));
    m_search->setAccessibleName(tr("Search by name"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    // The filters on a row of their own: beside the search they made the
    // window wider than the screen at large text in longer languages.
    auto* filterRow = new QHBoxLayout;
    m_showArchived->setAccessibleName(tr("Show archived people"));
    filterRow->addWidget(m_showArchived);
    layout->addLayout(filterRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseloadModel::SortRole);
    m_proxy->setFilterKeyColumn(CaseloadModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("People"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measure a screenful of rows, not all of them: a caseload of 10,000
    // would otherwise be measured on every search keystroke.
    m_table->horizontalHeader()->setResizeContentsPrecision(40);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The name takes the room left; the figures keep their width.
    m_table->horizontalHeader()->setSectionResizeMode(CaseloadModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("primary"));
    m_add->setAccessibleName(tr("Add a person"));
    m_open->setAccessibleName(tr("Open the selected person's plan"));
    m_newVersion->setAccessibleName(tr("Start a new version of the selected agreed plan"));
    m_newVersion->setToolTip(tr("Copies the agreed plan into a new draft you can change"));
    m_archive->setAccessibleName(tr("Archive or bring back the selected person"));
    for (QPushButton* b : {m_add, m_open, m_newVersion, m_archive}) {
        b->setMinimumHeight(44);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &CaseloadPage::updateButtons);
    connect(m_showArchived, &QCheckBox::toggled, this, &CaseloadPage::reload);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const qint64 id = selectedPerson()) {
            emit openPerson(id);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CaseloadPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CaseloadPage::addPerson);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedPerson()) {
            emit openPerson(id);
        }
    });
    connect(m_newVersion, &QPushButton::clicked, this, &CaseloadPage::newVersion);
    connect(m_archive, &QPushButton::clicked, this, &CaseloadPage::toggleArchived);
    // Reviews: who is due, their review, and the results across everyone.
    m_reviewDue = new QCheckBox(tr("Only people whose review is due"), this);
    m_reviewDue->setAccessibleName(tr("Only people whose review is due"));
    filterRow->addWidget(m_reviewDue);
    filterRow->addStretch(1);
    setTabOrder(m_showArchived, m_reviewDue);
    connect(m_reviewDue, &QCheckBox::toggled, this, [this](bool on) {
        qobject_cast<CaseloadFilterModel*>(m_proxy)->setReviewDueOnly(on);
        if (on) { // the most overdue first
            m_table->sortByColumn(CaseloadModel::Status, Qt::DescendingOrder);
        }
        updateButtons();
    });
    m_review = new QPushButton(tr("Review their plan"), this);
    m_review->setAccessibleName(tr("Review the selected person's agreed plan"));
    m_review->setToolTip(tr("Look back at the agreed plan: how things have gone, what is working "
                            "and what is not"));
    m_results = new QPushButton(tr("Checking the results"), this);
    m_results->setAccessibleName(tr("Checking the results: reviews across everyone"));
    m_results->setToolTip(tr("How people's lives have changed, from their reviews (Ctrl+R)"));
    for (QPushButton* b : {m_review, m_results}) {
        b->setMinimumHeight(44);
    }
    // Beside "Open plan". The results, about everyone, at the end of the
    // filters above the list: the row of buttons below would be wider than
    // the screen at large text in longer languages.
    buttons->insertWidget(buttons->indexOf(m_open) + 1, m_review);
    filterRow->addWidget(m_results);
    setTabOrder(m_open, m_review);
    setTabOrder(m_reviewDue, m_results);
    setTabOrder(m_results, m_table);
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedPerson()) {
            emit reviewPerson(id);
        }
    });
    connect(m_results, &QPushButton::clicked, this, &CaseloadPage::showResults);

    setFocusProxy(m_search);
    updateButtons();
}

void CaseloadPage::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void CaseloadPage::reload()
{
    const qint64 selected = selectedPerson();
    if (!m_db) {
        m_model->setEntries({}, QDate::currentDate());
        updateButtons();
        return;
    }
    const auto entries =
        CaseloadQuery(*m_db).list(m_showArchived->isChecked() ? CaseloadQuery::Archived::Shown
                                                              : CaseloadQuery::Archived::Hidden);
    if (!entries.ok()) {
        emit failed(entries.error().message);
        return;
    }
    m_model->setEntries(entries.value(), QDate::currentDate());
    if (selected) {
        selectPerson(selected);
    }
    if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        m_table->selectRow(0); // so Enter and the buttons work straight away
    }
    updateButtons();
}

int CaseloadPage::visibleRows() const
{
    return m_proxy->rowCount();
}

void CaseloadPage::selectPerson(qint64 personId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(CaseloadModel::PersonIdRole).toLongLong() == personId) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(r);
            return;
        }
    }
}

qint64 CaseloadPage::selectedPerson() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CaseloadModel::PersonIdRole).toLongLong();
}

void CaseloadPage::updateButtons()
{
    const qint64 id = selectedPerson();
    const CaseloadModel::Row* row = id ? m_model->rowFor(id) : nullptr;
    m_add->setEnabled(m_db && !m_db->isReadOnly());
    m_open->setEnabled(row);
    m_newVersion->setEnabled(
        row && row->entry.status == PlanStatus::Agreed && !row->entry.archived);
    m_archive->setEnabled(row);
    if (m_review) {
        m_review->setEnabled(
            row && row->entry.status == PlanStatus::Agreed && !row->entry.archived);
        m_results->setEnabled(m_db);
    }
    m_archive->setText(row && row->entry.archived ? tr("Bring back") : tr("Archive"));
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 people").arg(total)
                                    : tr("Showing %1 of %2 people").arg(shown).arg(total));
}

void CaseloadPage::addPerson()
{
    if (!m_db) {
        return;
    }
    AddPersonDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    Person person;
    person.name = dialog.name();
    const auto id = PersonRepository(*m_db).add(person);
    if (!id.ok()) {
        emit failed(id.error().message);
        return;
    }
    refreshPerson(id.value());
    selectPerson(id.value());
    emit openPerson(id.value());
}

void CaseloadPage::newVersion()
{
    const qint64 id = selectedPerson();
    const CaseloadModel::Row* row = id ? m_model->rowFor(id) : nullptr;
    if (!row || !m_db) {
        return;
    }
    const auto draft = PlanRepository(*m_db).newDraftFrom(row->entry.planId, QDate::currentDate());
    if (!draft.ok()) {
        emit failed(draft.error().message);
        return;
    }
    refreshPerson(id);
    emit openPerson(id);
}

void CaseloadPage::toggleArchived()
{
    const qint64 id = selectedPerson();
    const CaseloadModel::Row* row = id ? m_model->rowFor(id) : nullptr;
    if (!row || !m_db) {
        return;
    }
    PersonRepository people(*m_db);
    const Status done = row->entry.archived ? people.unarchive(id) : people.archive(id);
    if (!done.ok()) {
        emit failed(done.error().message);
        return;
    }
    refreshPerson(id);
}

void CaseloadPage::refreshPerson(qint64 personId)
{
    if (!m_db) {
        return;
    }
    const auto found = CaseloadQuery(*m_db).entry(personId);
    if (!found.ok()) {
        emit failed(found.error().message);
        return;
    }
    const std::optional<CaseloadEntry>& entry = found.value();
    if (!entry || (entry->archived && !m_showArchived->isChecked())) {
        m_model->removeEntry(personId);
    } else {
        m_model->updateEntry(*entry, QDate::currentDate());
    }
    updateButtons();
}

} // namespace pb::ui
