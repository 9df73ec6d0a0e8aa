#include "plan/steps/support/supportitemdialog.h"

#include "checks/planchecker.h"
#include "commands/editsupportitemcommand.h"
#include "commands/listentrycommand.h"
#include "costing/supportitemcost.h"
#include "model/modellabels.h"
#include "money/moneyformatter.h"
#include "plan/plansession.h"
#include "widgets/checkboxtext.h"
#include "plan/steps/support/personalassistantcalculator.h"
#include "plan/steps/support/personalassistantcostview.h"
#include "plan/steps/support/quantityedit.h"
#include "widgets/heading.h"
#include "widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

namespace {

// The kinds of support, most used first; "Other" last.
const SupportType kTypes[] = {
    SupportType::PersonalAssistant,
    SupportType::AgencyHomeCare,
    SupportType::DayActivity,
    SupportType::ShortBreak,
    SupportType::Leisure,
    SupportType::Transport,
    SupportType::Equipment,
    SupportType::OneOffPurchase,
    SupportType::ResidentialCare,
    SupportType::Unpaid,
    SupportType::Other,
};

const Period kPeriods[] = {
    Period::Week, Period::FourWeeks, Period::Month, Period::Year, Period::Once};

const Route kRoutes[] = {
    Route::DirectPayment, Route::CouncilManaged, Route::IndividualServiceFund, Route::ThirdParty};

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// A check box whose label is long: broken into lines, and its "&" kept as
// text rather than taken for a keyboard shortcut.
QCheckBox* checkBox(const QString& text, QWidget* parent)
{
    QString shown = CheckBoxText::wrapped(text);
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    auto* box = new QCheckBox(shown, parent);
    box->setAccessibleName(text.simplified());
    return box;
}

// Distinct funding sources of the budget's streams, in the streams' order.
QList<FundingSource> streamSources(const Plan& plan)
{
    QList<FundingSource> sources;
    for (const FundingStream& stream : plan.budget.streams) {
        if (!sources.contains(stream.source)) {
            sources.append(stream.source);
        }
    }
    return sources;
}

} // namespace

SupportItem SupportItemDialog::newItem(const PlanSession& session)
{
    const Plan& plan = session.plan();
    SupportItem item;
    item.key = session.nextKey();
    item.route = defaultRoute(plan.deployment.choice);
    if (!plan.budget.streams.isEmpty()) {
        item.paidFrom = plan.budget.streams.first().source;
    }
    return item;
}

SupportItemDialog::SupportItemDialog(
    PlanSession* session, const SupportItem& item, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(item)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Add ? tr("Add support") : tr("Change support"));

    auto* page = new QWidget;
    auto* form = new QVBoxLayout(page);
    form->setSpacing(6);
    form->addWidget(new Heading(
        mode == Mode::Add ? tr("Add support") : tr("Change “%1”").arg(item.what.simplified()), 1,
        page));
    m_summary = errorLabel(page);
    form->addWidget(m_summary);

    buildWhat(form);
    buildCost(form);
    buildPayment(form);
    buildOutcomes(form);
    buildRelative(form);

    form->addSpacing(12);
    auto* notesLabel = new QLabel(tr("Notes (if you want to add anything)"), page);
    m_notes = new QPlainTextEdit(page);
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    notesLabel->setBuddy(m_notes);
    form->addWidget(notesLabel);
    form->addWidget(m_notes);
    form->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    scroll->setAccessibleName(tr("Questions about this support"));

    m_costLine = new QLabel(this);
    QFont bold;
    bold.setBold(true); // only the weight: the size follows the text size setting
    m_costLine->setFont(bold);
    m_costLine->setWordWrap(true);
    m_costLine->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    m_main = new QPushButton(mode == Mode::Add ? tr("Add this support") : tr("Save changes"), this);
    m_main->setObjectName(QStringLiteral("primary"));
    m_main->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAutoDefault(false);
    buttons->addButton(m_main, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    for (QPushButton* button : {m_main, m_cancel}) {
        button->setMinimumHeight(44);
        button->setAccessibleName(button->text());
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SupportItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    layout->addWidget(rule);
    layout->addWidget(m_costLine);
    layout->addWidget(buttons);

    fillFields();
    typeChanged();

    // About 100 characters wide at the current text size (room for the cost
    // table; the text itself wraps shorter), as tall as the questions, both
    // within the screen; beyond that the questions scroll.
    int width = fontMetrics().averageCharWidth() * 100;
    int height = page->sizeHint().height() + m_costLine->sizeHint().height()
        + buttons->sizeHint().height() + 64;
    if (const QScreen* s = screen()) {
        width = std::min(width, s->availableGeometry().width() * 9 / 10);
        height = std::min(height, s->availableGeometry().height() * 9 / 10);
    }
    resize(width, height);
    m_what->setFocus(Qt::OtherFocusReason);
}

void SupportItemDialog::buildWhat(QVBoxLayout* form)
{
    QWidget* page = form->parentWidget();
    auto* whatLabel = new QLabel(tr("What is it?"), page);
    m_what = new QLineEdit(page);
    m_what->setAccessibleName(tr("What is it?"));
    const QString whatHint =
        tr("In your own words, for example “Swimming with Sam” or “Help to get up in the morning”");
    m_what->setAccessibleDescription(whatHint);
    whatLabel->setBuddy(m_what);
    m_whatError = errorLabel(page);
    form->addWidget(whatLabel);
    form->addWidget(hintLabel(whatHint, page));
    form->addWidget(m_whatError);
    form->addWidget(m_what);

    form->addSpacing(12);
    auto* typeLabel = new QLabel(tr("What kind of support is it?"), page);
    m_type = new QComboBox(page);
    m_type->setAccessibleName(tr("What kind of support is it?"));
    m_type->setPlaceholderText(tr("Choose one"));
    for (SupportType type : kTypes) {
        m_type->addItem(ModelLabels::supportType(type), int(type));
    }
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    typeLabel->setBuddy(m_type);
    m_typeError = errorLabel(page);
    form->addWidget(typeLabel);
    form->addWidget(m_typeError);
    form->addWidget(m_type, 0, Qt::AlignLeft);

    form->addSpacing(12);
    m_providerLabel = new QLabel(page);
    m_providerHint = hintLabel(QString(), page);
    m_provider = new QLineEdit(page);
    m_providerLabel->setBuddy(m_provider);
    form->addWidget(m_providerLabel);
    form->addWidget(m_providerHint);
    form->addWidget(m_provider);

    connect(m_what, &QLineEdit::textEdited, this, [this] {
        m_whatError->hide();
        update();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_typeError->hide();
        typeChanged();
    });
    connect(m_provider, &QLineEdit::textEdited, this, &SupportItemDialog::update);
}

void SupportItemDialog::buildCost(QVBoxLayout* form)
{
    QWidget* page = form->parentWidget();
    form->addSpacing(12);
    form->addWidget(new Heading(tr("What it costs"), 2, page));
    m_unpaidNote = hintLabel(tr("Help from family, friends or your community costs nothing. It is "
                                "still worth listing, so everyone knows who helps."),
        page);
    form->addWidget(m_unpaidNote);

    m_priceBox = new QWidget(page);
    auto* priceLayout = new QVBoxLayout(m_priceBox);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    priceLayout->setSpacing(6);
    m_priceLabel = new QLabel(m_priceBox);
    m_priceHint = hintLabel(QString(), m_priceBox);
    m_price = new MoneyEdit(m_priceBox);
    m_priceLabel->setBuddy(m_price->lineEdit());
    m_priceError = errorLabel(m_priceBox);
    m_wageWarning = errorLabel(m_priceBox);
    priceLayout->addWidget(m_priceLabel);
    priceLayout->addWidget(m_priceHint);
    priceLayout->addWidget(m_priceError);
    priceLayout->addWidget(m_price);
    priceLayout->addWidget(m_wageWarning);
    form->addWidget(m_priceBox);

    form->addSpacing(6);
    m_quantityLabel = new QLabel(page);
    m_quantityHint = hintLabel(QString(), page);
    m_quantity = new QuantityEdit(page);
    m_quantityLabel->setBuddy(m_quantity->lineEdit());
    m_frequency = new QComboBox(page);
    m_frequency->setAccessibleName(tr("How often"));
    for (Period period : kPeriods) {
        m_frequency->addItem(MoneyFormatter::periodPhrase(period), int(period));
    }
    m_frequency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Short numbers: fields about as wide as what goes in them.
    const int ch = fontMetrics().averageCharWidth();
    m_price->lineEdit()->setMaximumWidth(ch * 20);
    m_quantity->lineEdit()->setMaximumWidth(ch * 14);
    m_quantity->setCompanion(m_frequency);
    form->addWidget(m_quantityLabel);
    form->addWidget(m_quantityHint);
    form->addWidget(m_quantity);

    m_assistantBox = new QWidget(page);
    auto* assistantLayout = new QVBoxLayout(m_assistantBox);
    assistantLayout->setContentsMargins(0, 6, 0, 0);
    assistantLayout->setSpacing(6);
    m_employmentCosts = checkBox(tr("Include the true cost of employing them (holiday, National "
                                    "Insurance, pension, insurance, payroll)"),
        m_assistantBox);
    assistantLayout->addWidget(m_employmentCosts);
    assistantLayout->addWidget(hintLabel(tr("Untick this only if your assistant is self-employed "
                                            "or employed by someone else, so you pay their hourly "
                                            "rate and nothing more."),
        m_assistantBox));
    m_costView = new PersonalAssistantCostView(m_assistantBox);
    assistantLayout->addWidget(m_costView);
    m_shareNote = hintLabel(QString(), m_assistantBox);
    assistantLayout->addWidget(m_shareNote);
    m_calculator = new QPushButton(tr("Work out what a personal assistant costs…"), m_assistantBox);
    m_calculator->setAccessibleName(tr("Work out what a personal assistant costs"));
    m_calculator->setAutoDefault(false);
    m_calculator->setMinimumHeight(44);
    assistantLayout->addWidget(m_calculator, 0, Qt::AlignLeft);
    form->addWidget(m_assistantBox);

    connect(m_price, &MoneyEdit::amountEdited, this, &SupportItemDialog::update);
    connect(m_price->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_priceError->hide();
        update();
    });
    connect(m_quantity, &QuantityEdit::edited, this, &SupportItemDialog::update);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this] {
        m_quantity->setUnit(
            QuantityText::unitFor(chosenType().value_or(SupportType::Other)), chosenFrequency());
        update();
    });
    connect(m_employmentCosts, &QCheckBox::toggled, this, &SupportItemDialog::update);
    connect(m_calculator, &QPushButton::clicked, this, &SupportItemDialog::openCalculator);
}

void SupportItemDialog::buildPayment(QVBoxLayout* form)
{
    QWidget* page = form->parentWidget();
    const Plan& plan = m_session->plan();
    m_paymentBox = new QWidget(page);
    auto* layout = new QVBoxLayout(m_paymentBox);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(new Heading(tr("How it is paid for"), 2, m_paymentBox));

    if (plan.deployment.choice == DeploymentChoice::Mixed) {
        auto* routeLabel = new QLabel(tr("Who pays for it?"), m_paymentBox);
        m_route = new QComboBox(m_paymentBox);
        m_route->setAccessibleName(tr("Who pays for it?"));
        for (Route route : kRoutes) {
            m_route->addItem(ModelLabels::routeExplained(route), int(route));
        }
        m_route->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        routeLabel->setBuddy(m_route);
        layout->addWidget(routeLabel);
        layout->addWidget(hintLabel(
            tr("Your plan uses a mix of ways to manage the money, so say which one pays for this."),
            m_paymentBox));
        layout->addWidget(m_route, 0, Qt::AlignLeft);
        connect(m_route, &QComboBox::currentIndexChanged, this, &SupportItemDialog::update);
    } else {
        m_routeSentence =
            new QLabel(tr("Paid by: %1. You chose this under “How my money is managed”.")
                           .arg(ModelLabels::routeExplained(defaultRoute(plan.deployment.choice))),
                m_paymentBox);
        m_routeSentence->setWordWrap(true);
        layout->addWidget(m_routeSentence);
    }
    m_routeWarning = errorLabel(m_paymentBox);
    layout->addWidget(m_routeWarning);

    QList<FundingSource> sources = streamSources(plan);
    if (sources.size() > 1) {
        if (!sources.contains(m_original.paidFrom) && m_mode == Mode::Change) {
            sources.append(m_original.paidFrom); // keep what an older item says
        }
        auto* paidFromLabel = new QLabel(tr("Which part of the budget pays for it?"), m_paymentBox);
        m_paidFrom = new QComboBox(m_paymentBox);
        m_paidFrom->setAccessibleName(tr("Which part of the budget pays for it?"));
        for (FundingSource source : sources) {
            m_paidFrom->addItem(ModelLabels::fundingSource(source), int(source));
        }
        m_paidFrom->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        paidFromLabel->setBuddy(m_paidFrom);
        layout->addWidget(paidFromLabel);
        layout->addWidget(hintLabel(
            tr("Your budget comes from more than one place (funding streams)."), m_paymentBox));
        layout->addWidget(m_paidFrom, 0, Qt::AlignLeft);
        connect(m_paidFrom, &QComboBox::currentIndexChanged, this, &SupportItemDialog::update);
    }
    form->addWidget(m_paymentBox);
}

void SupportItemDialog::buildOutcomes(QVBoxLayout* form)
{
    QWidget* page = form->parentWidget();
    form->addSpacing(12);
    form->addWidget(new Heading(tr("What it helps with"), 2, page));
    const QList<Outcome>& outcomes = m_session->plan().outcomes;
    if (outcomes.isEmpty()) {
        form->addWidget(hintLabel(tr("Your plan doesn't say what matters to you yet. After you add "
                                     "that under “What matters to me”, you can say here what this "
                                     "support helps with."),
            page));
        return;
    }
    form->addWidget(
        hintLabel(tr("Tick the things that matter to you that this helps with."), page));
    for (const Outcome& outcome : outcomes) {
        QCheckBox* box = checkBox(outcome.text, page);
        box->setProperty("outcomeKey", outcome.key);
        form->addWidget(box);
        m_outcomes.append(box);
        connect(box, &QCheckBox::toggled, this, &SupportItemDialog::update);
    }
}

void SupportItemDialog::buildRelative(QVBoxLayout* form)
{
    QWidget* page = form->parentWidget();
    m_relativeBox = new QWidget(page);
    auto* layout = new QVBoxLayout(m_relativeBox);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(new Heading(tr("Paying a relative"), 2, m_relativeBox));
    m_relative = checkBox(tr("A close relative who lives with me is paid for this"), m_relativeBox);
    layout->addWidget(m_relative);
    layout->addWidget(hintLabel(
        tr("Money paid to you (a direct payment) can pay a close relative who lives with you only "
           "if the council agrees it is necessary. Ask the council first, and tick the box below "
           "when they have agreed."),
        m_relativeBox));
    m_councilAgreed = checkBox(tr("The council has agreed"), m_relativeBox);
    layout->addWidget(m_councilAgreed);
    form->addWidget(m_relativeBox);
    connect(m_relative, &QCheckBox::toggled, this, &SupportItemDialog::update);
    connect(m_councilAgreed, &QCheckBox::toggled, this, &SupportItemDialog::update);
}

void SupportItemDialog::fillFields()
{
    const SupportItem& item = m_original;
    m_what->setText(item.what);
    m_provider->setText(item.provider);
    m_frequency->setCurrentIndex(m_frequency->findData(int(item.frequency)));
    if (m_mode == Mode::Change) {
        m_type->setCurrentIndex(m_type->findData(int(item.type)));
        m_price->setAmount(
            item.costsNothing() ? std::nullopt : std::optional<Money>(item.unitPrice));
        m_quantity->setUnit(QuantityText::unitFor(item.type), item.frequency);
        m_quantity->setHundredths(item.quantityHundredths);
    } else {
        m_type->setCurrentIndex(-1);
    }
    m_employmentCosts->setChecked(item.includeEmploymentCosts);
    if (m_route) {
        m_route->setCurrentIndex(m_route->findData(int(item.route)));
    }
    if (m_paidFrom) {
        const int index = m_paidFrom->findData(int(item.paidFrom));
        m_paidFrom->setCurrentIndex(index >= 0 ? index : 0);
    }
    for (QCheckBox* box : std::as_const(m_outcomes)) {
        box->setChecked(item.outcomeKeys.contains(box->property("outcomeKey").toInt()));
    }
    m_relative->setChecked(item.paidToCloseRelativeInHousehold);
    m_councilAgreed->setChecked(item.councilAgreedRelativePayment);
    m_notes->setPlainText(item.notes);
}

void SupportItemDialog::fillPersonalAssistant(int hoursHundredths, Money hourlyWage)
{
    if (m_what->text().trimmed().isEmpty()) {
        m_what->setText(tr("Personal assistant"));
    }
    m_type->setCurrentIndex(m_type->findData(int(SupportType::PersonalAssistant)));
    m_frequency->setCurrentIndex(m_frequency->findData(int(Period::Week)));
    m_quantity->setUnit(QuantityText::Unit::Hours, Period::Week);
    m_quantity->setHundredths(hoursHundredths);
    m_price->setAmount(hourlyWage);
    m_employmentCosts->setChecked(true);
    typeChanged();
}

void SupportItemDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setWindowTitle(readOnly ? tr("Support details")
                            : (m_mode == Mode::Add ? tr("Add support") : tr("Change support")));
    m_what->setReadOnly(readOnly);
    m_provider->setReadOnly(readOnly);
    m_price->setReadOnly(readOnly);
    m_quantity->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_type, m_frequency, m_route, m_paidFrom, m_employmentCosts, m_relative}) {
        if (w) {
            w->setEnabled(!readOnly);
        }
    }
    for (QCheckBox* box : std::as_const(m_outcomes)) {
        box->setEnabled(!readOnly);
    }
    m_calculator->setVisible(!readOnly);
    m_main->setVisible(!readOnly);
    m_cancel->setText(readOnly ? tr("Close") : tr("Cancel"));
    m_cancel->setAccessibleName(m_cancel->text());
    m_cancel->setDefault(readOnly);
    update();
}

std::optional<SupportType> SupportItemDialog::chosenType() const
{
    if (m_type->currentIndex() < 0) {
        return std::nullopt;
    }
    return SupportType(m_type->currentData().toInt());
}

Period SupportItemDialog::chosenFrequency() const
{
    return Period(m_frequency->currentData().toInt());
}

void SupportItemDialog::typeChanged()
{
    const SupportType type = chosenType().value_or(SupportType::Other);
    const bool assistant = type == SupportType::PersonalAssistant;
    const bool unpaid = type == SupportType::Unpaid;

    switch (type) {
    case SupportType::PersonalAssistant:
        m_providerLabel->setText(tr("Your assistant's name"));
        m_providerHint->setText(tr("Support from the same assistant is costed as one job."));
        break;
    case SupportType::Unpaid:
        m_providerLabel->setText(tr("Who helps?"));
        m_providerHint->setText(tr("For example Mum, a neighbour or a local group"));
        break;
    default:
        m_providerLabel->setText(tr("Who gives it?"));
        m_providerHint->setText(tr("A name, an agency, a club or a shop"));
        break;
    }
    m_provider->setAccessibleName(m_providerLabel->text());

    if (assistant) {
        m_priceLabel->setText(tr("Pay an hour (hourly wage), in pounds"));
        m_priceHint->setText(PersonalAssistantCalculator::minimumWageHint(m_session->rates()));
        m_quantityLabel->setText(tr("Hours"));
        m_quantityHint->setText(tr("You can use part hours, like 7.5"));
    } else {
        m_priceLabel->setText(tr("Price for each one, in pounds"));
        m_priceHint->setText(tr("For example the price of one hour, one session or one ticket"));
        m_quantityLabel->setText(tr("How many"));
        m_quantityHint->setText(
            tr("For example the number of hours, sessions or tickets. You can use part of one, "
               "like 7.5"));
    }
    m_price->setAccessibleName(m_priceLabel->text());
    m_price->lineEdit()->setAccessibleDescription(m_priceHint->text());
    m_quantity->setAccessibleName(m_quantityLabel->text());
    m_quantity->lineEdit()->setAccessibleDescription(m_quantityHint->text());
    m_quantity->setUnit(QuantityText::unitFor(type), chosenFrequency());

    m_unpaidNote->setVisible(unpaid);
    m_priceBox->setVisible(!unpaid);
    m_assistantBox->setVisible(assistant);
    m_paymentBox->setVisible(!unpaid);
    m_relativeBox->setVisible(!unpaid);
    update();
}

SupportItem SupportItemDialog::item() const
{
    const Plan& plan = m_session->plan();
    SupportItem item = m_original;
    item.what = m_what->text().trimmed();
    item.type = chosenType().value_or(m_original.type);
    item.provider = m_provider->text().trimmed();
    item.frequency = chosenFrequency();
    const bool unpaid = item.costsNothing();
    item.unitPrice = unpaid ? Money() : m_price->amount().value_or(Money());
    if (const auto quantity = m_quantity->hundredths()) {
        item.quantityHundredths = *quantity;
    } else if (unpaid && m_quantity->isEmpty()) {
        item.quantityHundredths = 100; // unpaid help need not say how much
    }
    item.includeEmploymentCosts = m_employmentCosts->isChecked();
    item.route =
        m_route ? Route(m_route->currentData().toInt()) : defaultRoute(plan.deployment.choice);
    const QList<FundingSource> sources = streamSources(plan);
    if (m_paidFrom) {
        item.paidFrom = FundingSource(m_paidFrom->currentData().toInt());
    } else if (sources.size() == 1) {
        item.paidFrom = sources.first();
    }
    item.outcomeKeys.clear();
    for (const QCheckBox* box : m_outcomes) {
        if (box->isChecked()) {
            item.outcomeKeys.append(box->property("outcomeKey").toInt());
        }
    }
    item.paidToCloseRelativeInHousehold = !unpaid && m_relative->isChecked();
    item.councilAgreedRelativePayment =
        item.paidToCloseRelativeInHousehold && m_councilAgreed->isChecked();
    item.notes = m_notes->toPlainText();
    return item;
}

std::optional<SupportItem> SupportItemDialog::validItem() const
{
    const SupportItem candidate = item();
    if (!candidate.costsNothing() && (m_price->hasError() || !m_price->amount())) {
        return std::nullopt;
    }
    if (!m_quantity->hundredths() && !(candidate.costsNothing() && m_quantity->isEmpty())) {
        return std::nullopt;
    }
    return candidate;
}

void SupportItemDialog::update()
{
    m_councilAgreed->setEnabled(!m_readOnly && m_relative->isChecked());
    const auto candidate = validItem();
    const bool assistant = chosenType() == SupportType::PersonalAssistant;
    if (!candidate) {
        m_costLine->setText(assistant
                ? tr("Fill in the pay an hour and the hours to see what this costs.")
                : tr("Fill in the price and how many to see what this costs."));
        m_costView->clearCost(tr("Fill in the pay an hour and the hours to see the cost of "
                                 "employing them."));
        m_shareNote->hide();
        m_wageWarning->hide();
        m_routeWarning->hide();
        m_costLine->setAccessibleName(m_costLine->text());
        return;
    }

    // The plan as it would be with this item, costed and checked by core.
    Plan plan = m_session->plan();
    const auto at = std::find_if(plan.items.begin(), plan.items.end(),
        [&](const SupportItem& i) { return i.key == candidate->key; });
    if (at != plan.items.end()) {
        *at = *candidate;
    } else {
        plan.items.append(*candidate);
    }
    const RateTable& rates = m_session->rates();
    const QList<SupportItemCost> costs = SupportItemCost::forPlan(plan, rates, {});
    const auto cost = std::find_if(costs.cbegin(), costs.cend(),
        [&](const SupportItemCost& c) { return c.itemKey() == candidate->key; });
    Q_ASSERT(cost != costs.cend());

    const MoneyFormatter money;
    if (candidate->costsNothing()) {
        m_costLine->setText(tr("This support costs nothing."));
    } else if (candidate->frequency == Period::Once) {
        m_costLine->setText(
            tr("This costs %1 once, counted in the plan year.").arg(money.format(cost->yearly())));
    } else if (cost->includesEmploymentCosts()) {
        m_costLine->setText(
            tr("This costs %1 a week, %2 a year, with the costs of employing them.")
                .arg(money.format(cost->in(Period::Week)), money.format(cost->yearly())));
    } else {
        m_costLine->setText(
            tr("This costs %1 a week, %2 a year.")
                .arg(money.format(cost->in(Period::Week)), money.format(cost->yearly())));
    }
    m_costLine->setAccessibleName(m_costLine->text());

    if (cost->employment()) {
        m_costView->setCost(*cost->employment());
        m_costView->show();
        const bool shared = cost->employment()->yearly() != cost->yearly();
        m_shareNote->setText(shared
                ? tr("%1 also gives other support in your plan, so the cost of employing them is "
                     "worked out for all of it together. This support's share is %2.")
                      .arg(candidate->provider, money.format(cost->yearly(), Period::Year))
                : QString());
        m_shareNote->setVisible(shared);
    } else {
        m_costView->hide();
        m_shareNote->hide();
    }

    // The checker's findings about this item that belong beside a field.
    QString wage;
    QString route;
    for (const Finding& finding : PlanChecker(rates).check(plan)) {
        if (finding.target != FindingTarget::SupportItem || finding.targetKey != candidate->key) {
            continue;
        }
        if (finding.code == QLatin1String("pa-below-minimum-wage")) {
            wage = PersonalAssistantCalculator::belowMinimumWarning(rates);
        } else if (finding.code == QLatin1String("residential-care-direct-payment")) {
            route = finding.message;
        }
    }
    showMessage(m_wageWarning, wage);
    showMessage(m_routeWarning, route);
}

bool SupportItemDialog::validate()
{
    for (QLabel* label : {m_summary, m_whatError, m_typeError, m_priceError}) {
        label->hide();
    }
    QList<std::pair<QWidget*, QString>> wrong;
    if (m_what->text().trimmed().isEmpty()) {
        showMessage(m_whatError,
            tr("Say what the support is, for example “Swimming with Sam” or “Help to get up”"));
        wrong.append({m_what, m_whatError->text()});
    }
    if (!chosenType()) {
        showMessage(m_typeError, tr("Choose what kind of support it is"));
        wrong.append({m_type, m_typeError->text()});
    }
    const SupportType type = chosenType().value_or(SupportType::Other);
    if (type != SupportType::Unpaid) {
        if (m_price->hasError()) {
            wrong.append({m_price->lineEdit(), m_price->errorText()});
        } else if (!m_price->amount()) {
            showMessage(m_priceError,
                type == SupportType::PersonalAssistant
                    ? tr("Enter the pay an hour, like 12.71")
                    : tr("Enter the price, like 12.71 or 50. If you don't know it yet, enter 0"));
            wrong.append({m_price->lineEdit(), m_priceError->text()});
        }
    }
    if (!(type == SupportType::Unpaid && m_quantity->isEmpty()) && !m_quantity->validate()) {
        wrong.append({m_quantity->lineEdit(), m_quantity->errorText()});
    }
    if (wrong.isEmpty()) {
        return true;
    }
    if (wrong.size() > 1) {
        QStringList lines {tr("There are %n things to put right:", nullptr, int(wrong.size()))};
        for (const auto& [widget, message] : wrong) {
            lines.append(QStringLiteral("• ") + message);
        }
        showMessage(m_summary, lines.join(QLatin1Char('\n')));
    }
    wrong.first().first->setFocus(Qt::OtherFocusReason);
    return false;
}

void SupportItemDialog::accept()
{
    if (m_readOnly) {
        reject();
        return;
    }
    if (!validate()) {
        return;
    }
    const SupportItem after = item();
    if (m_mode == Mode::Change && after == m_original) {
        QDialog::accept(); // nothing changed: nothing to undo
        return;
    }
    QString failure;
    const auto watch = connect(m_session, &PlanSession::editFailed, this,
        [&failure](const QString& message) { failure = message; });
    if (m_mode == Mode::Add) {
        m_session->undoStack()->push(
            new SupportItemListCommand(m_session, after, SupportItemListCommand::Change::Add));
    } else {
        m_session->undoStack()->push(new EditSupportItemCommand(
            m_session, m_original, after, tr("change “%1”").arg(after.what.simplified())));
    }
    disconnect(watch);
    const SupportItem* saved = m_session->plan().item(after.key);
    if (!saved || !(*saved == after)) {
        showMessage(m_summary,
            failure.isEmpty() ? tr("This support could not be saved. Please try again.") : failure);
        m_main->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void SupportItemDialog::openCalculator()
{
    auto* calculator = new PersonalAssistantCalculator(
        m_session->rates(), PersonalAssistantCalculator::Purpose::UseFigures, this);
    calculator->setAttribute(Qt::WA_DeleteOnClose);
    calculator->setFigures(m_quantity->hundredths(), m_price->amount());
    connect(calculator, &QDialog::accepted, this, [this, calculator] {
        const auto hours = calculator->hoursHundredths();
        const auto wage = calculator->hourlyWage();
        if (hours && wage) {
            m_frequency->setCurrentIndex(m_frequency->findData(int(Period::Week)));
            m_quantity->setUnit(QuantityText::Unit::Hours, Period::Week);
            m_quantity->setHundredths(*hours);
            m_price->setAmount(*wage);
            m_priceError->hide();
            update();
        }
    });
    calculator->open();
}

} // namespace pb::ui
