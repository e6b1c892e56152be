#include "services/ConnectionCheck.h"

#include "core/DeskText.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"

#include <QDir>
#include <QFileInfo>

Result<QString> ConnectionCheck::test(const QString &location)
{
    if (location.trimmed().isEmpty())
        return Result<QString>::failure(tr("Choose a database file or a server first."));
    const Result<DatabaseAddress> address = DatabaseAddress::parse(location);
    if (!address)
        return address.status();
    return address->isServer() ? testServer(location) : testFile(address->filePath());
}

QString ConnectionCheck::describeSchema(int version)
{
    if (version == 0)
        return tr("The database is empty: Istiqbal creates its tables when it opens it.");
    if (version < Database::latestSchemaVersion())
        return tr("It is an Istiqbal database of an older version; it is brought up to date "
                  "when Istiqbal opens it.");
    return tr("It is an Istiqbal database, up to date.");
}

Result<QString> ConnectionCheck::testFile(const QString &path)
{
    const QString shown = DeskText::leftToRight(QDir::toNativeSeparators(path));
    const QFileInfo file(path);
    if (!file.exists()) {
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir())
            return Result<QString>::failure(
                tr("The folder %1 does not exist.")
                    .arg(DeskText::leftToRight(QDir::toNativeSeparators(folder.filePath()))));
        if (!folder.isWritable())
            return Result<QString>::failure(
                tr("Istiqbal may not write in the folder %1.")
                    .arg(DeskText::leftToRight(QDir::toNativeSeparators(folder.filePath()))));
        return tr("There is no database at %1 yet: Istiqbal creates it there when it starts.")
            .arg(shown);
    }
    if (file.isDir())
        return Result<QString>::failure(
            tr("%1 is a folder; choose a file in it, or a new file name.").arg(shown));
    Database db;
    if (const Status opened = db.openWithoutMigrating(path); !opened)
        return Result<QString>::failure(
            tr("The database %1 cannot be used: %2").arg(shown, opened.error()));
    const int version = db.schemaVersion();
    db.close();
    return tr("The file %1 opens.").arg(shown) + QLatin1Char(' ') + describeSchema(version);
}

Result<QString> ConnectionCheck::testServer(const QString &location)
{
    const DatabaseAddress address = *DatabaseAddress::parse(location);
    Database db;
    if (const Status opened = db.openWithoutMigrating(location); !opened) {
        const QString why = explainServerFailure(opened.error(), address.host(), address.port(),
                                                 address.databaseName(), address.userName());
        if (why.isEmpty())
            return opened;
        return Result<QString>::failure(why + QLatin1Char(' ') +
                                        tr("(The server said: %1)").arg(opened.error()));
    }
    const int version = db.schemaVersion();
    db.close();
    return tr("Connected to the database %1 on %2.")
               .arg(address.databaseName(), DeskText::leftToRight(address.host())) +
           QLatin1Char(' ') + describeSchema(version);
}

QString ConnectionCheck::explainServerFailure(const QString &detail, const QString &host, int port,
                                              const QString &database, const QString &user)
{
    const auto has = [&detail](const char *text) {
        return detail.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    const QString where = DeskText::leftToRight(host);
    const QString portText = DeskText::leftToRight(QString::number(port > 0 ? port : 5432));
    if (has("Connection refused"))
        return tr("No database server answers at %1, port %2: check the server's name and "
                  "port, and that PostgreSQL is running there.")
            .arg(where, portText);
    if (has("could not translate host name") || has("Name or service not known") ||
        has("Temporary failure in name resolution"))
        return tr("The server name %1 is not known on this network: check its spelling, or "
                  "use its IP address.")
            .arg(where);
    if (has("timeout expired") || has("timed out") || has("No route to host"))
        return tr("The server %1 did not answer in time: check the network between this "
                  "computer and the server.")
            .arg(where);
    if (has("password authentication failed"))
        return tr("The server refused the user %1 with this password: check both.")
            .arg(DeskText::leftToRight(user));
    if (has("no password supplied") || has("fe_sendauth"))
        return tr("The server asks for a password for the user %1: type it, or keep it in "
                  "the file .pgpass of this computer's account.")
            .arg(DeskText::leftToRight(user));
    if (has("pg_hba.conf"))
        return tr("The server does not let this computer or the user %1 in: its administrator "
                  "adds them in pg_hba.conf.")
            .arg(DeskText::leftToRight(user));
    if (has("does not exist") && has("database"))
        return tr("The server has no database named %1: create it first (see the README's "
                  "shared-server section).")
            .arg(DeskText::leftToRight(database));
    if (has("does not exist") && has("role"))
        return tr("The server has no user named %1.").arg(DeskText::leftToRight(user));
    return QString();
}
