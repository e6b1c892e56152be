#include "storage/UserRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

Result<QVector<User>> UserRepository::select(const QString &tail, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, username, display_name, roles, active, "
                                            "created_at FROM users ") +
                                 tail,
                             values, tr("Could not read the users."));
        !s)
        return s;
    QVector<User> out;
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.roles = Domain::rolesFromCodes(q.value(3).toString());
        u.active = q.value(4).toInt() != 0;
        u.createdAt = Sql::timeFrom(q.value(5));
        out << u;
    }
    return out;
}

Result<User> UserRepository::create(const User &input, const QString &passwordHash, qint64 actorId)
{
    User u = input;
    u.username = u.username.trimmed();
    if (u.username.isEmpty() || u.displayName.trimmed().isEmpty())
        return Result<User>::failure(tr("A user needs a username and a display name."));
    u.createdAt = Clock::instance().nowUtc();
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q, QStringLiteral("SELECT id FROM users WHERE username = ?"),
                                 {u.username}, tr("Could not save the user."));
            !s)
            return s;
        if (q.next())
            return Status::failure(tr("The username %1 is already taken.").arg(u.username));
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO users (username, display_name, roles, password_hash, "
                           "active, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {u.username, u.displayName.trimmed(), Domain::roleCodes(u.roles),
             Sql::optionalText(passwordHash), Sql::flag(u.active), Sql::time(u.createdAt)},
            tr("Could not save the user."));
        if (!id)
            return id.status();
        u.id = *id;
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("user.create"), QStringLiteral("user"), u.id,
            {{QStringLiteral("username"), u.username},
             {QStringLiteral("roles"), Domain::roleCodes(u.roles)}});
    });
    if (!saved)
        return saved;
    return u;
}

Result<User> UserRepository::update(const User &u, qint64 actorId)
{
    if (u.displayName.trimmed().isEmpty())
        return Result<User>::failure(tr("A user needs a username and a display name."));
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(
                q,
                QStringLiteral("UPDATE users SET display_name = ?, roles = ?, "
                               "active = ?, version = version + 1 WHERE id = ?"),
                {u.displayName.trimmed(), Domain::roleCodes(u.roles), Sql::flag(u.active), u.id},
                tr("Could not save the user."));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("There is no user with number %1.").arg(u.id));
        return AuditRepository(m_db).record(actorId, QStringLiteral("user.update"),
                                            QStringLiteral("user"), u.id,
                                            {{QStringLiteral("roles"), Domain::roleCodes(u.roles)},
                                             {QStringLiteral("active"), u.active}});
    });
    if (!saved)
        return saved;
    return get(u.id);
}

Status UserRepository::setPasswordHash(qint64 userId, const QString &passwordHash, qint64 actorId)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q,
                                 QStringLiteral("UPDATE users SET password_hash = ?, "
                                                "version = version + 1 WHERE id = ?"),
                                 {Sql::optionalText(passwordHash), userId},
                                 tr("Could not save the password."));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("There is no user with number %1.").arg(userId));
        return AuditRepository(m_db).record(actorId, QStringLiteral("user.password"),
                                            QStringLiteral("user"), userId);
    });
}

Result<QString> UserRepository::passwordHash(qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                             {userId}, tr("Could not read the users."));
        !s)
        return s;
    if (!q.next())
        return Result<QString>::failure(tr("There is no user with number %1.").arg(userId));
    return q.value(0).isNull() ? QString() : q.value(0).toString();
}

Result<User> UserRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<User>::failure(tr("There is no user with number %1.").arg(id));
    return found->first();
}

Result<std::optional<User>> UserRepository::findByUsername(const QString &username) const
{
    const auto found = select(QStringLiteral("WHERE username = ?"), {username.trimmed()});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return std::optional<User>();
    return std::optional<User>(found->first());
}

Result<QVector<User>> UserRepository::list(bool activeOnly) const
{
    return select(activeOnly ? QStringLiteral("WHERE active = 1 ORDER BY display_name, id")
                             : QStringLiteral("ORDER BY display_name, id"),
                  {});
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM users"), {},
                             tr("Could not read the users."));
        !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("Could not read the users."));
    return q.value(0).toLongLong();
}
