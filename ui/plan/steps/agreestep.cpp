#include "plan/steps/agreestep.h"

#include "appearance.h"
#include "model/reviewschedule.h"
#include "plan/plansession.h"
#include "plan/steps/agree/agreedialog.h"
#include "plan/steps/agree/planoutputpanel.h"
#include "plan/steps/agree/versiontablemodel.h"
#include "plan/steps/check/plansummary.h"
#include "plan/steps/checkstep.h"
#include "widgets/dateedit.h"
#include "widgets/fittedtableview.h"
#include "widgets/heading.h"
#include "widgets/readingcolumn.h"

#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
} // namespace

QDate AgreeStep::defaultReviewDate(QDate today)
{
    return ReviewSchedule::firstReview(today);
}

AgreeStep::AgreeStep(PlanSession* session, QWidget* parent)
    : StepPage(session, tr("Agree my plan"),
        tr("When everyone is happy with the plan, agree it. The agreed plan is kept as it is; you "
           "can make a new version later."),
        parent)
    , m_form(new QWidget(this))
    , m_agreedBy(new QLineEdit(m_form))
    , m_agreedByError(wrapped(m_form))
    , m_reviewDate(new DateEdit(m_form))
    , m_reviewSentence(wrapped(m_form))
    , m_errorsNote(wrapped(m_form))
    , m_agree(new QPushButton(
          Appearance::icon(QStringLiteral(":/icons/agree.svg")), tr("Agree this plan"), m_form))
    , m_agreedPanel(new QFrame(this))
    , m_agreedText(wrapped(m_agreedPanel))
    , m_output(new PlanOutputPanel(session, this))
    , m_versionsView(new FittedTableView(this))
    , m_versions(new VersionTableModel(this))
{
    // --- before agreeing
    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(8);
    form->addWidget(new Heading(tr("Agreeing the plan"), 2, m_form));

    auto* whoLabel = new QLabel(tr("Who is agreeing the plan"), m_form);
    whoLabel->setBuddy(m_agreedBy);
    form->addWidget(whoLabel);
    const QString whoHint =
        tr("Names, and their role if it helps. For example: Aisha Khan and Kim Lee (social "
           "worker)");
    form->addWidget(hint(m_form, whoHint));
    m_agreedBy->setAccessibleName(tr("Who is agreeing the plan"));
    m_agreedBy->setAccessibleDescription(whoHint);
    form->addWidget(m_agreedBy);
    m_agreedByError->setObjectName(QStringLiteral("fieldError"));
    m_agreedByError->hide();
    form->addWidget(m_agreedByError);
    connect(m_agreedBy, &QLineEdit::textEdited, this, [this] {
        if (!m_agreedBy->text().trimmed().isEmpty()) {
            m_agreedByError->hide();
        }
    });

    form->addSpacing(8);
    auto* dateLabel = new QLabel(tr("Date of the first review"), m_form);
    dateLabel->setBuddy(m_reviewDate);
    form->addWidget(dateLabel);
    form->addWidget(hint(m_form,
        tr("We suggest three months after the plan is agreed, to see how it is going. After "
           "that, your plan is looked at again once a year.")));
    m_reviewDate->setAccessibleName(tr("Date of the first review"));
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_reviewDate);
    dateRow->addStretch(1);
    form->addLayout(dateRow);
    form->addWidget(m_reviewSentence);
    connect(m_reviewDate, &QDateEdit::dateChanged, this, &AgreeStep::updateReviewSentence);

    form->addSpacing(8);
    m_errorsNote->hide();
    form->addWidget(m_errorsNote);
    m_agree->setObjectName(QStringLiteral("primary"));
    m_agree->setAccessibleName(tr("Agree this plan"));
    m_agree->setMinimumHeight(44);
    m_agree->setAutoDefault(true);
    auto* agreeRow = new QHBoxLayout;
    agreeRow->addWidget(m_agree);
    agreeRow->addStretch(1);
    form->addLayout(agreeRow);
    connect(m_agree, &QPushButton::clicked, this, &AgreeStep::askToAgree);
    // The form and what happened read as text: no wider than a text column.
    auto* column = new ReadingColumn(90, this);
    column->column()->setSpacing(16);
    column->column()->addWidget(m_form);
    column->addTo(content());

    // --- after agreeing
    m_agreedPanel->setFrameShape(QFrame::StyledPanel);
    m_agreedPanel->setObjectName(QStringLiteral("agreedPanel"));
    auto* panel = new QHBoxLayout(m_agreedPanel);
    panel->setContentsMargins(16, 12, 16, 12);
    panel->setSpacing(12);
    auto* icon = new QLabel(m_agreedPanel);
    const int side = fontMetrics().height() * 2;
    icon->setPixmap(Appearance::icon(QStringLiteral(":/icons/agree.svg"))
                        .pixmap(QSize(side, side), devicePixelRatio()));
    panel->addWidget(icon, 0, Qt::AlignTop);
    auto* panelText = new QVBoxLayout;
    panelText->addWidget(new Heading(tr("This plan is agreed"), 2, m_agreedPanel));
    // Focusable, so that after agreeing the focus lands here and a screen
    // reader says what happened.
    m_agreedText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_agreedText->setFocusPolicy(Qt::StrongFocus);
    m_agreedText->setAccessibleName(tr("This plan is agreed"));
    panelText->addWidget(m_agreedText);
    panel->addLayout(panelText, 1);
    column->column()->addWidget(m_agreedPanel);

    // --- print or save, agreed or not
    column->column()->addSpacing(8);
    column->column()->addWidget(m_output);

    // --- the versions so far
    content()->addWidget(new Heading(tr("Versions of this plan"), 2, this));
    content()->addWidget(hint(this,
        tr("Each agreed version is kept exactly as it was agreed. The newest is at the top.")));
    m_versionsView->setModel(m_versions);
    // Dates and the version number never wrap; the status and who agreed may.
    m_versionsView->setColumnWidthsInCharacters({0, 16, 0, 30, 0, 36});
    m_versionsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_versionsView->setAccessibleName(tr("Versions of this plan"));
    m_versionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionsView->setTabKeyNavigation(false);
    content()->addWidget(m_versionsView);

    setEditable(!session->isFrozen());
    refresh();
}

QString AgreeStep::stepTitle() const
{
    return tr("Agree");
}

AgreeDialog* AgreeStep::openDialog() const
{
    return m_dialog;
}

void AgreeStep::resetForm()
{
    m_agreedBy->clear();
    m_agreedByError->hide();
    const QDate today = QDate::currentDate();
    // The repository refuses a review before the day of agreeing.
    m_reviewDate->setMinimumDate(today);
    m_reviewDate->setDate(defaultReviewDate(today));
    updateReviewSentence();
}

void AgreeStep::updateReviewSentence()
{
    m_reviewSentence->setText(
        tr("Your first review will be on %1.").arg(PlanSummary::date(m_reviewDate->date())));
}

void AgreeStep::refresh()
{
    const Plan& plan = session()->plan();
    if (plan.id != m_formPlanId) {
        m_formPlanId = plan.id;
        resetForm();
    }

    const bool frozen = plan.isFrozen();
    m_output->refresh();
    m_form->setVisible(!frozen);
    m_agreedPanel->setVisible(frozen);
    if (frozen) {
        const QString when = PlanSummary::date(plan.agreedAt.toLocalTime().date());
        QStringList lines;
        //: %1 a date, %2 who agreed: "Agreed on 3 March 2027 by Aisha Khan and Kim Lee"
        lines.append(tr("Agreed on %1 by %2.").arg(when, plan.agreedBy));
        if (plan.reviewDate.isValid()) {
            lines.append(tr("Next review: %1.").arg(PlanSummary::date(plan.reviewDate)));
        }
        lines.append(plan.status == PlanStatus::Superseded
                ? tr("A newer version of this plan has replaced it.")
                : tr("This version is kept exactly as it is. To change the plan, choose "
                     "“Make a new version” at the top of the page."));
        m_agreedText->setText(lines.join(QLatin1Char('\n')));
    }

    const auto errors = std::count_if(session()->findings().cbegin(), session()->findings().cend(),
        [](const Finding& f) { return f.severity == FindingSeverity::Error; });
    m_errorsNote->setVisible(!frozen && errors > 0);
    m_errorsNote->setText(errors == 1
            ? tr("Something in your plan is marked “Needs changing” under “Check "
                 "my plan”. You can still agree it: the council makes the final decision.")
            : tr("Some things in your plan are marked “Needs changing” under "
                 "“Check my plan”. You can still agree the plan: the council makes "
                 "the final decision."));

    // The history only changes when a version is agreed or made, so it is
    // read again only then, not after every keystroke on other steps.
    if (plan.id != m_versionsPlanId || plan.status != m_versionsStatus) {
        m_versionsPlanId = plan.id;
        m_versionsStatus = plan.status;
        m_versions->setVersions(session()->versions(), plan.id);
    }
    if (plan.id != m_reviewsPlanId || plan.reviews != m_reviewsShown) {
        m_reviewsPlanId = plan.id;
        m_reviewsShown = plan.reviews;
        m_versions->setReviews(session()->reviewsByVersion());
    }
}

void AgreeStep::setEditable(bool editable)
{
    m_agreedBy->setReadOnly(!editable);
    m_reviewDate->setReadOnly(!editable);
    m_agree->setEnabled(editable);
}

void AgreeStep::askToAgree()
{
    if (session()->isFrozen() || m_dialog) {
        return;
    }
    if (m_agreedBy->text().trimmed().isEmpty()) {
        m_agreedByError->setText(tr("Enter who is agreeing the plan, for example “Aisha "
                                    "Khan and Kim Lee (social worker)”."));
        m_agreedByError->show();
        m_agreedBy->setFocus(Qt::OtherFocusReason);
        return;
    }
    QList<Finding> errors;
    for (const Finding& f : session()->findings()) {
        if (f.severity == FindingSeverity::Error) {
            errors.append(f);
        }
    }
    m_dialog = new AgreeDialog(m_agreedBy->text(), m_reviewDate->date(), errors, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, &AgreeStep::answered);
    m_dialog->open();
}

void AgreeStep::answered(int choice)
{
    switch (choice) {
    case AgreeDialog::Agree:
        // On failure PlanSession says why (editFailed) and nothing changes:
        // the form keeps what was typed, to try again.
        if (session()->agree(m_agreedBy->text().trimmed(), m_reviewDate->date())) {
            m_agreedText->setFocus(Qt::OtherFocusReason);
        }
        return;
    case AgreeDialog::GoBack:
        emit stepRequested(&CheckStep::staticMetaObject);
        return;
    default:
        m_agree->setFocus(Qt::OtherFocusReason);
        return;
    }
}

} // namespace pb::ui
