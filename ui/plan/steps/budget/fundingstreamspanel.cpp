#include "plan/steps/budget/fundingstreamspanel.h"

#include "appearance.h"
#include "commands/editbudgetcommand.h"
#include "model/enumkey.h"
#include "model/modellabels.h"
#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "plan/steps/budget/budgetfieldeditcommand.h"
#include "plan/steps/budget/budgetmoneyfield.h"
#include "plan/steps/budget/fundingstreammodel.h"
#include "widgets/fieldsync.h"
#include "widgets/moneyedit.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

namespace {
QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* hint = new QLabel(text, parent);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    return hint;
}
} // namespace

FundingStreamsPanel::FundingStreamsPanel(PlanSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FundingStreamModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(
          Appearance::icon(QStringLiteral(":/icons/add.svg")), tr("Add a funding stream"), this))
    , m_remove(new QPushButton(tr("Remove this funding stream"), this))
    , m_details(new QGroupBox(tr("The funding stream you chose"), this))
    , m_source(new QComboBox(m_details))
    , m_amountLabel(new QLabel(m_details))
    , m_amount(new MoneyEdit(m_details))
    , m_note(new QLineEdit(m_details))
    , m_total(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(hintLabel(
        tr("Most budgets come only from the council. If part of yours comes from somewhere else "
           "(the NHS, a grant, or your own contribution), add each part here, in the same period "
           "as your budget."),
        this));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Funding streams"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        FundingStreamModel::SourceColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        FundingStreamModel::AmountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FundingStreamsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { select(m_selectedKey); });
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &FundingStreamsPanel::removeStream);

    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::RichText);
    m_total->setObjectName(QStringLiteral("streamsTotal"));
    layout->addWidget(m_total);

    auto* buttons = new QHBoxLayout;
    m_add->setAccessibleName(tr("Add a funding stream"));
    m_remove->setAccessibleName(tr("Remove the chosen funding stream"));
    m_remove->setToolTip(tr("Takes the chosen funding stream out of your budget (Delete)"));
    for (QPushButton* button : {m_add, m_remove}) {
        button->setMinimumHeight(44);
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &FundingStreamsPanel::addStream);
    connect(m_remove, &QPushButton::clicked, this, &FundingStreamsPanel::removeStream);

    // The chosen stream's fields.
    auto* details = new QVBoxLayout(m_details);
    details->setSpacing(6);
    auto* sourceLabel = new QLabel(tr("Where it comes from"), m_details);
    sourceLabel->setBuddy(m_source);
    for (const auto& [source, key] : EnumKeyTable<FundingSource>::entries) {
        m_source->addItem(ModelLabels::fundingSource(source), QString::fromLatin1(key));
    }
    m_source->setAccessibleName(tr("Where this funding stream comes from"));
    m_source->setMinimumHeight(44);
    details->addWidget(sourceLabel);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source);
    sourceRow->addStretch(1);
    details->addLayout(sourceRow);
    connect(m_source, &QComboBox::activated, this, [this](int index) {
        const auto source = enumFromKey<FundingSource>(m_source->itemData(index).toString());
        if (source) {
            editSelected(BudgetFieldEditCommand::StreamSource,
                tr("change where a funding stream comes from"),
                [&](FundingStream& s) { s.source = *source; });
        }
    });

    m_amountLabel->setBuddy(m_amount->lineEdit());
    details->addWidget(m_amountLabel);
    auto* amountRow = new QHBoxLayout;
    auto* pound = new QLabel(tr("£"), m_details);
    amountRow->addWidget(pound, 0, Qt::AlignTop);
    amountRow->addWidget(m_amount, 1);
    amountRow->addStretch(1);
    details->addLayout(amountRow);
    m_amount->setAccessibleName(tr("Amount of this funding stream"));
    m_amountField = new BudgetMoneyField(
        session, m_amount,
        [this](const Budget& b) -> std::optional<Money> {
            for (const FundingStream& s : b.streams) {
                if (s.key == m_selectedKey) {
                    return s.amount;
                }
            }
            return std::nullopt;
        },
        [this](Budget& b, std::optional<Money> amount) {
            for (FundingStream& s : b.streams) {
                if (s.key == m_selectedKey) {
                    s.amount = amount.value_or(Money());
                }
            }
        },
        [this] {
            return BudgetFieldEditCommand::streamKey(
                m_selectedKey, BudgetFieldEditCommand::StreamAmount);
        },
        tr("change the amount of a funding stream"), this);

    auto* noteLabel = new QLabel(tr("Note (if you want one)"), m_details);
    noteLabel->setBuddy(m_note);
    details->addWidget(noteLabel);
    const QString noteHint = tr("For example “the council's share” or “my assessed contribution”.");
    details->addWidget(hintLabel(noteHint, m_details));
    m_note->setAccessibleName(tr("Note about this funding stream"));
    m_note->setAccessibleDescription(noteHint);
    details->addWidget(m_note);
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString& text) {
        editSelected(BudgetFieldEditCommand::StreamNote, tr("change the note on a funding stream"),
            [&](FundingStream& s) { s.note = text; });
    });
    layout->addWidget(m_details);
    m_details->hide();
}

void FundingStreamsPanel::refresh()
{
    const Budget& budget = m_session->plan().budget;
    m_model->setStreams(budget.streams, budget.period);
    if (m_model->rowOf(m_selectedKey) < 0 && m_selectedKey != 0) {
        select(0); // its stream was taken out (or an add was undone)
    }
    showSelected();

    const PlanTotals& totals = m_session->totals();
    const MoneyFormatter money;
    const Period period = budget.period;
    QString text;
    if (budget.streams.isEmpty()) {
        text = tr("You haven't added any funding streams. If all your budget comes from the "
                  "council, you don't need to.");
    } else {
        const QString total = money.format(totals.streamsTotal(), period);
        const auto difference = totals.streamsDifference();
        if (!difference) {
            text = tr("Your funding streams add up to %1.").arg(total);
        } else if (difference->isZero()) {
            text = tr("Your funding streams add up to %1, which matches your budget.").arg(total);
        } else if (difference->isNegative()) {
            text = tr("Your funding streams add up to %1, which is %2 less than your budget.")
                       .arg(total, money.format(-*difference, period));
        } else {
            text = tr("Your funding streams add up to %1, which is %2 more than your budget.")
                       .arg(total, money.format(*difference, period));
        }
    }
    m_total->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    m_total->setAccessibleName(text);
}

QString FundingStreamsPanel::totalText() const
{
    return m_total->accessibleName();
}

void FundingStreamsPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_selectedKey != 0);
    m_source->setEnabled(editable);
    m_amount->setReadOnly(!editable);
    m_note->setReadOnly(!editable);
}

void FundingStreamsPanel::showStream(int key)
{
    select(key);
    m_table->setFocus(Qt::OtherFocusReason);
}

void FundingStreamsPanel::addStream()
{
    if (!m_editable) {
        return;
    }
    const Budget before = m_session->plan().budget;
    FundingStream stream;
    stream.key = m_session->nextKey();
    // The first kind of money not listed yet: usually the council's first,
    // then the person's own contribution.
    stream.source = FundingSource::Other;
    for (const auto& [source, key] : EnumKeyTable<FundingSource>::entries) {
        const bool used = std::any_of(before.streams.cbegin(), before.streams.cend(),
            [s = source](const FundingStream& f) { return f.source == s; });
        if (!used) {
            stream.source = source;
            break;
        }
    }
    // What is still missing, so the streams add up to the budget.
    const auto difference = m_session->totals().streamsDifference();
    if (before.streams.isEmpty() && before.amount()) {
        stream.amount = *before.amount();
    } else if (difference && difference->isNegative()) {
        stream.amount = -*difference;
    }
    Budget after = before;
    after.streams.append(stream);
    m_selectedKey = stream.key;
    m_session->undoStack()->push(
        new EditBudgetCommand(m_session, before, after, tr("add a funding stream")));
    select(stream.key);
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->lineEdit()->selectAll();
}

void FundingStreamsPanel::removeStream()
{
    if (!m_editable || m_selectedKey == 0) {
        return;
    }
    const Budget before = m_session->plan().budget;
    const int row = m_model->rowOf(m_selectedKey);
    Budget after = before;
    after.streams.removeIf([key = m_selectedKey](const FundingStream& s) { return s.key == key; });
    // Then the one below it, or above it when it was the last.
    const int next =
        m_model->keyAt(row + 1) != 0 ? m_model->keyAt(row + 1) : m_model->keyAt(row - 1);
    m_session->undoStack()->push(
        new EditBudgetCommand(m_session, before, after, tr("remove a funding stream")));
    select(next);
    if (next == 0) {
        m_add->setFocus(Qt::OtherFocusReason);
    } else {
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void FundingStreamsPanel::select(int key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        m_table->clearSelection();
        m_selectedKey = 0;
    } else {
        m_selectedKey = key;
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_amountField->reset();
    showSelected();
}

void FundingStreamsPanel::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int key = rows.isEmpty() ? 0 : m_model->keyAt(rows.first().row());
    if (key != m_selectedKey) {
        m_selectedKey = key;
        m_amountField->reset();
        showSelected();
    }
}

void FundingStreamsPanel::showSelected()
{
    const Budget& budget = m_session->plan().budget;
    const FundingStream* stream = nullptr;
    for (const FundingStream& s : budget.streams) {
        if (s.key == m_selectedKey) {
            stream = &s;
        }
    }
    m_details->setVisible(stream != nullptr);
    m_remove->setEnabled(m_editable && stream != nullptr);
    m_amountLabel->setText(tr("Amount %1").arg(MoneyFormatter::periodPhrase(budget.period)));
    if (!stream) {
        return;
    }
    m_details->setTitle(
        tr("About this funding stream: %1").arg(ModelLabels::fundingSource(stream->source)));
    fieldsync::setCurrentData(m_source, enumKey(stream->source));
    m_amountField->refresh();
    fieldsync::setText(m_note, stream->note);
}

void FundingStreamsPanel::editSelected(
    int part, const QString& undoText, const std::function<void(FundingStream&)>& change)
{
    Budget after = m_session->plan().budget;
    for (FundingStream& s : after.streams) {
        if (s.key == m_selectedKey) {
            change(s);
        }
    }
    BudgetFieldEditCommand::push(m_session, after, undoText,
        BudgetFieldEditCommand::streamKey(m_selectedKey, BudgetFieldEditCommand::StreamPart(part)));
}

} // namespace pb::ui
