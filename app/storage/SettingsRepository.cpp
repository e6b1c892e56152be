#include "storage/SettingsRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                             tr("Could not read the settings."));
        !s)
        return s;
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, QStringLiteral("SELECT key, value FROM settings ORDER BY key"), {},
                             tr("Could not read the settings."));
        !s)
        return s;
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status SettingsRepository::setValue(const QString &key, const QString &value, qint64 actorId)
{
    return setValue(key, value, actorId, QStringLiteral("setting.set"),
                    {{QStringLiteral("key"), key}});
}

Status SettingsRepository::setValue(const QString &key, const QString &value, qint64 actorId,
                                    const QString &auditAction, const QJsonObject &auditDetails)
{
    if (key.trimmed().isEmpty())
        return Status::failure(tr("A setting needs a name."));
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q,
                                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = "
                                                "excluded.value"),
                                 {key, Sql::text(value)}, tr("Could not save the setting."));
            !s)
            return s;
        return AuditRepository(m_db).record(actorId, auditAction, QStringLiteral("setting"), 0,
                                            auditDetails);
    });
}

Status SettingsRepository::remove(const QString &key, qint64 actorId)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                                 tr("Could not save the setting."));
            !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("setting.remove"),
                                            QStringLiteral("setting"), 0,
                                            {{QStringLiteral("key"), key}});
    });
}
