#include "spending/directpaymentreturndialog.h"

#include "document/atomicfilewriter.h"
#include "document/pdfexporter.h"
#include "money/moneyformatter.h"
#include "spending/spendingsession.h"
#include "widgets/dateedit.h"
#include "widgets/heading.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace pb::ui {

DirectPaymentReturnDialog::DirectPaymentReturnDialog(SpendingSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Direct payment return"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(new Heading(tr("Direct payment return"), 1, this));
    auto* intro = new QLabel(tr("The account of the money for a period, as councils ask for it: "
                                "the money in the account at the start, the money paid in, the "
                                "money paid out by kind of support, and the money at the end."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_from = new DateEdit(this);
    m_to = new DateEdit(this);
    for (auto [edit, label, name] :
        {std::tuple {m_from, tr("&From"), tr("First day of the period")},
            std::tuple {m_to, tr("&To"), tr("Last day of the period")}}) {
        edit->setAccessibleName(name);
        auto* l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        connect(edit, &QDateEdit::dateChanged, this, &DirectPaymentReturnDialog::update);
    }
    layout->addLayout(form);
    m_periodError = new QLabel(this);
    m_periodError->setObjectName(QStringLiteral("fieldError"));
    m_periodError->setWordWrap(true);
    m_periodError->hide();
    layout->addWidget(m_periodError);

    m_figures = new QLabel(this);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_figures->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_figures);

    m_saved = new QLabel(this);
    m_saved->setWordWrap(true);
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->hide();
    layout->addWidget(m_saved);

    layout->addStretch(1);
    auto* buttons = new QHBoxLayout;
    m_csv = new QPushButton(tr("Save as a spreadsheet (CSV)…"), this);
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_close = new QPushButton(tr("Close"), this);
    m_csv->setObjectName(QStringLiteral("primary"));
    for (QPushButton* b : {m_csv, m_pdf, m_close}) {
        b->setAccessibleName(b->text().remove(QChar(0x2026)));
        b->setMinimumHeight(44);
        buttons->addWidget(b);
    }
    buttons->insertStretch(2, 1);
    layout->addLayout(buttons);
    connect(m_csv, &QPushButton::clicked, this, [this] { askAndSave(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askAndSave(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    const SpendingSummary& s = session->summary();
    setPeriod(s.year().first(), std::min(s.today(), s.year().last()));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void DirectPaymentReturnDialog::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    update();
}

std::optional<DirectPaymentReturn> DirectPaymentReturnDialog::currentReturn() const
{
    if (m_from->date() > m_to->date()) {
        return std::nullopt;
    }
    return DirectPaymentReturn::make(m_session->person(), m_session->plan(), m_session->payments(),
        m_from->date(), m_to->date());
}

void DirectPaymentReturnDialog::update()
{
    m_saved->hide();
    const auto r = currentReturn();
    m_periodError->setVisible(!r);
    m_csv->setEnabled(r.has_value());
    m_pdf->setEnabled(r.has_value());
    if (!r) {
        m_periodError->setText(tr("The last day is before the first day. Choose the dates again."));
        m_figures->clear();
        return;
    }
    const MoneyFormatter money;
    const auto amount = [&money](
                            Money m) { return money.format(m, MoneyFormatter::Pence::Always); };
    const QLocale locale;
    const QString from = locale.toString(r->from(), QStringLiteral("d MMMM yyyy"));
    const QString to = locale.toString(r->to(), QStringLiteral("d MMMM yyyy"));
    QStringList lines;
    lines << tr("Money in the account on %1: %2").arg(from, amount(r->opening()))
          << tr("Money paid in: %1").arg(amount(r->moneyIn()))
          << tr("Money paid out: %1").arg(amount(r->moneyOut()))
          << tr("Money in the account on %1: %2").arg(to, amount(r->closing()));
    const int n = int(r->payments().size());
    lines << (n == 1 ? tr("1 payment in this period.") : tr("%1 payments in this period.").arg(n));
    m_figures->setText(lines.join(QLatin1Char('\n')));
    m_figures->setAccessibleName(m_figures->text());
}

Status DirectPaymentReturnDialog::saveCsv(const QString& path)
{
    const auto r = currentReturn();
    if (!r) {
        return Error {m_periodError->text(), QStringLiteral("period the wrong way round")};
    }
    const Status s = AtomicFileWriter::write(path, r->toCsv(QLocale()));
    showSaved(s, path);
    return s;
}

Status DirectPaymentReturnDialog::savePdf(const QString& path)
{
    const auto r = currentReturn();
    if (!r) {
        return Error {m_periodError->text(), QStringLiteral("period the wrong way round")};
    }
    const Status s = PdfExporter::write(r->toDocument(QLocale()), path);
    showSaved(s, path);
    return s;
}

void DirectPaymentReturnDialog::showSaved(const Status& status, const QString& path)
{
    m_saved->setObjectName(status.ok() ? QString() : QStringLiteral("fieldError"));
    m_saved->style()->unpolish(m_saved);
    m_saved->style()->polish(m_saved);
    m_saved->setText(status.ok() ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : status.error().message);
    m_saved->setAccessibleName(m_saved->text());
    m_saved->show();
}

void DirectPaymentReturnDialog::askAndSave(bool pdf)
{
    const auto r = currentReturn();
    if (!r) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = r->fileStem() + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this,
        pdf ? tr("Save the return as PDF") : tr("Save the return as a spreadsheet"),
        QDir(folder).filePath(name),
        pdf ? tr("PDF documents (*.pdf)") : tr("Spreadsheets (CSV) (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    // What happened is shown in the dialog (showSaved).
    static_cast<void>(pdf ? savePdf(path) : saveCsv(path));
}

} // namespace pb::ui
