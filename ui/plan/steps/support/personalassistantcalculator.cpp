#include "plan/steps/support/personalassistantcalculator.h"

#include "checks/planchecker.h"
#include "money/moneyformatter.h"
#include "widgets/checkboxtext.h"
#include "plan/steps/support/personalassistantcostview.h"
#include "plan/steps/support/quantityedit.h"
#include "widgets/heading.h"
#include "widgets/moneyedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

namespace {

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

PersonalAssistantCalculator::PersonalAssistantCalculator(
    const RateTable& rates, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_rates(rates)
    , m_hours(new QuantityEdit)
    , m_wage(new MoneyEdit)
    , m_wageError(messageLabel(QStringLiteral("fieldError"), nullptr))
    , m_wageWarning(messageLabel(QStringLiteral("fieldError"), nullptr))
    , m_allowance(new QCheckBox)
    , m_costView(new PersonalAssistantCostView)
    , m_main(new QPushButton)
{
    setWindowTitle(tr("What a personal assistant costs"));
    auto* page = new QWidget;
    auto* form = new QVBoxLayout(page);
    form->setSpacing(8);
    form->addWidget(new Heading(tr("What a personal assistant costs"), 1, page));
    form->addWidget(hintLabel(
        tr("Employing a personal assistant costs more than their pay: there is holiday pay, the "
           "employer's National Insurance, a workplace pension, insurance and a payroll service. "
           "Enter the hours and the pay to see it all."),
        page));

    form->addSpacing(8);
    auto* hoursLabel = new QLabel(tr("Hours a week"), page);
    hoursLabel->setBuddy(m_hours->lineEdit());
    form->addWidget(hoursLabel);
    form->addWidget(hintLabel(tr("You can use part hours, like 7.5"), page));
    m_hours->setUnit(QuantityText::Unit::Hours, Period::Week);
    m_hours->setAccessibleName(tr("Hours a week"));
    // Short numbers: fields about as wide as what goes in them.
    const int ch = fontMetrics().averageCharWidth();
    m_hours->lineEdit()->setMaximumWidth(ch * 14);
    m_wage->lineEdit()->setMaximumWidth(ch * 20);
    form->addWidget(m_hours);

    form->addSpacing(8);
    auto* wageLabel = new QLabel(tr("Pay an hour (hourly wage), in pounds"), page);
    wageLabel->setBuddy(m_wage->lineEdit());
    form->addWidget(wageLabel);
    form->addWidget(hintLabel(minimumWageHint(rates), page));
    m_wage->setAccessibleName(tr("Pay an hour"));
    form->addWidget(m_wage);
    form->addWidget(m_wageError);
    form->addWidget(m_wageWarning);

    form->addSpacing(8);
    m_allowance->setText(
        CheckBoxText::wrapped(tr("I will claim the Employment Allowance (it takes up to %1 a year "
                                 "off the employer's National Insurance)")
                                  .arg(MoneyFormatter().format(rates.employmentAllowanceYearly))));
    m_allowance->setAccessibleName(tr("Claim the Employment Allowance"));
    form->addWidget(m_allowance);
    form->addWidget(hintLabel(tr("Most people who employ a personal assistant can claim it. Your "
                                 "plan is costed without it, to be safe."),
        page));

    form->addSpacing(8);
    form->addWidget(new Heading(tr("What it costs"), 2, page));
    m_costView->setShowSources(true);
    form->addWidget(m_costView);
    form->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    scroll->setAccessibleName(tr("What a personal assistant costs"));

    auto* buttons = new QDialogButtonBox(this);
    m_main->setText(purpose == Purpose::AddToPlan ? tr("Add this personal assistant to my plan")
                                                  : tr("Use these figures"));
    m_main->setObjectName(QStringLiteral("primary"));
    m_main->setDefault(true);
    buttons->addButton(m_main, QDialogButtonBox::AcceptRole);
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setAutoDefault(false);
    close->setAccessibleName(tr("Close without adding"));
    if (purpose == Purpose::UseFigures) {
        close->setText(tr("Cancel"));
        close->setAccessibleName(tr("Cancel"));
    }
    for (QPushButton* button : {m_main, close}) {
        button->setMinimumHeight(44);
        button->setAccessibleName(
            button->accessibleName().isEmpty() ? button->text() : button->accessibleName());
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(m_hours, &QuantityEdit::edited, this, &PersonalAssistantCalculator::recalculate);
    connect(m_wage, &MoneyEdit::amountEdited, this, &PersonalAssistantCalculator::recalculate);
    connect(m_wage->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_wageError->hide();
        recalculate();
    });
    connect(m_allowance, &QCheckBox::toggled, this, &PersonalAssistantCalculator::recalculate);

    setFigures(std::nullopt, std::nullopt);

    // About 100 characters wide at the current text size (room for the
    // breakdown) and most of the screen's height, within the screen; the page
    // scrolls beyond that. (The breakdown appears as the figures are typed,
    // so the content's first size is no guide.)
    int width = fontMetrics().averageCharWidth() * 100;
    int height = fontMetrics().lineSpacing() * 50;
    if (const QScreen* s = screen()) {
        width = std::min(width, s->availableGeometry().width() * 9 / 10);
        height = std::min(height, s->availableGeometry().height() * 17 / 20);
    }
    resize(width, height);
}

void PersonalAssistantCalculator::setFigures(
    std::optional<int> hoursHundredths, std::optional<Money> hourlyWage)
{
    m_hours->setHundredths(hoursHundredths);
    m_wage->setAmount(hourlyWage.value_or(m_rates.nationalLivingWage));
    m_wageError->hide();
    recalculate();
}

std::optional<int> PersonalAssistantCalculator::hoursHundredths() const
{
    return m_hours->hundredths();
}

std::optional<Money> PersonalAssistantCalculator::hourlyWage() const
{
    return m_wage->amount();
}

bool PersonalAssistantCalculator::claimsEmploymentAllowance() const
{
    return m_allowance->isChecked();
}

std::optional<PersonalAssistantCost> PersonalAssistantCalculator::cost() const
{
    const auto hours = hoursHundredths();
    const auto wage = hourlyWage();
    if (!hours || !wage) {
        return std::nullopt;
    }
    PersonalAssistantCost::Options options;
    options.claimEmploymentAllowance = claimsEmploymentAllowance();
    return PersonalAssistantCost::calculate(*hours, *wage, m_rates, options);
}

QString PersonalAssistantCalculator::minimumWageHint(const RateTable& rates)
{
    return tr("The legal minimum for workers aged %1 and over is %2 an hour from %3 (the National "
              "Living Wage).")
        .arg(rates.nationalLivingWageFromAge)
        .arg(MoneyFormatter().format(rates.nationalLivingWage, MoneyFormatter::Pence::Always),
            QLocale().toString(rates.ratesAsOf, QStringLiteral("d MMMM yyyy")));
}

QString PersonalAssistantCalculator::belowMinimumWarning(const RateTable& rates)
{
    return tr("This is less than %1 an hour, the legal minimum for workers aged %2 and over. A "
              "younger assistant or an apprentice may have a lower minimum.")
        .arg(MoneyFormatter().format(rates.nationalLivingWage, MoneyFormatter::Pence::Always))
        .arg(rates.nationalLivingWageFromAge);
}

bool PersonalAssistantCalculator::belowMinimumWage(Money hourlyWage, const RateTable& rates)
{
    // Asks the plan checker about a plan of this one assistant, so the rule
    // lives in one place.
    Plan plan;
    SupportItem assistant;
    assistant.key = 1;
    assistant.type = SupportType::PersonalAssistant;
    assistant.unitPrice = hourlyWage;
    assistant.quantityHundredths = 100;
    plan.items.append(assistant);
    const QList<Finding> findings = PlanChecker(rates).check(plan);
    return std::any_of(findings.cbegin(), findings.cend(),
        [](const Finding& f) { return f.code == QLatin1String("pa-below-minimum-wage"); });
}

void PersonalAssistantCalculator::recalculate()
{
    const auto wage = hourlyWage();
    if (wage && belowMinimumWage(*wage, m_rates)) {
        m_wageWarning->setText(belowMinimumWarning(m_rates));
        m_wageWarning->show();
    } else {
        m_wageWarning->hide();
    }
    m_wage->lineEdit()->setAccessibleDescription(
        m_wageWarning->isHidden() ? minimumWageHint(m_rates) : m_wageWarning->text());

    if (const auto costing = cost()) {
        m_costView->setCost(*costing);
    } else {
        m_costView->clearCost(
            tr("Enter the hours a week and the pay an hour to see what it costs."));
    }
}

void PersonalAssistantCalculator::accept()
{
    QWidget* firstWrong = nullptr;
    if (!m_hours->validate()) {
        firstWrong = m_hours->lineEdit();
    }
    if (m_wage->hasError()) {
        firstWrong = firstWrong ? firstWrong : m_wage->lineEdit();
    } else if (!m_wage->amount()) {
        m_wageError->setText(tr("Enter the pay an hour, like 12.71"));
        m_wageError->show();
        firstWrong = firstWrong ? firstWrong : m_wage->lineEdit();
    }
    if (firstWrong) {
        firstWrong->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace pb::ui
