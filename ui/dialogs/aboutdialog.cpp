#include "dialogs/aboutdialog.h"

#include "costing/ratetableloader.h"
#include "ras/rasschemeloader.h"
#include "widgets/heading.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

QString longDate(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

// A title with its address as a link, or the title alone when there is none.
QString linked(const QString& text, const QString& url)
{
    if (url.isEmpty()) {
        return text.toHtmlEscaped();
    }
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

QString rateTablesHtml()
{
    QString html;
    const QList<RateTable> tables = RateTableLoader::builtIn();
    if (tables.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(AboutDialog::tr("No cost-rate table is included."));
    }
    for (const RateTable& table : tables) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(table.name.toHtmlEscaped(),
                        AboutDialog::tr("Rates as of %1, for %2 to %3.")
                            .arg(longDate(table.ratesAsOf), longDate(table.validFrom),
                                longDate(table.validUntil)));
        html += QStringLiteral("<ul>");
        for (const RateTable::Source& source : table.sources) {
            QString line = AboutDialog::tr("%1, %2").arg(
                linked(source.title, source.url), source.publisher.toHtmlEscaped());
            if (source.typicalFigure) {
                //: after a source of a figure that is typical rather than the law
                line += AboutDialog::tr(" (a typical figure, not a quote)");
            }
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString rasSchemesHtml()
{
    QString html;
    for (const QString& path : RasSchemeLoader::shippedSchemePaths()) {
        const auto scheme = RasSchemeLoader::load(path);
        if (!scheme.ok()) {
            // Tests load every shipped scheme; should one ever fail, say so
            // rather than leave it out silently.
            html += QStringLiteral("<p>%1</p>").arg(scheme.error().message.toHtmlEscaped());
            continue;
        }
        const RasScheme& s = scheme.value();
        html += QStringLiteral("<p><b>%1</b><br>").arg(s.name.toHtmlEscaped());
        if (s.example) {
            html += AboutDialog::tr("An example, not any council's real figures.")
                + QStringLiteral("<br>");
        }
        html += AboutDialog::tr("From: %1. Figures as of %2.")
                    .arg(s.council.toHtmlEscaped(), longDate(s.ratesAsOf))
            + QStringLiteral("<br>");
        // The source is a paragraph of its own words; its address, when it
        // has one, follows as the link, so the words read as text.
        html += AboutDialog::tr("Source: %1").arg(s.source.toHtmlEscaped());
        if (!s.sourceUrl.isEmpty()) {
            html += QLatin1Char(' ') + linked(s.sourceUrl, s.sourceUrl);
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Personal Budget Planner"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new Heading(tr("Personal Budget Planner"), 1, this));
    m_text->setOpenExternalLinks(true);
    m_text->setHtml(aboutHtml());
    m_text->setAccessibleName(tr("About Personal Budget Planner: version, licence and sources"));
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Room for most of the sources at the usual text size, but never larger
    // than the screen (at 200% text the wish is twice as big).
    QSize wanted(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 32);
    if (const QScreen* shown = screen()) {
        wanted = wanted.boundedTo(shown->availableGeometry().size() * 9 / 10);
    }
    resize(wanted);
}

QString AboutDialog::aboutHtml()
{
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Version %1").arg(QApplication::applicationVersion().toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Plan how to use a personal budget for care and support: know the budget, "
                        "say what matters, choose how the money is managed, cost the support, "
                        "check and agree the plan, and review it later."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Free software under the GNU General Public License, version 3 or later "
                        "(GPL-3.0-or-later). You may use, study, share and change it; see the "
                        "licence for the details."));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Costs of employing a personal assistant"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The costing uses the rate table whose dates cover the plan."));
    html += rateTablesHtml();
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Example budget questionnaires (RAS schemes)"));
    html += rasSchemesHtml();
    return html;
}

} // namespace pb::ui
