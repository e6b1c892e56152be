// Key/value settings kept in the database (the association's identity and
// shared preferences); every change is audited.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
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
    Status setValue(const QString &key, const QString &value, qint64 actorId);
    Status remove(const QString &key, qint64 actorId);

private:
    Database &m_db;
};
