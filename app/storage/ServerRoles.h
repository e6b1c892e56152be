// Istiqbal's roles held by a PostgreSQL server itself (issue 11): one group
// role per Istiqbal role with only the table grants that role's work needs,
// the audit's user taken from the connection's login (never from the client),
// and the one function through which an administrator adds a person's own
// login. The database owner sets it up (istiqbal server-setup); a person's
// login can then do no more through psql than their role allows the window.
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

class ServerRoles final
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // Every person's login is a member of this group (through their roles'
    // groups): pg_hba.conf names it to ask those logins for SCRAM passwords.
    static QString personGroup() { return QStringLiteral("istiqbal_person"); }
    // "istiqbal_receptionist", "istiqbal_officer", "istiqbal_manager",
    // "istiqbal_admin".
    static QString groupFor(Role role);
    // Reads every table and sequence whole, for pg_dump (ServerDump): granted
    // to the manager's and the administrator's groups, member of nothing.
    static QString backupGroup() { return QStringLiteral("istiqbal_backup"); }

    // What users.password_hash holds for a person whose password the server
    // keeps (a login): no argon2id hash ever equals it.
    static QString serverLoginMarker() { return QStringLiteral("postgresql-login"); }

    // Creates the group roles (once per server), the grants on every table,
    // the audit trigger and the login function; run again after an upgrade
    // to cover new tables. Needs the database owner with CREATEROLE; one
    // transaction.
    static Status setUp(Database &db);

    // True on a server database that setUp prepared: people sign in there
    // with their own logins. (One not set up is reached only by its owner's
    // login, and Istiqbal checks passwords itself as on a file.)
    static bool isSetUp(Database &db);

    // An administrator's change to a person's login: whether it may connect,
    // its role groups (exactly roles), and a new password when one is given.
    static Status updateLogin(Database &db, const QString &login, bool active,
                              const QVector<Role> &roles, const QString &newPassword = QString());
    // The connected person's own new password.
    static Status changeOwnPassword(Database &db, const QString &newPassword);

    // The server database at location reached as another login with its
    // password (a person's own sign-in); keep the result in memory only.
    static QString loginLocation(const QString &location, const QString &login,
                                 const QString &password);
    // Connects db again as that login; when that fails the connection as
    // before is restored and the reason returned.
    static Status switchLogin(Database &db, const QString &login, const QString &password);

    // True when a connection failed because the server refused the login
    // (a password missing or wrong, no such login, one not allowed to
    // connect), not because the server could not be reached: libpq's and the
    // server's words for those (PostgreSQL gives no code before signing in).
    static bool refusedLogin(const Status &connectFailure);

    // The login this connection signed in as (session_user).
    static Result<QString> connectedLogin(Database &db);

    // Adds a login with the password in the groups of roles, through the
    // function setUp made, so that only an administrator's login (or the
    // owner) can. Runs in the caller's transaction: a later failure removes
    // the login too. Passwords given to these functions travel only as the
    // SCRAM-SHA-256 verifier computed here (ScramVerifier): the server's
    // functions refuse anything else, so no password is sent or logged.
    static Status createLogin(Database &db, const QString &login, const QString &password,
                              const QVector<Role> &roles);
};
