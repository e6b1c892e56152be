#include "services/Session.h"

Session Session::forUser(qint64 userId, const QVector<Role> &roles, const QString &displayName)
{
    User u;
    u.id = userId;
    u.username = QStringLiteral("user%1").arg(userId);
    u.displayName = displayName.isEmpty() ? u.username : displayName;
    u.roles = roles;
    u.active = true;
    return Session(std::move(u));
}
