// Puts a backup made by ServerDump back into a database on a PostgreSQL
// server with pg_restore, as the database's owner (dropping and creating
// tables is the owner's). Everything that can be refused is refused before a
// row changes: the archive (readable, Istiqbal's, not newer), the owner's
// login, the person let in, the schema versions (the same, or an empty
// database), other sessions on the database. The database as it was is kept
// aside with pg_dump; after pg_restore's one transaction the result is
// upgraded, its roles set up again, the people anonymised in the database as
// it was anonymised again (ErasureReplay), checked and audited, and on any
// failure there the kept copy is put back.
#pragma once

#include "core/Result.h"
#include "storage/DatabaseRestore.h"
#include "storage/ErasureReplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class Database;
class PgTools;

class ServerRestore final
{
    Q_DECLARE_TR_FUNCTIONS(ServerRestore)

public:
    // Signs the person in on a connection of its own to the database (made
    // with the owner's address) and returns their user name, or refuses.
    using Admit = std::function<Result<QString>(Database &db)>;

    // Restores archive into the server database at ownerLocation. The person
    // signs in on the current data, or, in an empty database, on the data
    // just restored (which is taken away again when they are refused).
    static Result<RestoreOutcome> restore(const QString &archive, const QString &ownerLocation,
                                          const Admit &admit, const QDateTime &now);

    // The other sessions connected to db's database, as "login (program)".
    static Result<QStringList> otherSessions(Database &db);
    // Refuses, in words, a login that does not own the database's tables
    // (nor is a superuser).
    static Status requireOwner(Database &db);

private:
    static Status noOtherSessions(Database &db);
    static Status runRestore(const PgTools &tools, const QString &archive);
    static Status afterRestore(const QString &ownerLocation, bool wasEmpty, bool wasSetUp,
                               const Admit &admit, const QString &archive,
                               const QVector<AnonymisedRecord> &anonymised, QString *admitted,
                               RestoreOutcome *outcome);
    static Status emptyAgain(const QString &ownerLocation);
};
