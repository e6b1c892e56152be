// What the window works on: one open database and the session of the person
// at the desk. Opening prepares a new database for its first day (the default
// catalogue of services, a desk user) so the desk can work at once.
//
// Until signing in exists, the session is the first active receptionist (or,
// failing that, the first active user); a database without users gets one
// receptionist account, "reception".
#pragma once

#include "core/Result.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Opens (creating when absent) the database at path. The failure says why
    // in words (not a database, written by a newer Istiqbal, ...).
    static Result<std::shared_ptr<Workspace>> open(const QString &path);

    // istiqbal.sqlite in the application data folder (created when missing).
    static QString defaultDatabasePath();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    Database &database() { return *m_db; }
    const Session &session() const { return *m_session; }

private:
    Workspace() = default;
    static Result<Session> deskSession(Database &db);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};
