// The people who sign in: usernames, display names, roles, the active flag
// and the password hash (computed elsewhere; storage only keeps it).
#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class Database;

class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &db) : m_db(db) {}

    // passwordHash may be empty (no password set yet). actorId 0: the first
    // administrator created at setup.
    Result<User> create(const User &u, const QString &passwordHash, qint64 actorId);
    // Changes display name, roles and the active flag; the username is permanent.
    Result<User> update(const User &u, qint64 actorId);
    Status setPasswordHash(qint64 userId, const QString &passwordHash, qint64 actorId);
    // Empty when no password is set.
    Result<QString> passwordHash(qint64 userId) const;

    Result<User> get(qint64 id) const;
    Result<std::optional<User>> findByUsername(const QString &username) const;
    // Ordered by display name; the staff of an association is small.
    Result<QVector<User>> list(bool activeOnly = false) const;
    Result<qint64> count() const;

private:
    Result<QVector<User>> select(const QString &tail, const QVariantList &values) const;

    Database &m_db;
};
