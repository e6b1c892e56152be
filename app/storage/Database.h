// One open Istiqbal database: a named Qt Sql connection owned by this object
// and used only from the thread that opened it (open one Database per thread).
// Opening checks the file before touching it, sets the pragmas and applies
// the numbered, forward-only migrations.
#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;
class QThread;

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The newest schema version this program understands.
    static int latestSchemaVersion();

    // Opens (creating when absent) and migrates the SQLite file at path.
    // Refuses, without changing a byte, a file that is not a database, is
    // damaged, belongs to another program or was written by a newer Istiqbal.
    Status open(const QString &path);
    void close();

    bool isOpen() const;
    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_name; }
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    // The connection, for the repositories; valid only on the opening thread.
    QSqlDatabase connection() const;

    // PRAGMA integrity_check and foreign_key_check; a failure says what is wrong.
    Status check() const;

    // Online copy into a new file (the file must not exist yet).
    Status backup(const QString &toPath) const;

    // Runs work inside one write transaction (BEGIN IMMEDIATE ... COMMIT).
    // Rolls back when work returns a failure or throws (the exception goes on).
    // Nested calls become savepoints of the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Runs one statement without parameters (schema, pragmas).
    Status execute(const QString &sql, const QString &failureSentence);

    // Logs the driver's English text and returns sentence plus that detail.
    static Status sqlFailure(const QString &sentence, const QSqlError &error);

private:
    Status probeExisting(const QString &path) const;
    Status configure();
    Status migrate();
    bool rawExec(const QString &sql, QSqlError *error = nullptr);

    QString m_name;
    QString m_path;
    SqlDialect m_dialect;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
    int m_depth = 0;
};
