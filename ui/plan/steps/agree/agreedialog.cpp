#include "plan/steps/agree/agreedialog.h"

#include "appearance.h"
#include "plan/steps/check/plansummary.h"
#include "widgets/heading.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pb::ui {

namespace {
QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

AgreeDialog::AgreeDialog(
    const QString& agreedBy, QDate reviewDate, const QList<Finding>& errors, QWidget* parent)
    : QDialog(parent)
    , m_agree(new QPushButton(
          Appearance::icon(QStringLiteral(":/icons/agree.svg")), tr("Agree this plan")))
    , m_notYet(new QPushButton(tr("Not yet")))
{
    setWindowTitle(tr("Agree this plan"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(new Heading(tr("Agree this plan?"), 2, this));

    if (!errors.isEmpty()) {
        auto* box = new QHBoxLayout;
        auto* icon = new QLabel(this);
        const int side = fontMetrics().height() * 2;
        icon->setPixmap(Appearance::icon(QStringLiteral(":/icons/error.svg"))
                            .pixmap(QSize(side, side), devicePixelRatio()));
        icon->setAccessibleName(tr("Needs changing"));
        box->addWidget(icon, 0, Qt::AlignTop);
        auto* list = new QVBoxLayout;
        // No count in the sentence (the list shows them), so no plural forms.
        list->addWidget(
            paragraph(errors.size() == 1 ? tr("Something in your plan needs changing:")
                                         : tr("Some things in your plan need changing:"),
                this));
        // A real list, so a message that wraps stays indented under its bullet.
        QString items;
        for (const Finding& f : errors) {
            items += QStringLiteral("<li>%1</li>").arg(f.message.toHtmlEscaped());
        }
        auto* listLabel = new QLabel(QStringLiteral("<ul>%1</ul>").arg(items), this);
        listLabel->setTextFormat(Qt::RichText);
        listLabel->setWordWrap(true);
        list->addWidget(listLabel);
        list->addWidget(paragraph(tr("You can still agree it, because the council makes the final "
                                     "decision. Or you can go back and change them first."),
            this));
        box->addLayout(list, 1);
        layout->addLayout(box);
    }

    layout->addWidget(paragraph(tr("This version will be kept exactly as it is. To change it "
                                   "later you make a new version."),
        this));
    layout->addWidget(paragraph(tr("Agreed by: %1").arg(agreedBy.trimmed()), this));
    layout->addWidget(paragraph(tr("First review: %1").arg(PlanSummary::date(reviewDate)), this));
    auto* question = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Agree this plan?")), this);
    question->setTextFormat(Qt::RichText);
    layout->addWidget(question);

    auto* buttons = new QDialogButtonBox(this);
    m_agree->setAccessibleName(tr("Agree this plan"));
    m_agree->setObjectName(QStringLiteral("primary"));
    m_notYet->setAccessibleName(tr("Not yet: go back without agreeing"));
    buttons->addButton(m_agree, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_notYet, QDialogButtonBox::RejectRole);
    if (!errors.isEmpty()) {
        m_goBack = new QPushButton(tr("Go back and change them"));
        m_goBack->setAccessibleName(tr("Go back and change what needs changing"));
        buttons->addButton(m_goBack, QDialogButtonBox::ActionRole);
        connect(m_goBack, &QPushButton::clicked, this, [this] { done(GoBack); });
    }
    for (QAbstractButton* b : buttons->buttons()) {
        b->setMinimumHeight(44);
    }
    m_agree->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // About 60 characters wide, so the paragraphs read as text, not a
    // column, and tall enough for every wrapped line at that width (a
    // window's layout does not work that out for word-wrapped labels).
    // Never narrower than the buttons need.
    const int width =
        std::max(fontMetrics().averageCharWidth() * 60, layout->minimumSize().width());
    const int height = layout->totalHeightForWidth(width);
    setMinimumSize(width, height);
    resize(width, height);
}

} // namespace pb::ui
