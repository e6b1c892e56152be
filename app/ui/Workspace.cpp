#include "ui/Workspace.h"

#include "services/CatalogueSetup.h"
#include "storage/UserRepository.h"

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
    if (const Status opened = ws->m_db->open(path); !opened)
        return Status::failure(tr("The database %1 could not be opened: %2")
                                   .arg(QDir::toNativeSeparators(path), opened.error()));

    if (const Status catalogue = CatalogueSetup::ensureDefaults(*ws->m_db, 0); !catalogue)
        return catalogue;
    const auto session = deskSession(*ws->m_db);
    if (!session)
        return session.status();
    ws->m_session = std::make_unique<Session>(*session);
    return ws;
}

Result<Session> Workspace::deskSession(Database &db)
{
    UserRepository users(db);
    const auto active = users.list(true);
    if (!active)
        return active.status();
    for (const User &u : *active) {
        if (u.hasRole(Role::Receptionist))
            return Session(u);
    }
    if (!active->isEmpty())
        return Session(active->first());

    User desk;
    desk.username = QStringLiteral("reception");
    desk.displayName = tr("Reception desk");
    desk.roles = {Role::Receptionist};
    const auto created = users.create(desk, QString(), 0);
    if (!created)
        return created.status();
    return Session(*created);
}
