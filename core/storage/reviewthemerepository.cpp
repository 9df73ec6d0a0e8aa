#include "storage/reviewthemerepository.h"

#include "storage/database.h"
#include "storage/reviewtables.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSet>

namespace pb {

ReviewThemeRepository::ReviewThemeRepository(Database& db)
    : m_db(db)
{
}

QStringList ReviewThemeRepository::tidy(const QStringList& themes)
{
    QStringList tidied;
    QSet<QString> seen;
    for (const QString& theme : themes) {
        const QString t = theme.simplified();
        if (t.isEmpty() || seen.contains(t.toCaseFolded())) {
            continue;
        }
        seen.insert(t.toCaseFolded());
        tidied.append(t);
    }
    return tidied;
}

Status ReviewThemeRepository::setThemes(const ReviewComment& comment, const QStringList& themes)
{
    const QStringList tidied = tidy(themes);
    for (const QString& theme : tidied) {
        if (theme.size() > kLongestTheme) {
            return Error {tr("A theme is a few words, like “transport” or “staff "
                             "keep changing”. Make “%1…” shorter (%2 "
                             "characters at most). Nothing was changed.")
                              .arg(theme.left(20))
                              .arg(kLongestTheme),
                QStringLiteral("theme of %1 characters").arg(theme.size())};
        }
    }
    Transaction tx(m_db.connection());
    if (auto s = tx.started(); !s) {
        return s;
    }
    const QueryRunner run(m_db.connection());
    auto exists = ReviewTables::reviewExists(run, comment.planId, comment.reviewIndex);
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return Error {tr("This review is no longer in the caseload file, so its comments can't "
                         "be tagged. Show the results again to see the reviews as they are now."),
            QStringLiteral("plan %1 has no review %2")
                .arg(comment.planId)
                .arg(comment.reviewIndex)};
    }
    if (auto s = ReviewTables::setThemes(run, comment, tidied); !s) {
        return s;
    }
    return tx.commit();
}

Result<QStringList> ReviewThemeRepository::themes(const ReviewComment& comment) const
{
    return ReviewTables::themes(QueryRunner(m_db.connection()), comment);
}

} // namespace pb
