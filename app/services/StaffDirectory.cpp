#include "services/StaffDirectory.h"

#include "services/Session.h"
#include "storage/UserRepository.h"

Status StaffDirectory::mayRead() const
{
    if (m_session.userId() == 0)
        return Status::failure(tr("Sign in first."));
    return Status::success();
}

Result<QHash<qint64, QString>> StaffDirectory::names() const
{
    if (Status s = mayRead(); !s)
        return s;
    const Result<QVector<User>> users = UserRepository(m_db).list(false);
    if (!users)
        return users.status();
    QHash<qint64, QString> out;
    for (const User &u : *users)
        out.insert(u.id, u.displayName);
    return out;
}

Result<QString> StaffDirectory::name(qint64 userId) const
{
    if (Status s = mayRead(); !s)
        return s;
    if (userId == 0)
        return QString();
    const Result<User> user = UserRepository(m_db).get(userId);
    if (!user)
        return user.status();
    return user->displayName;
}
