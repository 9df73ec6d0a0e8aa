#include "spending/ukdateparser.h"

#include <QRegularExpression>

#include <array>

namespace pb {

namespace {

constexpr std::array<const char*, 12> kMonths = {"january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december"};

// 1-12 for a month's English name or its first three letters ("Sept" too).
int monthFromName(const QString& name)
{
    const QString lower = name.toLower();
    for (int i = 0; i < int(kMonths.size()); ++i) {
        const QString full = QString::fromLatin1(kMonths[std::size_t(i)]);
        if (lower == full || lower == full.left(3) || (i == 8 && lower == QLatin1String("sept"))) {
            return i + 1;
        }
    }
    return 0;
}

int fullYear(const QString& year)
{
    const int y = year.toInt();
    return year.size() == 2 ? 2000 + y : y;
}

} // namespace

Result<QDate> UkDateParser::parse(const QString& typed)
{
    QString text = typed.trimmed();
    // A time after the date: "31/01/2027 14:05" or "2027-01-31T14:05:00".
    static const QRegularExpression time(QStringLiteral("(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)$"));
    text.remove(time);

    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})$"));
    static const QRegularExpression named(
        QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,9})[ -](\\d{4}|\\d{2})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));

    QDate date;
    if (const auto m = numeric.match(text); m.hasMatch()) {
        date = QDate(fullYear(m.captured(3)), m.captured(2).toInt(), m.captured(1).toInt());
    } else if (const auto n = named.match(text); n.hasMatch()) {
        const int month = monthFromName(n.captured(2));
        if (month > 0) {
            date = QDate(fullYear(n.captured(3)), month, n.captured(1).toInt());
        }
    } else if (const auto i = iso.match(text); i.hasMatch()) {
        date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
    }
    if (!date.isValid()) {
        return Error {typed.trimmed().isEmpty()
                ? tr("There is no date.")
                : tr("The date “%1” can't be read. Dates should look like 31/01/2027, "
                     "31 Jan 2027 or 2027-01-31.")
                      .arg(typed.trimmed()),
            QStringLiteral("unreadable date: \"%1\"").arg(typed)};
    }
    return date;
}

} // namespace pb
