// The write transactions of one Database: BEGIN IMMEDIATE ... COMMIT (with the
// advisory lock on PostgreSQL), nested ones as savepoints, and bulk writes.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

class ChangeAnnouncer;
class Database;
class QSqlError;

class Transactions final
{
    Q_DECLARE_TR_FUNCTIONS(Transactions)

public:
    Transactions(Database &db, ChangeAnnouncer &changes) : m_db(db), m_changes(changes) {}
    Transactions(const Transactions &) = delete;
    Transactions &operator=(const Transactions &) = delete;

    // Runs work in one transaction, or in a savepoint of the one open: rolls
    // back when work fails or throws (the exception goes on). The database
    // must be open.
    Status run(const std::function<Status()> &work);
    // A write transaction outside run() (BulkWriter's batches), ended by
    // endWrite(); run() inside it becomes a savepoint.
    Status beginWrite();
    Status endWrite(bool commit);

    // How many run() calls are under way.
    int depth() const { return m_depth; }
    bool active() const { return m_depth > 0 || m_bulkWrite; }
    // Forgets the state (the connection is closing).
    void reset();

private:
    Status startWrite();
    bool rawExec(const QString &sql, QSqlError *error = nullptr);
    // Transaction control (BEGIN, COMMIT, savepoints): on SQLite prepared once.
    bool controlExec(const QString &sql, QSqlError *error = nullptr);

    Database &m_db;
    ChangeAnnouncer &m_changes;
    int m_depth = 0;
    bool m_bulkWrite = false;
};
