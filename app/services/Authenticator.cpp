#include "services/Authenticator.h"

#include "core/Clock.h"
#include "core/Username.h"
#include "services/PasswordHasher.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/UserRepository.h"

#include <QJsonObject>

#include <algorithm>

namespace {

QString keyOf(const QString &username)
{
    return username.trimmed().toLower();
}

} // namespace

QString Authenticator::wrongCredentials()
{
    return tr("The username or password is not right.");
}

qint64 Authenticator::secondsToWait(const QString &username) const
{
    const auto it = m_failures.constFind(keyOf(username));
    if (it == m_failures.constEnd() || it->count < freeAttempts)
        return 0;
    const int extra = std::min(it->count - freeAttempts, 16);
    const qint64 delay = std::min<qint64>(qint64(1) << extra, maxDelaySeconds);
    const qint64 passed = it->last.secsTo(Clock::instance().nowUtc());
    return std::max<qint64>(0, delay - passed);
}

Status Authenticator::checkAllowed(const QString &key) const
{
    const qint64 wait = secondsToWait(key);
    if (wait > 0)
        return Status::failure(
            tr("Too many failed attempts. Try again in %n seconds.", "", int(wait)));
    return Status::success();
}

int Authenticator::countFailure(const QString &key)
{
    Failures &f = m_failures[key];
    ++f.count;
    f.last = Clock::instance().nowUtc();
    return f.count;
}

Status Authenticator::recordSignIn(qint64 userId)
{
    const Status recorded = AuditRepository(m_db).record(userId, QStringLiteral("auth.signin"),
                                                         QStringLiteral("user"), userId);
    // Nobody is let in unrecorded, except to a database opened read-only,
    // where nothing can be recorded and nothing can be changed either.
    return recorded || m_db.isReadOnly() ? Status::success() : recorded;
}

Status Authenticator::recordFailure(const QString &key, qint64 userId)
{
    const int count = countFailure(key);
    // Kept for breach reporting (PDPL): who tried which account, and when.
    const Status recorded = AuditRepository(m_db).record(
        0, QStringLiteral("auth.failed"), QStringLiteral("user"), userId,
        {{QStringLiteral("username"), key}, {QStringLiteral("failures"), count}});
    return recorded || m_db.isReadOnly() ? Status::success() : recorded;
}

Result<Session> Authenticator::signIn(const QString &username, const QString &password)
{
    const QString key = keyOf(username);
    if (const Status s = checkAllowed(key); !s)
        return s;
    // Not connected: the server refused the address's login, so only a
    // person's own login can connect.
    if ((m_db.isServer() && !m_db.isOpen()) || serverKeepsPasswords())
        return signInWithServerLogin(key, password);
    UserRepository users(m_db);
    const auto found = users.findByUsername(key);
    if (!found)
        return found.status();
    // Verify against a hash even for an unknown user, so timing does not tell
    // which part was wrong.
    QString hash;
    qint64 userId = 0;
    if (found->has_value() && found->value().active) {
        userId = found->value().id;
        const auto h = users.passwordHash(userId);
        if (!h)
            return h.status();
        hash = *h;
    }
    static const QString decoy = [] {
        const auto h = PasswordHasher::hash(QStringLiteral("decoy-password-never-used"));
        return h ? *h : QString();
    }();
    const bool ok =
        PasswordHasher::verify(hash.isEmpty() ? decoy : hash, password) && !hash.isEmpty();
    if (!ok) {
        // A refusal that cannot be recorded is said as such: the trail of
        // attempts is what a breach report rests on.
        if (Status recorded = recordFailure(key, userId); !recorded)
            return recorded;
        return Status::failure(wrongCredentials());
    }
    m_failures.remove(key);
    if (Status recorded = recordSignIn(userId); !recorded)
        return recorded;
    return Session(found->value());
}

Result<Session> Authenticator::signInWithServerLogin(const QString &key, const QString &password)
{
    // The server checks the password as the person's own login connects; the
    // connection is theirs from then on, with their role's grants. (A failed
    // attempt is not written to the audit: the connection it would be written
    // on belongs to someone else. The server's log has it.)
    if (!Username::check(key)) {
        countFailure(key);
        return Status::failure(wrongCredentials());
    }
    if (!m_switched) {
        m_addressLocation = m_db.location();
        m_switched = true;
    }
    const bool wasOpen = m_db.isOpen();
    const Status switched = ServerRoles::switchLogin(m_db, key, password);
    if (!switched) {
        // The server answered (it took the previous connection back, or
        // said why it refused the login): the name or password is wrong,
        // in the same words whichever it was.
        if (switched.isConnectionLost() && !ServerRoles::refusedLogin(switched) &&
            !(wasOpen && m_db.isOpen()))
            return switched;
        countFailure(key);
        return Status::failure(wrongCredentials());
    }
    if (!ServerRoles::isSetUp(m_db)) {
        // A login that connects on a server without people's own logins:
        // not a way in for Istiqbal's users.
        returnConnection();
        return Status::failure(
            tr("This server database is not set up for people's own logins (istiqbal "
               "server-setup). Give the desk's own login and password under Database…, or ask "
               "the administrator to set the server up."));
    }
    m_failures.remove(key);
    return signInAsServerLogin();
}

void Authenticator::returnConnection()
{
    if (!m_switched || m_db.location() == m_addressLocation)
        return;
    // Failing, open() leaves the connection closed at that address, which is
    // all that is needed: the next sign-in connects from there.
    (void)m_db.open(m_addressLocation);
}

void Authenticator::signOut(const Session &session)
{
    // Signing out happens even when it cannot be recorded: a session left
    // open would be worse than a missing line in the trail.
    if (session.userId() != 0)
        (void)AuditRepository(m_db).record(session.userId(), QStringLiteral("auth.signout"),
                                           QStringLiteral("user"), session.userId());
    returnConnection();
}

bool Authenticator::connectsAtSignIn(const Database &db, const Status &openFailure)
{
    return db.isServer() && !db.isOpen() && ServerRoles::refusedLogin(openFailure);
}

Result<Session> Authenticator::signInAsServerLogin()
{
    const Result<QString> login = ServerRoles::connectedLogin(m_db);
    if (!login)
        return login.status();
    const QString key = keyOf(*login);
    const auto found = UserRepository(m_db).findByUsername(key);
    if (!found)
        return found.status();
    if (!found->has_value() || !found->value().active) {
        if (Status recorded = recordFailure(key, found->has_value() ? found->value().id : 0);
            !recorded)
            return recorded;
        return Status::failure(tr("The server login %1 is not an active Istiqbal user; ask the "
                                  "administrator to add it with istiqbal users add.")
                                   .arg(key));
    }
    const qint64 userId = found->value().id;
    if (Status recorded = recordSignIn(userId); !recorded)
        return recorded;
    return Session(found->value());
}

Status Authenticator::confirm(const Session &session, const QString &password)
{
    const auto result = signIn(session.user().username, password);
    if (!result)
        return result.status();
    if (result->userId() != session.userId())
        return Status::failure(wrongCredentials());
    return Status::success();
}

Result<bool> Authenticator::needsFirstAdministrator() const
{
    UserRepository users(m_db);
    const auto all = users.list(true);
    if (!all)
        return all.status();
    for (const User &u : *all) {
        if (!u.hasRole(Role::Administrator))
            continue;
        const auto h = users.passwordHash(u.id);
        if (!h)
            return h.status();
        if (canSignIn(*h))
            return false;
    }
    return true;
}

Result<User> Authenticator::createFirstAdministrator(const QString &username,
                                                     const QString &displayName,
                                                     const QString &password,
                                                     const QVector<Role> &roles)
{
    if (!roles.contains(Role::Administrator))
        return Result<User>::failure(
            tr("The first user of a new database is its administrator: give the role admin."));
    const auto needed = needsFirstAdministrator();
    if (!needed)
        return needed.status();
    if (!*needed)
        return Result<User>::failure(
            tr("An administrator already exists; ask them to add your account."));
    return createUser(0, username, displayName, roles, password);
}

Result<User> Authenticator::addUser(const Session &admin, const QString &username,
                                    const QString &displayName, const QVector<Role> &roles,
                                    const QString &password)
{
    if (const Status s = admin.require(Action::ManageUsers); !s)
        return s;
    return createUser(admin.userId(), username, displayName, roles, password);
}

Result<User> Authenticator::addUserAsSystem(const QString &username, const QString &displayName,
                                            const QVector<Role> &roles, const QString &password)
{
    return createUser(0, username, displayName, roles, password);
}

bool Authenticator::serverKeepsPasswords() const
{
    return ServerRoles::isSetUp(m_db);
}

bool Authenticator::canSignIn(const QString &storedHash) const
{
    // On a server the server keeps the password: a person can sign in once
    // they have their own login, whatever hash came with a migrated file.
    return serverKeepsPasswords() ? storedHash == ServerRoles::serverLoginMarker()
                                  : !storedHash.isEmpty();
}

Result<User> Authenticator::createUser(qint64 actorId, const QString &username,
                                       const QString &displayName, const QVector<Role> &roles,
                                       const QString &password)
{
    if (roles.isEmpty())
        return Result<User>::failure(tr("Give the user at least one role."));
    if (username.trimmed().isEmpty())
        return Result<User>::failure(tr("Give the user a username."));
    if (const Status s = Username::check(username); !s)
        return s;
    const bool serverLogins = serverKeepsPasswords();
    Result<QString> hash = ServerRoles::serverLoginMarker();
    if (serverLogins) {
        if (const Status s = PasswordHasher::checkStrength(password); !s)
            return s;
    } else {
        hash = PasswordHasher::hash(password);
        if (!hash)
            return hash.status();
    }
    UserRepository users(m_db);
    const QString name = Username::normalised(username);
    const auto existing = users.findByUsername(name);
    if (!existing)
        return existing.status();
    // On a server the person's own login comes with the record, in the same
    // transaction.
    const auto login = [&]() -> Status {
        if (!serverLogins)
            return Status::success();
        return ServerRoles::createLogin(m_db, name, password, roles);
    };
    if (existing->has_value()) {
        // A user created without a password (demo data, an import) gets one;
        // anyone else is a duplicate.
        User u = existing->value();
        const auto h = users.passwordHash(u.id);
        if (!h)
            return h.status();
        if (canSignIn(*h))
            return Result<User>::failure(tr("The username %1 is already taken.").arg(u.username));
        Result<User> updated = u;
        const Status s = m_db.transaction([&]() -> Status {
            u.roles = roles;
            if (!displayName.trimmed().isEmpty())
                u.displayName = displayName.trimmed();
            updated = users.update(u, actorId);
            if (!updated)
                return updated.status();
            if (Status made = login(); !made)
                return made;
            return users.setPasswordHash(u.id, *hash, actorId);
        });
        if (!s)
            return s;
        return updated;
    }
    User u;
    u.username = name; // usernames are kept in lower case: sign-in ignores case
    u.displayName = displayName.trimmed().isEmpty() ? u.username : displayName.trimmed();
    u.roles = roles;
    Result<User> created = u;
    const Status s = m_db.transaction([&]() -> Status {
        if (Status made = login(); !made)
            return made;
        created = users.create(u, *hash, actorId);
        return created.status();
    });
    if (!s)
        return s;
    return created;
}
