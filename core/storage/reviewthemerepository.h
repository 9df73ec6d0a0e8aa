// ReviewThemeRepository: the themes a broker tags review comments with, to
// count what people say is working and not working across a caseload
// ("Working Together for Change": common themes, then what to do about them).
//
// Themes are the broker's reading of what was said, not part of what the
// person said: they are kept apart from the review and the plan (not in the
// plan file, not in the agreed snapshot), and can be changed on a review of
// any version, agreed or superseded. Each call that writes is one
// transaction, on the disk when it returns.
#pragma once

#include "common/result.h"
#include "storage/reviewcomment.h"

#include <QCoreApplication>
#include <QStringList>

namespace pb {

class Database;

class ReviewThemeRepository {
    Q_DECLARE_TR_FUNCTIONS(ReviewThemeRepository)
public:
    // Longer than any theme a person would type; keeps a pasted paragraph out.
    static constexpr int kLongestTheme = 80;

    explicit ReviewThemeRepository(Database& db);

    // Replaces the comment's themes with tidy(themes); an empty list removes
    // them. Refused with a plain-words Error when the review isn't there or
    // a theme is longer than kLongestTheme characters.
    Status setThemes(const ReviewComment& comment, const QStringList& themes);
    Result<QStringList> themes(const ReviewComment& comment) const;

    // Themes as they are stored: spaces tidied (QString::simplified), empty
    // ones dropped, and a theme given twice (in any mix of capitals) kept
    // once, where it first appears.
    static QStringList tidy(const QStringList& themes);

private:
    Database& m_db;
};

} // namespace pb
