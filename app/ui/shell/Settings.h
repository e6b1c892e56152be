// The desk's own preferences (this computer, this user), typed, through
// QSettings: the interface language, the window's geometry and state, the
// database to open. Every key and its default value is in one table in
// Settings.cpp. Tests give a temporary INI file. What the association shares
// between desks is in the database instead (AssociationProfile).
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

class Settings final
{
public:
    enum class Key
    {
        Language,        // "ar" (default) or "en"
        WindowGeometry,  // QWidget::saveGeometry()
        WindowState,     // QMainWindow::saveState()
        DatabasePath,    // empty: istiqbal.sqlite in the application data folder
        DeskScope,       // 0: today's cases, 1: every open case
        IdleLockMinutes, // the window locks after this long without input (default 10)
    };

    // The user's settings in the platform's usual place.
    Settings();
    // An INI file at path (tests, portable installs).
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString keyName(Key key);

    // Typed accessors.
    QString language() const; // always "ar" or "en"
    void setLanguage(const QString &language);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    int deskScope() const;
    void setDeskScope(int scope);
    // 1..240 minutes; anything else reads as the default.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    void sync();

    static bool isSupportedLanguage(const QString &language);

private:
    std::unique_ptr<QSettings> m_settings;
};
