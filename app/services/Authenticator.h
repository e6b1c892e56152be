// Signs people in: checks a username and password against the stored argon2id
// hash and builds the Session every service acts for. Every failure gives the
// same words, whatever was wrong, and repeated failures slow down.
#pragma once

#include "core/Result.h"
#include "core/User.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

class Database;

class Authenticator final
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    // Failures allowed before each further attempt has to wait; the wait
    // doubles with every failure after that, up to maxDelaySeconds.
    static constexpr int freeAttempts = 3;
    static constexpr int maxDelaySeconds = 300;

    explicit Authenticator(Database &db) : m_db(db) {}

    // On a server set up with roles (serverKeepsPasswords) the database's
    // connection becomes the person's own login, whose password the server
    // checks; a refused sign-in leaves the connection as it was. On a server
    // whose address could not connect (connectsAtSignIn) the sign-in makes
    // the first connection.
    Result<Session> signIn(const QString &username, const QString &password);

    // Records the sign-out; on a server the connection then goes back to the
    // login it had before the first sign-in (the address's), or stays closed
    // until the next sign-in when that login cannot connect, so nothing of
    // the person's rights stays behind.
    void signOut(const Session &session);

    // True when opening db failed only because the server refused its
    // address's login (no password with it, none in ~/.pgpass): on a server
    // set up with roles each person's sign-in then connects as their own
    // login, and the desk needs no password of its own.
    static bool connectsAtSignIn(const Database &db, const Status &openFailure);

    // True on a server set up with roles (istiqbal server-setup): the server
    // keeps each person's password with their own login, and checks it when
    // that login connects.
    bool serverKeepsPasswords() const;
    // There, this finds the connected login's active user and records the
    // sign-in.
    Result<Session> signInAsServerLogin();

    // Checks the password of someone already signed in (the idle lock).
    Status confirm(const Session &session, const QString &password);

    // Seconds until the next attempt for username is accepted (0: now).
    qint64 secondsToWait(const QString &username) const;

    // True when nobody can sign in yet: the first start asks for an administrator.
    Result<bool> needsFirstAdministrator() const;

    // Creates the first administrator (roles must include Administrator);
    // refused once anyone can sign in.
    Result<User> createFirstAdministrator(const QString &username, const QString &displayName,
                                          const QString &password,
                                          const QVector<Role> &roles = {Role::Administrator});

    // An administrator adds a user with roles and a password.
    Result<User> addUser(const Session &admin, const QString &username, const QString &displayName,
                         const QVector<Role> &roles, const QString &password);

    // The same with no one signed in: for tests and tools that build a
    // database, never for a person's command.
    Result<User> addUserAsSystem(const QString &username, const QString &displayName,
                                 const QVector<Role> &roles, const QString &password);

    static QString wrongCredentials();

private:
    struct Failures
    {
        int count = 0;
        QDateTime last;
    };
    Status checkAllowed(const QString &key) const;
    bool canSignIn(const QString &storedHash) const;
    int countFailure(const QString &key);
    Status recordSignIn(qint64 userId);
    Status recordFailure(const QString &key, qint64 userId);
    Result<Session> signInWithServerLogin(const QString &key, const QString &password);
    void returnConnection();
    Result<User> createUser(qint64 actorId, const QString &username, const QString &displayName,
                            const QVector<Role> &roles, const QString &password);

    Database &m_db;
    QHash<QString, Failures> m_failures;
    // Where the connection was before the first switch to a person's login:
    // the address the window or verb opened.
    QString m_addressLocation;
    bool m_switched = false;
};
