#include "appsettings.h"

#include <QSettings>

#include <algorithm>

namespace pb::ui {

namespace {
const QString kTextPercent = QStringLiteral("view/textPercent");
const QString kHighContrast = QStringLiteral("view/highContrast");
const QString kLastDatabase = QStringLiteral("files/lastDatabase");
const QString kRecent = QStringLiteral("files/recentDatabases");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLanguage = QStringLiteral("view/language");
} // namespace

int AppSettings::textPercent() const
{
    return std::clamp(
        QSettings().value(kTextPercent, 100).toInt(), kSmallestTextPercent, kLargestTextPercent);
}

void AppSettings::setTextPercent(int percent)
{
    QSettings().setValue(
        kTextPercent, std::clamp(percent, kSmallestTextPercent, kLargestTextPercent));
}

bool AppSettings::highContrast() const
{
    return QSettings().value(kHighContrast, false).toBool();
}

void AppSettings::setHighContrast(bool on)
{
    QSettings().setValue(kHighContrast, on);
}

QString AppSettings::lastDatabase() const
{
    return QSettings().value(kLastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    QSettings settings;
    settings.setValue(kLastDatabase, path);
    QStringList recent = settings.value(kRecent).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kRecent, recent);
}

QStringList AppSettings::recentDatabases() const
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::forgetRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecent).toStringList();
    recent.removeAll(path);
    settings.setValue(kRecent, recent);
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}
QByteArray AppSettings::windowState() const
{
    return QSettings().value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& state)
{
    QSettings().setValue(kState, state);
}

QString AppSettings::language() const
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(kLanguage, code);
}

} // namespace pb::ui
