// A backup of a database on a PostgreSQL server, made with PostgreSQL's own
// pg_dump in its custom format (compressed, restorable table by table),
// without owners or grants so it restores onto any server; written through
// OutputFile and read back with pg_restore before it is kept. Also reads what
// such a file holds: that it is an Istiqbal database, and its schema version.
#pragma once

#include "core/Result.h"
#include "storage/DatabaseBackup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
class PgTools;

// What a pg_dump archive holds, as far as Istiqbal needs to know.
struct DumpContents
{
    int schemaVersion = 0;
    QStringList tables;
    bool hasAuditTrail() const { return tables.contains(QStringLiteral("audit_log")); }
};

class ServerDump final
{
    Q_DECLARE_TR_FUNCTIONS(ServerDump)

public:
    // A custom-format archive begins so.
    static bool isArchive(const QString &path);

    // pg_dump of the database db is connected to, as its login, into target
    // (which must not exist); checked before it is renamed into place.
    static Result<BackupWritten> write(Database &db, const QString &target);
    // The same with tools already found (restore keeps the database aside).
    static Result<BackupWritten> write(const PgTools &tools, const QString &target);

    // Reads the archive with pg_restore: every table Istiqbal's schema needs
    // at the archive's version, and that version; a failure says what is
    // wrong with the file.
    static Result<DumpContents> inspect(const PgTools &tools, const QString &archive);
};
