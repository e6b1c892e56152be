#include "ui/shell/Settings.h"

#include <QSettings>

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// Every setting, its stored name and its default.
const Entry &entry(Settings::Key key)
{
    static const Entry entries[] = {
        {Settings::Key::Language, "ui/language", QStringLiteral("ar")},
        {Settings::Key::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {Settings::Key::WindowState, "ui/windowState", QByteArray()},
        {Settings::Key::DatabasePath, "database/path", QString()},
        {Settings::Key::DeskScope, "desk/scope", 0},
        {Settings::Key::IdleLockMinutes, "security/idleLockMinutes", 10},
    };
    for (const Entry &e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

bool Settings::isSupportedLanguage(const QString &language)
{
    return language == QLatin1String("ar") || language == QLatin1String("en");
}

QString Settings::language() const
{
    const QString stored = value(Key::Language).toString();
    return isSupportedLanguage(stored) ? stored : defaultValue(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (isSupportedLanguage(language))
        setValue(Key::Language, language);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QString Settings::databasePath() const
{
    return value(Key::DatabasePath).toString();
}

void Settings::setDatabasePath(const QString &path)
{
    setValue(Key::DatabasePath, path);
}

int Settings::deskScope() const
{
    const int scope = value(Key::DeskScope).toInt();
    return scope == 1 ? 1 : 0;
}

void Settings::setDeskScope(int scope)
{
    setValue(Key::DeskScope, scope == 1 ? 1 : 0);
}

int Settings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = value(Key::IdleLockMinutes).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 240)
        return defaultValue(Key::IdleLockMinutes).toInt();
    return minutes;
}

void Settings::setIdleLockMinutes(int minutes)
{
    setValue(Key::IdleLockMinutes, qBound(1, minutes, 240));
}

void Settings::sync()
{
    m_settings->sync();
}
