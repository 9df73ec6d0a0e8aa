// AppSettings: the preferences the program remembers between runs, through
// QSettings: text size, high contrast, language, the last database and recent
// ones, window geometry.
// One place, so the names of the keys are written once.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pb::ui {

class AppSettings {
public:
    static constexpr int kSmallestTextPercent = 100;
    static constexpr int kLargestTextPercent = 200;
    static constexpr int kMaxRecent = 8;

    int textPercent() const;
    void setTextPercent(int percent); // clamped to 100..200

    bool highContrast() const; // off unless chosen
    void setHighContrast(bool on);

    QString lastDatabase() const;
    void setLastDatabase(const QString& path); // also moves it to the top of the recent list
    QStringList recentDatabases() const;
    void forgetRecent(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // The language chosen in Preferences ("cy", "pl"…); empty: the system's.
    QString language() const;
    void setLanguage(const QString& code);
};

} // namespace pb::ui
