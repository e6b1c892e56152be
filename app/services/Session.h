// The person signed in at this desk, on whose behalf every service acts: their
// user record and roles decide what the services let them do. Signing in
// (passwords, the idle lock) builds a Session; tests construct one directly.
#pragma once

#include "core/Permissions.h"
#include "core/User.h"

#include <QVector>

class Session final
{
public:
    explicit Session(User user) : m_user(std::move(user)) {}

    // A session for tests and tools: an active user with the given id and roles.
    static Session forUser(qint64 userId, const QVector<Role> &roles,
                           const QString &displayName = QString());

    const User &user() const { return m_user; }
    qint64 userId() const { return m_user.id; }
    bool hasRole(Role role) const { return m_user.hasRole(role); }

    bool may(Action action) const { return Permissions::may(m_user, action); }
    Status require(Action action) const { return Permissions::require(m_user, action); }

private:
    User m_user;
};
