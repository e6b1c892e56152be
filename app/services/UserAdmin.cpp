#include "services/UserAdmin.h"

#include "core/Username.h"

#include "services/Authenticator.h"
#include "services/PasswordHasher.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/UserRepository.h"

Result<QVector<User>> UserAdmin::users() const
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    return UserRepository(m_db).list(false);
}

Result<User> UserAdmin::addUser(const QString &username, const QString &displayName,
                                const QVector<Role> &roles, const QString &password)
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    if (displayName.trimmed().isEmpty())
        return Result<User>::failure(tr("Write the user's name as colleagues know it."));
    return m_auth.addUser(m_session, username, displayName, roles, password);
}

Status UserAdmin::keepsAnAdministrator(const User &before, const User &after) const
{
    const auto administers = [](const User &u) {
        return u.active && u.hasRole(Role::Administrator);
    };
    if (!administers(before) || administers(after))
        return Status::success();
    UserRepository users(m_db);
    const auto all = users.list(true);
    if (!all)
        return all.status();
    for (const User &u : *all) {
        if (u.id == before.id || !u.hasRole(Role::Administrator))
            continue;
        const auto hash = users.passwordHash(u.id);
        if (!hash)
            return hash.status();
        if (!hash->isEmpty())
            return Status::success();
    }
    return Status::failure(tr("%1 is the only administrator; make someone else an administrator "
                              "first.")
                               .arg(before.displayName));
}

Status UserAdmin::followOnServer(const User &u) const
{
    // On a server set up with roles the person's login follows the record:
    // their database rights are their roles', and a deactivated person's
    // login can no longer connect.
    if (!m_auth.serverKeepsPasswords())
        return Status::success();
    return ServerRoles::updateLogin(m_db, u.username, u.active, u.roles);
}

Result<User> UserAdmin::updateUser(qint64 userId, const QString &displayName,
                                   const QVector<Role> &roles, std::optional<bool> active)
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    if (roles.isEmpty())
        return Result<User>::failure(tr("Give the user at least one role."));
    if (displayName.trimmed().isEmpty())
        return Result<User>::failure(tr("Write the user's name as colleagues know it."));
    return saveChanged(userId, [&](User &u) -> Result<bool> {
        if (u.id == m_session.userId() && u.hasRole(Role::Administrator) &&
            !roles.contains(Role::Administrator))
            return Status::failure(tr("You cannot take away your own administrator role; another "
                                      "administrator can."));
        if (active && !*active && u.active && u.id == m_session.userId())
            return Status::failure(tr("You cannot deactivate your own account."));
        if (active)
            u.active = *active;
        u.displayName = displayName.trimmed();
        u.roles.clear();
        for (Role r : Domain::roles()) {
            if (roles.contains(r))
                u.roles << r;
        }
        return true;
    });
}

Result<User> UserAdmin::setActive(qint64 userId, bool active)
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    if (!active && userId == m_session.userId())
        return Result<User>::failure(tr("You cannot deactivate your own account."));
    return saveChanged(userId, [&](User &u) -> Result<bool> {
        if (u.active == active)
            return false;
        u.active = active;
        return true;
    });
}

Result<User> UserAdmin::saveChanged(qint64 userId, const std::function<Result<bool>(User &)> &edit)
{
    UserRepository users(m_db);
    Result<User> saved = Result<User>::failure(QString());
    const Status done = m_db.transaction([&]() -> Status {
        const auto stored = users.get(userId);
        if (!stored)
            return stored.status();
        User u = *stored;
        const Result<bool> changed = edit(u);
        if (!changed)
            return changed.status();
        if (!*changed) {
            saved = u;
            return Status::success();
        }
        if (Status s = keepsAnAdministrator(*stored, u); !s)
            return s;
        saved = users.update(u, m_session.userId());
        if (!saved)
            return saved.status();
        return followOnServer(u);
    });
    if (!done)
        return done;
    return saved;
}

Status UserAdmin::resetPassword(qint64 userId, const QString &newPassword)
{
    if (Status s = m_session.require(Action::ManageUsers); !s)
        return s;
    UserRepository users(m_db);
    const auto stored = users.get(userId);
    if (!stored)
        return stored.status();
    if (m_auth.serverKeepsPasswords()) {
        // The server keeps the password, with the person's login.
        if (Status s = PasswordHasher::checkStrength(newPassword); !s)
            return s;
        return m_db.transaction([&]() -> Status {
            if (Status s = ServerRoles::updateLogin(m_db, stored->username, stored->active,
                                                    stored->roles, newPassword);
                !s)
                return s;
            return AuditRepository(m_db).record(m_session.userId(), QStringLiteral("user.password"),
                                                QStringLiteral("user"), userId);
        });
    }
    const auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.status();
    return users.setPasswordHash(userId, *hash, m_session.userId());
}

Status UserAdmin::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    if (m_session.userId() == 0 || !m_session.user().active)
        return Status::failure(tr("Sign in first to change your password."));
    if (Status s = PasswordHasher::checkStrength(newPassword); !s)
        return s;
    if (Status s = m_auth.confirm(m_session, currentPassword); !s)
        return s;
    if (m_auth.serverKeepsPasswords()) {
        const Status changed = m_db.transaction([&]() -> Status {
            if (Status s = ServerRoles::changeOwnPassword(m_db, newPassword); !s)
                return s;
            return AuditRepository(m_db).record(m_session.userId(), QStringLiteral("user.password"),
                                                QStringLiteral("user"), m_session.userId());
        });
        if (!changed)
            return changed;
        // Reconnecting after a lost connection needs the new password.
        return ServerRoles::switchLogin(m_db, m_session.user().username, newPassword);
    }
    const auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.status();
    return UserRepository(m_db).setPasswordHash(m_session.userId(), *hash, m_session.userId());
}
