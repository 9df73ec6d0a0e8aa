#include "plan/steps/agree/planoutputpanel.h"

#include "document/planoutput.h"
#include "plan/plansession.h"
#include "widgets/heading.h"
#include "widgets/messagebar.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

PlanOutputPanel::PlanOutputPanel(PlanSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_output(new PlanOutput(this))
    , m_draftNote(new QLabel(this))
    , m_print(addButton(tr("Print…"), tr("Print your plan")))
    , m_preview(addButton(tr("Print preview"), tr("Show how your plan will look printed")))
    , m_savePdf(addButton(tr("Save as PDF…"), tr("Save your plan as a PDF file")))
    , m_saveEasyRead(
          addButton(tr("Save easy-read PDF…"), tr("Save the easy-read plan as a PDF file")))
    , m_saveCsv(addButton(tr("Save support as a spreadsheet (CSV)…"),
          tr("Save your support as a spreadsheet (a CSV file)")))
    , m_message(new MessageBar(this))
{
    m_output->setSession(session);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new Heading(tr("Print or save your plan"), 2, this));
    auto* hint = new QLabel(tr("Print the plan to share it, or save it as a PDF to send or keep. "
                               "The easy-read plan uses short sentences and pictures. The "
                               "spreadsheet lists your support and what it costs."),
        this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_draftNote->setWordWrap(true);
    m_draftNote->setText(tr("This plan is not agreed yet, so every page says DRAFT."));
    layout->addWidget(m_draftNote);

    // Printing on one row, the files on the next, the spreadsheet last: the
    // order they are read in and tabbed through.
    auto* buttons = new QGridLayout;
    buttons->setHorizontalSpacing(12);
    buttons->setVerticalSpacing(8);
    buttons->addWidget(m_print, 0, 0);
    buttons->addWidget(m_preview, 0, 1);
    buttons->addWidget(m_savePdf, 1, 0);
    buttons->addWidget(m_saveEasyRead, 1, 1);
    buttons->addWidget(m_saveCsv, 2, 0, 1, 2, Qt::AlignLeft);
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_print, &QPushButton::clicked, m_output, &PlanOutput::print);
    connect(m_preview, &QPushButton::clicked, m_output, &PlanOutput::preview);
    connect(m_savePdf, &QPushButton::clicked, this,
        [this] { m_output->save(ExportKind::StandardPdf); });
    connect(m_saveEasyRead, &QPushButton::clicked, this,
        [this] { m_output->save(ExportKind::EasyReadPdf); });
    connect(
        m_saveCsv, &QPushButton::clicked, this, [this] { m_output->save(ExportKind::SupportCsv); });
    connect(m_output, &PlanOutput::done, this, [this](const QString& text) {
        m_message->showMessage(MessageBar::Kind::Information, text);
    });
    connect(m_output, &PlanOutput::failed, this,
        [this](const QString& text) { m_message->showMessage(MessageBar::Kind::Problem, text); });
    refresh();
}

QPushButton* PlanOutputPanel::addButton(const QString& text, const QString& accessibleName)
{
    auto* button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setMinimumHeight(44);
    button->setAutoDefault(false);
    return button;
}

void PlanOutputPanel::refresh()
{
    m_draftNote->setVisible(!m_session->isFrozen());
}

} // namespace pb::ui
