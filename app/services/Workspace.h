// What the window works on: one open database and the session of the person
// signed in at the desk. Opening prepares a new database for its first day
// (the default catalogue of services). Nobody is signed in after opening:
// the window asks for the first administrator when nobody can sign in yet
// (needsFirstAdministrator), then for a username and password (signIn).
//
// session() is one object for the workspace's whole life: pages may keep a
// reference to it; signing in and out change what it holds. Signed out it
// holds no user, and every service refuses it.
#pragma once

#include "core/Result.h"
#include "services/Authenticator.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Opens (creating when absent) the database at path, or the server
    // database at a postgresql:// address. The failure says why in words (not
    // a database, written by a newer Istiqbal, server unreachable, ...) and
    // never shows the address's password. A server that refused only the
    // address's login (no password for it) opens without a connection: each
    // person's sign-in connects as their own login (isConnected()).
    static Result<std::shared_ptr<Workspace>> open(const QString &path);

    // istiqbal.sqlite in the application data folder (created when missing).
    static QString defaultDatabasePath();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    Database &database() { return *m_db; }
    const Session &session() const { return *m_session; }
    // Keeps the slow-down after failed attempts for as long as the workspace.
    Authenticator &authenticator() { return *m_auth; }

    bool isSignedIn() const { return m_session->userId() != 0; }
    // False on a server that waits for a person's sign-in to connect.
    bool isConnected() const { return m_db->isOpen(); }
    // Checks the password and, when right, makes the user the session's.
    Status signIn(const QString &username, const QString &password);
    // The idle lock: the signed-in user's password again.
    Status confirmPassword(const QString &password);
    // Ends the session; on a server the connection goes back to the
    // address's login, or closes until the next sign-in.
    void signOut();

    // For tests and tools: the user (as stored) signed in without a password.
    void signInAs(const User &user);

private:
    Workspace() = default;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<Session> m_session;
};
