// The administrator's work on the people who sign in (issue 4): the list of
// users, adding one with roles and a password (through the Authenticator, so
// the password is hashed the one way), changing name and roles, deactivating
// and reactivating, and setting a new password for someone who forgot theirs.
// Each needs Action::ManageUsers, checked here. The association always keeps
// an active administrator: the last one cannot be deactivated or lose the
// role, and nobody deactivates or demotes themselves.
//
// Any signed-in user may change their own password, giving the current one.
#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>
#include <optional>

class Authenticator;
class Database;
class Session;

class UserAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin)

public:
    UserAdmin(Database &db, const Session &session, Authenticator &authenticator)
        : m_db(db), m_session(session), m_auth(authenticator)
    {}
    UserAdmin(const UserAdmin &) = delete;
    UserAdmin &operator=(const UserAdmin &) = delete;

    // Every user, active or not, ordered by display name.
    Result<QVector<User>> users() const;

    // The username must pass Username::check (kept in lower case); the
    // password is typed twice by the caller.
    Result<User> addUser(const QString &username, const QString &displayName,
                         const QVector<Role> &roles, const QString &password);
    // Name and roles, and when given whether the account may sign in, in one
    // transaction.
    Result<User> updateUser(qint64 userId, const QString &displayName, const QVector<Role> &roles,
                            std::optional<bool> active = std::nullopt);
    Result<User> setActive(qint64 userId, bool active);
    Status resetPassword(qint64 userId, const QString &newPassword);

    // The session's own password, after checking the current one (wrong
    // attempts count towards the slow-down like a sign-in).
    Status changeOwnPassword(const QString &currentPassword, const QString &newPassword);

private:
    // Refuses a change that would leave no active administrator who can sign in.
    // Saves what edit makes of the stored user in one transaction (edit
    // answers false when nothing changes, or refuses): never without an
    // active administrator, and the server's login follows.
    Result<User> saveChanged(qint64 userId, const std::function<Result<bool>(User &)> &edit);
    Status keepsAnAdministrator(const User &before, const User &after) const;
    Status followOnServer(const User &u) const;

    Database &m_db;
    const Session &m_session;
    Authenticator &m_auth;
};
