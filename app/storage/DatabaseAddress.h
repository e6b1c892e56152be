// Where a database is: a SQLite file (a path) or a PostgreSQL server database
// (postgresql://user@host:port/dbname). The password, when the address carries
// one, is kept in memory only and never shown; without one libpq reads
// PGPASSWORD or ~/.pgpass itself.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class DatabaseAddress final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseAddress)

public:
    enum class Kind
    {
        SQLiteFile,
        PostgreSQL
    };

    // True when text names a server (postgresql:// or postgres://).
    static bool isServer(const QString &text);
    // A file path, or a server address checked for its parts.
    static Result<DatabaseAddress> parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::PostgreSQL; }

    QString filePath() const { return m_path; } // SQLite
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: the default (5432)
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_database; }
    // libpq options given after '?' (sslmode=require ...), as "k=v" items.
    QStringList options() const { return m_options; }

    // The address without a password, to show and to keep in settings.
    QString display() const;

private:
    Kind m_kind = Kind::SQLiteFile;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_database;
    QStringList m_options;
};
