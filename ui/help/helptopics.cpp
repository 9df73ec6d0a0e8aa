#include "help/helptopics.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QWidget>

namespace pb::ui {

namespace {

// The steps in plan order, then the caseload: the order of the help contents.
const char* const kPageTopics[][2] = {
    {"pb::ui::CaseloadPage", "caseload"},
    {"pb::ui::AboutMeStep", "about-me"},
    {"pb::ui::BudgetStep", "budget"},
    {"pb::ui::OutcomesStep", "outcomes"},
    {"pb::ui::MoneyManagementStep", "money"},
    {"pb::ui::SupportStep", "support"},
    {"pb::ui::CheckStep", "check"},
    {"pb::ui::AgreeStep", "agree"},
    {"pb::ui::ReviewPage", "review"},
    {"pb::ui::SpendingWindow", "spending"},
    {"pb::ui::ResultsPage", "results"},
};

} // namespace

QString HelpTopics::folder()
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QString translated = QStringLiteral(":/help/") + language;
    return QDir(translated).exists() ? translated : QStringLiteral(":/help/en");
}

QStringList HelpTopics::all()
{
    QStringList topics {index()};
    for (const auto& [page, topic] : kPageTopics) {
        Q_UNUSED(page)
        topics.append(QString::fromLatin1(topic));
    }
    topics << glossary() << keyboard();
    return topics;
}

QString HelpTopics::text(const QString& topic)
{
    QFile file(folder() + QLatin1Char('/') + topic + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString HelpTopics::title(const QString& topic)
{
    const QString page = text(topic);
    const qsizetype end = page.indexOf(QLatin1Char('\n'));
    const QString first = page.left(end).trimmed();
    return first.startsWith(QLatin1String("# ")) ? first.mid(2).trimmed() : topic;
}

bool HelpTopics::matches(const QString& topic, const QString& query)
{
    const QString page = text(topic);
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!page.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return !words.isEmpty();
}

QString HelpTopics::forPage(const QWidget* page)
{
    if (page == nullptr) {
        return index();
    }
    const QByteArray name = page->metaObject()->className();
    for (const auto& [className, topic] : kPageTopics) {
        if (name == className) {
            return QString::fromLatin1(topic);
        }
    }
    return index();
}

} // namespace pb::ui
