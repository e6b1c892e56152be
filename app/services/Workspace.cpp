#include "services/Workspace.h"

#include "core/DeskText.h"
#include "storage/CatalogueSetup.h"
#include "storage/DatabaseAddress.h"

#include <QDir>
#include <QStandardPaths>

QString Workspace::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("istiqbal.sqlite"));
}

Result<std::shared_ptr<Workspace>> Workspace::open(const QString &path)
{
    std::shared_ptr<Workspace> ws(new Workspace);
    ws->m_db = std::make_unique<Database>();
    const Status opened = ws->m_db->open(path);
    if (!opened && !Authenticator::connectsAtSignIn(*ws->m_db, opened)) {
        // Never show a password the address may carry.
        const Result<DatabaseAddress> address = DatabaseAddress::parse(path);
        const QString shown = !address              ? QString()
                              : address->isServer() ? address->display()
                                                    : QDir::toNativeSeparators(path);
        return Status::failure(tr("The database %1 could not be opened: %2")
                                   .arg(DeskText::leftToRight(shown), opened.error()),
                               opened.code());
    }

    // A server that refused the address's login is set up already; the
    // sign-in makes the connection (Authenticator::connectsAtSignIn).
    if (opened) {
        if (const Status catalogue = CatalogueSetup::ensureDefaults(*ws->m_db, 0); !catalogue)
            return catalogue;
    }
    ws->m_auth = std::make_unique<Authenticator>(*ws->m_db);
    ws->m_session = std::make_unique<Session>(User());
    return ws;
}

Status Workspace::signIn(const QString &username, const QString &password)
{
    const Result<Session> session = m_auth->signIn(username, password);
    if (!session)
        return session.status();
    *m_session = *session;
    return Status::success();
}

Status Workspace::confirmPassword(const QString &password)
{
    if (!isSignedIn())
        return Status::failure(Authenticator::wrongCredentials());
    return m_auth->confirm(*m_session, password);
}

void Workspace::signOut()
{
    // On a server the connection stops being the person's login, whoever
    // may sit down next.
    m_auth->signOut(*m_session);
    *m_session = Session(User());
}

void Workspace::signInAs(const User &user)
{
    *m_session = Session(user);
}
