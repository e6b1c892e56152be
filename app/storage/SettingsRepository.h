// Key/value settings kept in the database (the association's identity and
// shared preferences); every change is audited.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <optional>

class Database;

class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    Result<std::optional<QString>> value(const QString &key) const;
    Result<QMap<QString, QString>> all() const;
    // Audited setting.set with the key.
    Status setValue(const QString &key, const QString &value, qint64 actorId);
    // The same audited as auditAction with auditDetails: for a setting with
    // an audit action of its own (retention.set).
    Status setValue(const QString &key, const QString &value, qint64 actorId,
                    const QString &auditAction, const QJsonObject &auditDetails);
    Status remove(const QString &key, qint64 actorId);

private:
    Database &m_db;
};
